import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  COVERAGE_KINDS,
  type CoverageRow,
  type CoverageSummary,
  coverageCsv,
  summarizeCoverage,
} from '../audit/coverage.js';
import { coveragePage } from '../audit/coverage-page.js';
import type { TimedResult } from '../audit/report.js';
import type { DatasetManifest } from '../dataset/build.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { Locale } from '../messages/catalogue.js';
import { kindLabel } from '../messages/labels.js';

export interface CoverageOptions {
  at: string;
  data: string;
  tiles?: string;
  attribution?: string;
}

/** Written beside, then renamed: a reader never sees half a report. */
async function writeFileAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/** Leaflet's script and style, to inline: the page must work offline, from a file. */
export async function leafletAssets(): Promise<{ script: string; style: string }> {
  const require = createRequire(import.meta.url);
  const script = await readFile(require.resolve('leaflet/dist/leaflet.js'), 'utf8');
  const style = await readFile(require.resolve('leaflet/dist/leaflet.css'), 'utf8');
  return {
    script: script.replace(/\/\/# sourceMappingURL=\S+\s*$/, ''),
    // Its images (marker icons, the layers control) are not used: no request for them.
    style: style.replace(/url\(images\/[^)]*\)/g, 'none'),
  };
}

/** The dataset's attribution (Licence Ouverte 2.0 asks for it wherever its data is shown). */
async function attributionOf(data: string): Promise<string> {
  const info = await stat(data).catch(() => undefined);
  if (info?.isDirectory()) {
    const text = await readFile(join(data, 'manifest.json'), 'utf8').catch(() => '');
    if (text) {
      const manifest = JSON.parse(text) as DatasetManifest;
      return `${manifest.attribution} (data up to ${manifest.dataDate}).`;
    }
  }
  return 'Sources and licences: see the data file.';
}

/**
 * Writes `coverage.csv` and `coverage.html` into `dir` (created if needed): the distance from
 * each audited commune to the nearest door of each kind, for a préfecture or a département.
 */
export async function writeCoverage(
  dir: string,
  results: readonly TimedResult[],
  gazetteer: Gazetteer,
  locale: Locale,
  options: CoverageOptions,
): Promise<{ csv: string; html: string; summary: CoverageSummary[] }> {
  const rows: CoverageRow[] = results
    .flatMap((r) => r.coverage?.rows ?? [])
    .sort((a, b) => a.insee.localeCompare(b.insee));
  const places = new Map<string, { nom: string; commune: string }>();
  for (const r of results)
    for (const [id, place] of Object.entries(r.coverage?.places ?? {})) places.set(id, place);
  const csv = join(dir, 'coverage.csv');
  const html = join(dir, 'coverage.html');
  const kinds = COVERAGE_KINDS.map((k) =>
    k.actor
      ? { id: k.id, label: kindLabel(k.actor), ...(locale === 'en' ? {} : { lang: locale }) }
      : { id: k.id, label: k.name ?? k.id, lang: 'fr' },
  );
  await writeFileAtomically(csv, coverageCsv(rows, places));
  await writeFileAtomically(
    html,
    coveragePage({
      rows,
      places,
      kinds,
      departements: gazetteer.meta.departements,
      source: { data: options.data, at: options.at, attribution: await attributionOf(options.data) },
      leaflet: await leafletAssets(),
      ...(options.tiles ? { tiles: { url: options.tiles, attribution: options.attribution ?? '' } } : {}),
    }),
  );
  return { csv, html, summary: summarizeCoverage(rows) };
}
