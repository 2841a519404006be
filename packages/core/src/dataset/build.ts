import type { Gazetteer } from '../geo/gazetteer.js';
import { departementOfPlace } from '../geo/gazetteer.js';
import { competenceOf } from '../places/classification.js';
import { type MergeReport, mergePlaces } from '../places/merge.js';
import type { Place } from '../places/place.js';
import type { ReadReport } from '../places/reader.js';
import { PROCEDURES } from '../procedures/catalogue.js';
import { isOwnDoor } from '../routing/doors.js';
import { kindsOf } from '../routing/place-index.js';
import { SITUATION_PLACES } from '../routing/situation-lines.js';
import { foldText } from '../text/normalize.js';
import { contentHash, hashedName } from './content-hash.js';
import { doorPartOf, doorParts, doorsFileOf } from './doors.js';
import { publishedPlace } from './published.js';

/**
 * A dataset as the widget and the extension load it: a manifest and JSON files of places, a
 * département's or, in a dense one, a part of it, so that a browser fetches only the shards
 * near the person.
 */
export interface DatasetManifest {
  format: 'mediation-finder-dataset';
  version: 1;
  /** Newest `date_maj` in the data: the output does not depend on the day it was built. */
  dataDate: string;
  attribution: string;
  licence: 'Licence Ouverte 2.0';
  places: number;
  merge: MergeReport;
  sources: Array<{
    file: string;
    format: string | null;
    rows: number;
    accepted: number;
    approximate: number;
    rejected: number;
    /** Rows never published: shelters for women fleeing violence (their address is confidential). */
    withheld: number;
    oldest: string | null;
    newest: string | null;
  }>;
  /**
   * Shard → file, place count and [south, west, north, east]. A shard is a département ("77") or,
   * where it has more than `SHARD_PLACES` places, one of its parts cut by position ("75-3"). Every
   * file's name carries a hash of its content (`places-75-3-<hash>.json`, see content-hash.ts):
   * readers take names from the manifest, never make them.
   */
  shards: Record<string, { file: string; places: number; bounds: [number, number, number, number] }>;
  /**
   * Doors chosen by where the person lives, not by distance (town halls, the département's
   * council), fetched only when an orientation involves social work (see `ownDoors`), never
   * ranked by distance: a département's in `parts` files named with the `hash` of all of them
   * (`doors-77-3-<hash>.json`, see `doorsFileOf`), a commune's town halls in the one `doorPartOf`
   * its code names, with the councils in each (see dataset/doors.ts). Datasets built before content
   * hashes have no `hash`; older ones one `file` per département: both still read.
   */
  doors: Record<string, { places: number; parts: number; hash?: string } | { file: string; places: number }>;
  /**
   * Annuaire organisms that give no kind of help by themselves and that no need looks for (youth
   * information, legal access points, ADIL): one file per département, kept for data managers,
   * not used by routing.
   */
  directory: Record<string, { file: string; places: number }>;
}

export interface BuiltDataset {
  manifest: DatasetManifest;
  shards: Map<string, Place[]>;
  /** The doors' files, by file name ("doors-77-3-<hash>.json"). */
  doors: Map<string, Place[]>;
  directory: Map<string, Place[]>;
}

/**
 * Typology codes that routing looks for by need: the procedures' bodies' counters, and the
 * places that specialise in a situation (the CIDFF for violence).
 */
const COUNTER_TYPOLOGIES = new Set([
  ...PROCEDURES.flatMap((p) => p.counters ?? []),
  ...Object.values(SITUATION_PLACES).flat(),
]);

/**
 * A place that no kind of help and no procedure's counters stand for (a town hall, a
 * département's council, a youth information point): a door looked up by territory, kept out
 * of the shards that routing ranks by distance.
 */
export function isDirectoryOnly(place: Place): boolean {
  if (kindsOf(place) !== 0) return false;
  return !place.typologie.some((code) => COUNTER_TYPOLOGIES.has(code));
}

/** How many of an input's publishers its attribution names, the most frequent first. */
const NAMED_PUBLISHERS = 3;

/**
 * Whose data a dataset is, from the inputs actually read: each input's publishers (its rows'
 * `source`, the most frequent first) and the newest update date of its rows; an input that gave
 * no place is not named. `build --attribution` (and the shipped data's script) say it otherwise.
 */
export function attributionOf(reports: readonly ReadReport[]): string {
  const inputs = reports.flatMap((report) => {
    if (report.places.length === 0) return [];
    const counts = new Map<string, number>();
    let newest = '';
    for (const place of report.places) {
      // A row without a publisher is said by its format's name: no publisher to name.
      for (const { source } of place.provenance)
        if (source && source !== report.format) counts.set(source, (counts.get(source) ?? 0) + 1);
      if (place.date_maj && place.date_maj > newest) newest = place.date_maj;
    }
    const publishers = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([source]) => source);
    const named = publishers.slice(0, NAMED_PUBLISHERS).join(', ');
    const others = publishers.length - NAMED_PUBLISHERS;
    const who = others > 0 ? `${named} et ${others} autre${others > 1 ? 's' : ''}` : named;
    const date = newest ? `à jour au ${newest}` : '';
    if (!who) return [date ? `${report.file} (${date})` : report.file];
    return [`${who} (${report.file}${date ? `, ${date}` : ''})`];
  });
  return `Lieux : ${inputs.join(' ; ')} ; communes : INSEE, La Poste — Licence Ouverte 2.0`;
}

export interface BuildOptions {
  /** The manifest's attribution, instead of the one made from the inputs (`attributionOf`). */
  attribution?: string;
}

const fileOf = (place: Place) => place.provenance[0]?.file ?? '';

/** Ids are unique within a source, not across sources: qualify the ones that collide. */
function ensureUniqueIds(places: Place[]): void {
  const seen = new Set<string>();
  for (const place of [...places].sort((a, b) => fileOf(a).localeCompare(fileOf(b)))) {
    let id = place.id;
    if (seen.has(id)) id = `${foldText(place.provenance[0]?.source ?? '').replace(/ /g, '-')}-${place.id}`;
    for (let n = 2; seen.has(id); n++) id = `${place.id}-${n}`;
    seen.add(id);
    place.id = id;
  }
}

export function buildDataset(
  reports: readonly ReadReport[],
  gazetteer?: Gazetteer,
  options: BuildOptions = {},
): BuiltDataset {
  const all = reports.flatMap((report) => report.places);
  const { places, report: merge } = mergePlaces(all);
  ensureUniqueIds(places);
  const shards = new Map<string, Place[]>();
  const doors = new Map<string, Place[]>();
  const directory = new Map<string, Place[]>();
  const put = (target: Map<string, Place[]>, code: string, place: Place) => {
    const list = target.get(code);
    if (list) list.push(place);
    else target.set(code, [place]);
  };
  for (const place of places) {
    const code = departementOfPlace(place, gazetteer);
    // A town hall or council is looked up by where the person lives, even when it also helps
    // (a town hall the mediation files list as a help desk): it is in the doors and, for its
    // help, in the ranked shards too, as a raw file's places are (MemoryPlaces.doorsOf).
    // What finders read carries only what they read (publishedPlace); the directory, for data
    // managers, keeps every field.
    if (isOwnDoor(place)) put(doors, code, publishedPlace(place));
    if (!isDirectoryOnly(place)) put(shards, code, publishedPlace(place));
    else if (!isOwnDoor(place)) put(directory, code, place);
  }
  // Named by their content as publish writes them (JSON.stringify of the sorted list).
  const listed = (files: Map<string, Place[]>, prefix: string) => {
    const manifest: Record<string, { file: string; places: number }> = {};
    for (const code of [...files.keys()].sort()) {
      const list = (files.get(code) as Place[]).sort((a, b) => a.id.localeCompare(b.id));
      manifest[code] = { file: hashedName(`${prefix}-${code}`, JSON.stringify(list)), places: list.length };
    }
    return manifest;
  };
  const manifestShards: DatasetManifest['shards'] = {};
  const parts = new Map<string, Place[]>();
  for (const code of [...shards.keys()].sort()) {
    const cut = cutByPosition(shards.get(code) as Place[]);
    cut.forEach((list, i) => {
      const key = cut.length === 1 ? code : `${code}-${i + 1}`;
      list.sort((a, b) => a.id.localeCompare(b.id));
      parts.set(key, list);
      manifestShards[key] = {
        file: hashedName(`places-${key}`, JSON.stringify(list)),
        places: list.length,
        bounds: boundsOf(list),
      };
    });
  }
  const dates = places.flatMap((p) => p.date_maj ?? []).sort();
  const manifest: DatasetManifest = {
    format: 'mediation-finder-dataset',
    version: 1,
    dataDate: dates[dates.length - 1] ?? '',
    attribution: options.attribution ?? attributionOf(reports),
    licence: 'Licence Ouverte 2.0',
    places: Object.values(manifestShards).reduce((n, shard) => n + shard.places, 0),
    merge,
    sources: reports.map((r) => {
      const sourceDates = r.places.flatMap((p) => p.date_maj ?? []).sort();
      return {
        file: r.file,
        format: r.format,
        rows: r.rows,
        accepted: r.accepted,
        approximate: r.approximate,
        rejected: r.rejected.length,
        withheld: r.withheld.length,
        oldest: sourceDates[0] ?? null,
        newest: sourceDates[sourceDates.length - 1] ?? null,
      };
    }),
    shards: manifestShards,
    doors: {},
    directory: listed(directory, 'directory'),
  };
  const doorFiles = new Map<string, Place[]>();
  for (const code of [...doors.keys()].sort()) {
    const list = doors.get(code) as Place[];
    const parts = doorParts(list.length);
    const lists = splitDoors(list, parts, gazetteer);
    const entry = { places: list.length, parts, hash: contentHash(JSON.stringify(lists)) };
    for (const [part, places] of lists.entries()) doorFiles.set(doorsFileOf(code, entry, part), places);
    manifest.doors[code] = entry;
  }
  return { manifest, shards: parts, doors: doorFiles, directory };
}

/**
 * A département's doors in `parts` lists: each town hall in the part of today's commune (its
 * parent's for an arrondissement's or a former commune's, as `Gazetteer.territoryOf` roots a
 * person's), the councils and anything else in every part; each sorted by id.
 */
function splitDoors(doors: readonly Place[], parts: number, gazetteer?: Gazetteer): Place[][] {
  const lists: Place[][] = Array.from({ length: parts }, () => []);
  for (const place of [...doors].sort((a, b) => a.id.localeCompare(b.id))) {
    const commune = place.code_insee ? gazetteer?.byInsee(place.code_insee) : undefined;
    const root = commune?.parent && commune.type !== 'COM' ? commune.parent : place.code_insee;
    if (competenceOf(place)?.kind === 'town-hall' && root) lists[doorPartOf(root, parts)]?.push(place);
    else for (const list of lists) list.push(place);
  }
  return lists;
}

/**
 * Places per shard at most: about 10 KB gzip. A phone near Lyon fetches the parts of the Rhône
 * within 15 km (60 KB), not the whole département (140 KB) and its neighbours.
 */
export const SHARD_PLACES = 80;

/**
 * A part whose box is longer than this, with a gap of `GAP_KM` between its places, is cut there:
 * one place far from the others (the Cher's "Chartres Cedex", 100 km north of the département's
 * own) stretched the box so that every search near Melun fetched the Cher's shard.
 */
const STRETCHED_KM = 100;
const GAP_KM = 20;

/**
 * A département's places in parts of at most `SHARD_PLACES`, halving the longer side each time,
 * then each part cut where a wide gap stretches its box (`cutAtGaps`).
 */
function cutByPosition(places: Place[]): Place[][] {
  if (places.length <= SHARD_PLACES) return cutAtGaps(places);
  const { sorted } = alongLongerSide(places);
  const half = Math.ceil(sorted.length / 2);
  return [...cutByPosition(sorted.slice(0, half)), ...cutByPosition(sorted.slice(half))];
}

/** Places along the longer side of their box, and the box's size in km on each side. */
function alongLongerSide(places: readonly Place[]) {
  const [south, west, north, east] = boundsOf(places);
  const height = (north - south) * 111.2;
  const width = (east - west) * 111.2 * Math.cos((((south + north) / 2) * Math.PI) / 180);
  const wide = width > height;
  const sorted = [...places].sort((a, b) =>
    wide
      ? a.longitude - b.longitude || a.latitude - b.latitude
      : a.latitude - b.latitude || a.longitude - b.longitude,
  );
  const kmPerDegree = wide ? width / (east - west || 1) : 111.2;
  return { sorted, wide, width, height, kmPerDegree };
}

/** A part cut at its widest gap while its box is stretched by it (see `STRETCHED_KM`). */
function cutAtGaps(places: Place[]): Place[][] {
  if (places.length < 2) return [places];
  const { sorted, wide, width, height, kmPerDegree } = alongLongerSide(places);
  if (Math.hypot(width, height) <= STRETCHED_KM) return [places];
  const at = (p: Place) => (wide ? p.longitude : p.latitude);
  let cut = 0;
  let widest = 0;
  for (let i = 1; i < sorted.length; i++) {
    const gap = (at(sorted[i] as Place) - at(sorted[i - 1] as Place)) * kmPerDegree;
    if (gap > widest) [cut, widest] = [i, gap];
  }
  if (widest < GAP_KM) return [places];
  return [...cutAtGaps(sorted.slice(0, cut)), ...cutAtGaps(sorted.slice(cut))];
}

/** [south, west, north, east] of places, rounded outwards. */
function boundsOf(places: readonly Place[]): [number, number, number, number] {
  const bounds: [number, number, number, number] = [90, 180, -90, -180];
  for (const p of places) {
    bounds[0] = Math.min(bounds[0], p.latitude);
    bounds[1] = Math.min(bounds[1], p.longitude);
    bounds[2] = Math.max(bounds[2], p.latitude);
    bounds[3] = Math.max(bounds[3], p.longitude);
  }
  // Outwards to 0.001° (about 100 m): a smaller manifest, never a smaller box.
  const [south, west, north, east] = bounds.map((value) => value * 1000);
  return [
    Math.floor(south as number) / 1000,
    Math.floor(west as number) / 1000,
    Math.ceil(north as number) / 1000,
    Math.ceil(east as number) / 1000,
  ];
}
