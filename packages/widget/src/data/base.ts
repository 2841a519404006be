/**
 * The data shipped beside the script: `data/` next to the entry file the page loaded
 * (`mediation-finder.js` or `element.js`), never relative to the host page. Each entry imports
 * this module itself, so that the bundler keeps it in the entry's file and `import.meta.url` is
 * the entry's own, not that of a chunk in `chunks/`.
 */
export const DEFAULT_DATA = new URL('./data/', import.meta.url);

/** The default data's folder: `dataUrl` (the page's setting, relative to the page) or beside the script. */
export function defaultData(dataUrl: string | URL | null | undefined): URL {
  if (!dataUrl) return DEFAULT_DATA;
  const url = new URL(String(dataUrl), document.baseURI);
  // "/assets/data" names a folder too.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
