import type { Settings } from './settings.js';

/** Query string of an extension page that shows the finder (panel, popup). */
export function finderParams(settings: Settings, procedure?: string): URLSearchParams {
  const params = new URLSearchParams();
  if (procedure) params.set('procedure', procedure);
  if (settings.homePostalCode) params.set('postal-code', settings.homePostalCode);
  if (settings.radiusKm) params.set('radius', String(settings.radiusKm));
  if (settings.language) params.set('lang', settings.language);
  if (settings.datasetUrl) params.set('src', settings.datasetUrl);
  return params;
}

/** Sets the finder's attributes from a query string (only the known ones). */
export function applyFinderParams(finder: HTMLElement, params: URLSearchParams): void {
  for (const name of ['procedure', 'difficulty', 'postal-code', 'radius', 'lang', 'src']) {
    const value = params.get(name);
    if (value) finder.setAttribute(name, value);
  }
}
