import { type Difficulty, prefetch } from '@mediation-finder/core';
import { defaultData, FinderData } from './sources.js';

/**
 * The first answer's fetches, started as the finder's chunk is evaluated (the first script has
 * already asked for the files whose names need no code, `first-files.ts`): for each finder the
 * page holds with a preset place (`postal-code`, or `latitude` and `longitude`), its commune's
 * gazetteer file, the places of the first circle around it and its doors when its need wants
 * them, and the results' view. The finder's own search, a moment
 * later, finds them on their way (one fetch of each file per page). Nothing starts for a finder
 * added later, nor when another copy of the script already defined the element. Resolves once
 * every preset's first places have been asked for; null when there is no preset to wait for.
 */
export function prefetchPresets(): Promise<void> | null {
  if (customElements.get('mediation-finder')) return null;
  const asked: Promise<void>[] = [];
  for (const finder of document.querySelectorAll('mediation-finder')) {
    const attribute = (name: string) => finder.getAttribute(name);
    const [latitude, longitude] = [Number(attribute('latitude')), Number(attribute('longitude'))];
    const postalCode = attribute('postal-code')?.trim();
    const where =
      postalCode ||
      (attribute('latitude') && attribute('longitude') && Number.isFinite(latitude + longitude)
        ? { latitude, longitude }
        : null);
    if (!where) continue;
    const procedure = attribute('procedure');
    const difficulty = attribute('difficulty') as Difficulty | null;
    const radius = Number(attribute('radius'));
    // No fallback message here: the finder's own search says it when the data fails.
    const pending = prefetch(
      new FinderData(() => {}).source(attribute('src'), defaultData(attribute('data-url'))),
      where,
      radius > 0 ? { maxKm: radius } : {},
      undefined,
      { ...(procedure ? { procedure } : {}), ...(difficulty ? { difficulty } : {}) },
    );
    asked.push(pending);
  }
  if (!asked.length) return null;
  // The results' view, and the chunk it imports, side by side rather than one after the other.
  import('../finder/view.js').catch(() => undefined);
  import('@mediation-finder/core/text').catch(() => undefined);
  return Promise.all(asked).then(() => undefined);
}
