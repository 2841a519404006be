import { COVERAGE_KM, type CoverageRow } from './coverage.js';
import { COVERAGE_SCRIPT } from './coverage-script.js';

/** Distance classes of the map and the tables' swatches (ColorBrewer YlOrRd, colour-blind safe). */
export const DISTANCE_CLASSES = [
  { upTo: 5, colour: '#ffffb2', label: 'up to 5 km' },
  { upTo: 10, colour: '#fecc5c', label: '5 to 10 km' },
  { upTo: 20, colour: '#fd8d3c', label: '10 to 20 km' },
  { upTo: 30, colour: '#f03b20', label: '20 to 30 km' },
  { upTo: COVERAGE_KM, colour: '#bd0026', label: `more than 30 km` },
  { upTo: null, colour: '#252525', label: `none within ${COVERAGE_KM} km` },
] as const;

/** Metropolitan France, where the map opens when no département is chosen. */
const MAINLAND: [[number, number], [number, number]] = [
  [41.3, -5.2],
  [51.1, 9.6],
];

export interface CoveragePageInput {
  rows: readonly CoverageRow[];
  /** Places named in `rows.nearest`. */
  places: ReadonlyMap<string, { nom: string; commune: string }>;
  /** Each kind's label, and its language when it is not English. */
  kinds: ReadonlyArray<{ id: string; label: string; lang?: string }>;
  departements: Readonly<Record<string, string>>;
  /** What the page says about its data: the dataset, its attribution, the instant. */
  source: { data: string; at: string; attribution: string };
  /** Leaflet's script and style, inlined: the page works offline. */
  leaflet: { script: string; style: string };
  /** A tile URL template and its credit: without it, no base map and no request. */
  tiles?: { url: string; attribution: string };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** JSON inside a script element: nothing in it may close the element. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** A closing script tag inside an inlined library would end its element early. */
const inlineScript = (code: string) => code.replace(/<\/script/gi, '<\\/script');

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --accent: #000091; --focus: #0a76f6; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 75rem; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 1.75rem; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; }
p { max-width: 48rem; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; z-index: 1000; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.controls { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: end; margin: 1rem 0; }
.controls label { display: block; font-weight: 600; }
select, button { font: inherit; padding: 0.35rem 0.6rem; border: 1px solid var(--muted); border-radius: 4px; background: #fff; color: var(--ink); }
#summary { font-size: 1.1rem; font-weight: 600; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; color: var(--muted); padding: 0.25rem 0; }
th, td { padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
thead button { border: 0; padding: 0; background: none; font-weight: 700; cursor: pointer; text-decoration: underline; text-underline-offset: 0.2em; }
thead th[aria-sort="ascending"] button::after { content: " ▲"; }
thead th[aria-sort="descending"] button::after { content: " ▼"; }
.number { text-align: right; font-variant-numeric: tabular-nums; }
tbody th { font-weight: 400; }
tr.current { background: #eef; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.4em; border: 1px solid #333; vertical-align: -0.1em; }
#legend-list { list-style: none; padding: 0; }
#map { height: 70vh; min-height: 20rem; border: 1px solid var(--line); background: #f4f4f4; }
footer { margin: 2rem auto; color: var(--muted); font-size: 0.9rem; }
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; transition: none !important; animation: none !important; } }
@media print { #map-section, .controls button { display: none; } }
`;

/**
 * The coverage report as one self-contained page: tables first (the accessible, sortable view),
 * then a Leaflet map of the same figures. It works offline; tiles load only from a template the
 * caller passes. Words are English, like the CLI; the kinds of help are in the catalogue's words.
 */
export function coveragePage(input: CoveragePageInput): string {
  const placeIds = [...input.places.keys()];
  const placeIndex = new Map(placeIds.map((id, i) => [id, i]));
  const data = {
    kinds: input.kinds,
    classes: DISTANCE_CLASSES,
    reachKm: COVERAGE_KM,
    mainland: MAINLAND,
    departements: input.departements,
    places: placeIds.map((id) => {
      const place = input.places.get(id) as { nom: string; commune: string };
      return [place.nom, place.commune];
    }),
    communes: input.rows.map((r) => [
      r.insee,
      r.name,
      r.departement,
      r.population,
      r.latitude,
      r.longitude,
      r.km,
      r.nearest.map((id) => (id === null ? null : (placeIndex.get(id) ?? null))),
    ]),
    tiles: input.tiles ?? null,
  };
  const { source } = input;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Where the network is thin: distance to the nearest door of each kind of help</title>
<style>${input.leaflet.style}</style>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#communes-section">Skip to the communes</a>
<header>
<h1>Where the network is thin</h1>
<p>For each commune, the distance from its centre, as the crow flies, to the nearest door of each kind of help that opens to its residents (no place reserved to a public, no CCAS or counter of elsewhere). Weigh it by population to decide where a new France Services or conseiller numérique would reach the most people.</p>
<p>Data: ${escapeHtml(source.data)}, at ${escapeHtml(source.at)}. ${escapeHtml(source.attribution)}</p>
</header>
<main>
<div class="controls" role="group" aria-label="What to show">
<div><label for="kind">Kind of help</label><select id="kind"></select></div>
<div><label for="dep">Département</label><select id="dep"><option value="">All départements</option></select></div>
</div>
<p id="summary" aria-live="polite"></p>
<section aria-labelledby="departements-title">
<h2 id="departements-title">By département</h2>
<div class="table-wrap"><table id="departements">
<caption>People farther than 10, 20 and 30 km from the chosen kind of help. Column buttons sort the table.</caption>
<thead><tr>
<th scope="col"><button type="button" data-key="code" data-first="ascending">Département</button></th>
<th scope="col" class="number"><button type="button" data-key="communes">Communes</button></th>
<th scope="col" class="number"><button type="button" data-key="population">Population</button></th>
<th scope="col" class="number"><button type="button" data-key="beyond10">Beyond 10 km</button></th>
<th scope="col" class="number"><button type="button" data-key="beyond20">Beyond 20 km</button></th>
<th scope="col" class="number"><button type="button" data-key="beyond30">Beyond 30 km</button></th>
<th scope="col" class="number"><button type="button" data-key="share20">Share beyond 20 km</button></th>
<th scope="col" class="number"><button type="button" data-key="farthest">Farthest commune</button></th>
</tr></thead>
<tbody></tbody>
</table></div>
</section>
<section id="communes-section" aria-labelledby="communes-title">
<h2 id="communes-title">Communes, farthest first</h2>
<p id="communes-count"></p>
<div class="table-wrap"><table id="communes">
<caption>Distance to the nearest door of the chosen kind, and which door it is. Column buttons sort the table.</caption>
<thead><tr>
<th scope="col"><button type="button" data-key="name" data-first="ascending">Commune (INSEE)</button></th>
<th scope="col"><button type="button" data-key="dep" data-first="ascending">Département</button></th>
<th scope="col" class="number"><button type="button" data-key="population">Population</button></th>
<th scope="col" class="number"><button type="button" data-key="km">Distance</button></th>
<th scope="col"><button type="button" data-key="nearest" data-first="ascending">Nearest door</button></th>
</tr></thead>
<tbody></tbody>
</table></div>
<p><button type="button" id="more">Show 100 more communes</button></p>
</section>
<section id="map-section" aria-labelledby="map-title">
<h2 id="map-title">Map</h2>
<p>The same distances on a map: each dot is a commune, sized by its population and coloured by its distance to the nearest door of the chosen kind. Select a dot for its figures. The tables above hold everything the map shows.</p>
<h3 id="legend-title">Legend</h3>
<ul id="legend-list" aria-labelledby="legend-title"></ul>
<div id="map" role="region" aria-label="Map of the communes, coloured by distance"></div>
</section>
</main>
<footer>
<p>Made by mediation-finder (<code>mediation-finder audit --coverage</code>). Distances are straight lines from the commune's centre, not travel times.${input.tiles ? ` Base map: ${escapeHtml(input.tiles.attribution)}.` : ' No base map: nothing is fetched from anywhere.'}</p>
</footer>
<script>${inlineScript(input.leaflet.script)}</script>
<script type="application/json" id="coverage-data">${scriptJson(data)}</script>
<script>${COVERAGE_SCRIPT}</script>
</body>
</html>
`;
}
