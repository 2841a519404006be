import { localTime } from '@mediation-finder/core/hours';

/**
 * The browser's first date or number formatting loads its locale and time-zone data: on a slow
 * phone, a quarter of a second of the main thread, which the first answer then spent after its
 * places came (its cards' hours read the clock in the place's zone, their distances are
 * numbers). Done here instead, while the main thread waits for the finder's chunk and the places
 * (a preset finder: in the next task, once its files are asked for), or when the browser is idle
 * (a finder waiting for a town's name). The clock's formatter is the one the search keeps (core's
 * `localTime`): made here rather than after the places came, it took another 50 to 150 ms of a
 * preset's first answer on the phone profile. A zone's own data costs little once the rest is loaded.
 */
export function warmIntl(preset: boolean): void {
  if (typeof window === 'undefined') return;
  const warm = () => {
    localTime(new Date(), 'Europe/Paris');
    new Intl.NumberFormat(document.documentElement.lang || 'fr', { maximumFractionDigits: 1 }).format(1.5);
  };
  if (preset) setTimeout(warm, 0);
  else if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 3000 });
  else setTimeout(warm, 1000);
}
