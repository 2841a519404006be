import { distanceKm } from '../geo/distance.js';
import { runSteps, type Steps } from '../steps.js';
import { foldText } from '../text/normalize.js';
import { CLAIM_RANK } from './classification.js';
import { capabilitiesOf, restrictionsOf } from './classify.js';
import { LIST_FIELDS } from './fields.js';
import type { Place } from './place.js';
import type { RowNote } from './reader.js';

/**
 * Merges the same place found in several sources (or twice in one). Two places are the same when
 * they share a real SIRET and address, a name and postal code, or a point (within 50 m, both
 * exact) and a similar name, unless official lists name them as different offices. The merged
 * place keeps the richest fields and every provenance.
 */

export type MergeRule = 'siret-address' | 'name-postal-code' | 'address-similar-name' | 'nearby-similar-name';

export interface MergeReport {
  input: number;
  output: number;
  /** Places absorbed into another: input − output. */
  merged: number;
  /** Groups of two or more places. */
  groups: number;
  byRule: Record<MergeRule, number>;
}

const STOPWORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'a', 'au', 'aux', 'en']);

function nameTokens(name: string): string[] {
  return foldText(name)
    .split(' ')
    .filter((token) => token && !STOPWORDS.has(token));
}

function nameKey(name: string): string {
  return [...new Set(nameTokens(name))].sort().join(' ');
}

/** Jaccard similarity of name words; a name contained in the other counts as similar. */
export function nameSimilarity(a: string, b: string): number {
  return wordSimilarity(new Set(nameTokens(a)), new Set(nameTokens(b)));
}

function wordSimilarity(ta: ReadonlySet<string>, tb: ReadonlySet<string>): number {
  if (ta.size === 0 || tb.size === 0) return 0;
  let common = 0;
  for (const token of ta) if (tb.has(token)) common++;
  if (common === Math.min(ta.size, tb.size)) return 1;
  return common / (ta.size + tb.size - common);
}

const NEARBY_METRES = 50;
const SAME_NAME_METRES = 1000;

class UnionFind {
  parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    while (this.parent[i] !== root) {
      const next = this.parent[i] as number;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    // The lower index stays the root: merging is deterministic whatever the input order of pairs.
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    return true;
  }
}

/** ≈ 110 m of latitude: a place's 50 m neighbours are in its cell or the 8 around it. */
const CELL = 0.001;

/**
 * Calls `join` for every pair of exactly placed places within 50 m whose names are similar
 * (`nameSimilarity` ≥ 0.5) and that no official lists name as different offices, in near-linear time even with thousands of rows at one point:
 * - a place is compared only with places of its cell and the 8 around it, and only with those
 *   sharing one of the rarest words of its name (prefix filtering: two names this similar
 *   always share one of them), from the shorter name's side;
 * - rows with the same name at the same point are joined at once and compared as one;
 * - places already joined (a crowd of similar names at one point) are not compared again.
 */
export function joinNearbySimilarNames(
  places: readonly Place[],
  join: (a: number, b: number) => void,
  joined: (a: number, b: number) => boolean,
): void {
  runSteps(joinNearbySimilarNamesInSteps(places, join, joined));
}

/** Places compared between two steps of the stepped merge. */
const PLACES_PER_STEP = 50;

/** `joinNearbySimilarNames`, stopping every `PLACES_PER_STEP` places (see `steps.ts`). */
function* joinNearbySimilarNamesInSteps(
  places: readonly Place[],
  join: (a: number, b: number) => void,
  joined: (a: number, b: number) => boolean,
): Steps<void> {
  const words = places.map((place) => new Set(nameTokens(place.nom)));
  const tokens = words.map((set) => [...set]);
  const frequency = new Map<string, number>();
  for (const list of tokens) for (const token of list) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) =>
    (frequency.get(a) as number) - (frequency.get(b) as number) || (a < b ? -1 : a > b ? 1 : 0);
  const cellOf = (place: Place) =>
    [Math.floor(place.latitude / CELL), Math.floor(place.longitude / CELL)] as const;
  // Same name words at the same point: one representative.
  const representatives: number[] = [];
  const atPoint = new Map<string, number>();
  places.forEach((place, index) => {
    if (place.quality.approximateCoordinates || !tokens[index]?.length) return;
    const key = `${place.latitude}|${place.longitude}|${[...(tokens[index] as string[])].sort().join(' ')}`;
    const first = atPoint.get(key);
    if (first === undefined) {
      atPoint.set(key, index);
      representatives.push(index);
    } else if (listedApart(places[first] as Place, place)) representatives.push(index);
    else join(first, index);
  });
  // Cell and word → places.
  const byCellWord = new Map<string, number[]>();
  for (const index of representatives) {
    const [row, column] = cellOf(places[index] as Place);
    for (const token of tokens[index] as string[]) {
      const key = `${row}:${column}:${token}`;
      const list = byCellWord.get(key);
      if (list) list.push(index);
      else byCellWord.set(key, [index]);
    }
  }
  for (const [n, index] of representatives.entries()) {
    if (n % PLACES_PER_STEP === 0) yield;
    const place = places[index] as Place;
    const own = tokens[index] as string[];
    // Names at least this similar share one of these words (Jaccard ≥ 0.5 with a name at least
    // as long shares ⌈2n/3⌉ of its n words; a contained name shares them all).
    const prefix = [...own].sort(rarestFirst).slice(0, own.length - Math.ceil((2 * own.length) / 3) + 1);
    const [row, column] = cellOf(place);
    const seen = new Set<number>();
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        for (const token of prefix) {
          for (const other of byCellWord.get(`${row + dr}:${column + dc}:${token}`) ?? []) {
            const size = (tokens[other] as string[]).length;
            // Each pair once, from the shorter name (the lower index between equals).
            if (size < own.length || (size === own.length && other <= index)) continue;
            if (seen.has(other) || joined(index, other)) continue;
            seen.add(other);
            const candidate = places[other] as Place;
            if (
              metresBetween(place, candidate) <= NEARBY_METRES &&
              wordSimilarity(words[index] as Set<string>, words[other] as Set<string>) >= 0.5 &&
              !distinctOffices(place, candidate) &&
              !listedApart(place, candidate)
            )
              join(index, other);
          }
        }
      }
    }
  }
}

/**
 * Two places official lists name as different offices (the annuaire's town hall and its Pôle
 * emploi, a France Services and the town hall that houses it) are two doors, however alike their
 * names: "Mairie de Saint-Laurent-du-Maroni" and "Pôle emploi - Saint-Laurent-du-Maroni" share
 * their town's words and, in the annuaire, one point. Merged, the town hall was no longer the
 * commune's own door (the CCAS's) and the Pôle emploi carried the town hall's name and hours.
 */
function distinctOffices(a: Place, b: Place): boolean {
  const official = (place: Place) =>
    new Set(place.claims.filter((claim) => claim.evidence === 'official-list').map((claim) => claim.kind));
  const kindsOfA = official(a);
  const kindsOfB = official(b);
  if (kindsOfA.size === 0 || kindsOfB.size === 0) return false;
  for (const kind of kindsOfA) if (kindsOfB.has(kind)) return false;
  return true;
}

/**
 * Two places the data itself tells apart, however alike their names and points: a visiting
 * service and a fixed one (« Bus France services Pimms Médiation Nîmes » and « France services
 * Pimms Médiation Nîmes » share an address), and two stops of a visiting service at different
 * addresses (« MDF Nord itinérante » at Route de Roanne and at 65 Route de Saint-André, one placed
 * in the data at a third stop's point).
 */
export function listedApart(a: Place, b: Place): boolean {
  const roams = (place: Place) => place.itinerance.includes('Itinérant');
  if (roams(a) !== roams(b)) return true;
  return roams(a) && foldText(a.adresse) !== foldText(b.adresse);
}

/** A name's words without its town's (« Bibliothèque de Flaumont-Waudrechies »: bibliothèque). */
function ownWords(place: Place): Set<string> {
  const town = new Set(nameTokens(place.commune));
  return new Set(nameTokens(place.nom).filter((word) => !town.has(word)));
}

/** Both are entries of one official list (the annuaire, the France Services list), under different ids. */
function entriesOfOneList(a: Place, b: Place): boolean {
  for (const x of a.provenance) {
    if ((x.format !== 'annuaire' && x.format !== 'france-services') || !x.id) continue;
    const others = b.provenance.filter((y) => y.file === x.file && y.id);
    if (others.length && !others.some((y) => a.provenance.some((z) => z.file === y.file && z.id === y.id)))
      return true;
  }
  return false;
}

function metresBetween(a: Place, b: Place): number {
  const dLat = (a.latitude - b.latitude) * 111_320;
  const dLon = (a.longitude - b.longitude) * 111_320 * Math.cos((a.latitude * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
}

export function mergePlaces(places: readonly Place[]): { places: Place[]; report: MergeReport } {
  return runSteps(mergePlacesInSteps(places));
}

/** `mergePlaces` cut into steps (see `steps.ts`). */
export function* mergePlacesInSteps(
  places: readonly Place[],
): Steps<{ places: Place[]; report: MergeReport }> {
  const sets = new UnionFind(places.length);
  const byRule: Record<MergeRule, number> = {
    'siret-address': 0,
    'name-postal-code': 0,
    'address-similar-name': 0,
    'nearby-similar-name': 0,
  };
  const joinOn = (
    rule: MergeRule,
    key: (p: Place) => string | null,
    compatible: (a: Place, b: Place) => boolean = () => true,
  ) => {
    const members = new Map<string, number[]>();
    places.forEach((place, index) => {
      const k = key(place);
      if (!k) return;
      const list = members.get(k) ?? [];
      const match = list.find(
        (other) => compatible(places[other] as Place, place) && !listedApart(places[other] as Place, place),
      );
      if (match !== undefined && sets.union(match, index)) byRule[rule]++;
      list.push(index);
      members.set(k, list);
    });
  };
  joinOn('siret-address', (p) =>
    p.quality.placeholderPivot ? null : `${p.pivot}|${p.code_postal}|${foldText(p.adresse)}`,
  );
  // Generic names ("Médiathèque", "Espace numérique") recur within a postal code: the same name
  // only means the same place when the points are close or one of them is approximate.
  joinOn(
    'name-postal-code',
    (p) => `${nameKey(p.nom)}|${p.code_postal}`,
    (a, b) =>
      a.quality.approximateCoordinates ||
      b.quality.approximateCoordinates ||
      metresBetween(a, b) <= SAME_NAME_METRES,
  );
  // One street address and a similar name beyond the town's: « PIMMS DE NIMES » (conseillers
  // numériques) and « France services Pimms Médiation Nîmes » at 663 rue Néper, geocoded 80 m
  // apart. Only an address with a number says where a door is; two entries of one official list
  // are two offices (two communes' town halls in one building, a town hall and its family
  // desk), and a library or a France Services in the town hall is not the town hall.
  joinOn(
    'address-similar-name',
    (p) => {
      const address = foldText(p.adresse);
      return /\d/.test(address) ? `${p.code_postal}|${address}` : null;
    },
    (a, b) =>
      // « 1 place de la Mairie » is in each of the communes that share a postal code.
      (!a.code_insee || !b.code_insee || a.code_insee === b.code_insee) &&
      wordSimilarity(ownWords(a), ownWords(b)) >= 0.5 &&
      !distinctOffices(a, b) &&
      !entriesOfOneList(a, b) &&
      (a.quality.approximateCoordinates ||
        b.quality.approximateCoordinates ||
        metresBetween(a, b) <= SAME_NAME_METRES),
  );

  yield;
  yield* joinNearbySimilarNamesInSteps(
    places,
    (a, b) => {
      if (sets.union(a, b)) byRule['nearby-similar-name']++;
    },
    (a, b) => sets.find(a) === sets.find(b),
  );

  const groups = new Map<number, Place[]>();
  places.forEach((place, index) => {
    const root = sets.find(index);
    const group = groups.get(root);
    if (group) group.push(place);
    else groups.set(root, [place]);
  });
  const output: Place[] = [];
  let multi = 0;
  for (const group of groups.values()) {
    if (output.length % PLACES_PER_STEP === 0) yield;
    if (group.length > 1) multi++;
    output.push(group.length === 1 ? (group[0] as Place) : combinePlaces(group));
  }
  return {
    places: output,
    report: {
      input: places.length,
      output: output.length,
      merged: places.length - output.length,
      groups: multi,
      byRule,
    },
  };
}

function richness(place: Place): number {
  return Object.values(place).filter((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== ''))
    .length;
}

const SCALAR_FIELDS = [
  'code_insee',
  'complement_adresse',
  'telephone',
  'presentation_resume',
  'presentation_detail',
  'source',
  'structure_parente',
  'fiche_acces_libre',
  'prise_rdv',
] as const;

/** The newest, then richest, place leads; others fill its gaps. */
export function combinePlaces(group: Place[]): Place {
  const ordered = [...group].sort(
    (a, b) =>
      (b.date_maj ?? '').localeCompare(a.date_maj ?? '') ||
      richness(b) - richness(a) ||
      a.id.localeCompare(b.id),
  );
  const lead = ordered[0] as Place;
  const merged: Place = structuredClone(lead);
  for (const other of ordered.slice(1)) {
    for (const field of SCALAR_FIELDS) {
      if (!merged[field] && other[field]) (merged as Record<string, unknown>)[field] = other[field];
    }
    for (const field of LIST_FIELDS) {
      const target = merged[field] as string[];
      for (const value of other[field] as string[]) if (!target.includes(value)) target.push(value);
    }
    if (merged.quality.placeholderPivot && !other.quality.placeholderPivot) {
      merged.pivot = other.pivot;
      merged.quality.placeholderPivot = false;
    }
    const precision = { address: 2, street: 1, town: 0 } as const;
    if (precision[other.quality.position] > precision[merged.quality.position]) {
      merged.latitude = other.latitude;
      merged.longitude = other.longitude;
      merged.quality.approximateCoordinates = other.quality.approximateCoordinates;
      merged.quality.position = other.quality.position;
      delete merged.quality.positionUncertaintyKm;
    }
    if (merged.quality.unknownDate && !other.quality.unknownDate && other.date_maj) {
      merged.date_maj = other.date_maj;
      merged.quality.unknownDate = false;
      merged.quality.stale = other.quality.stale;
    }
    for (const claim of other.claims) {
      const known = merged.claims.find((c) => c.kind === claim.kind);
      if (!known) merged.claims.push({ ...claim });
      else if (CLAIM_RANK[claim.confidence] > CLAIM_RANK[known.confidence]) Object.assign(known, claim);
    }
    if (
      (!merged.horaires || merged.quality.unparsedHours) &&
      other.horaires &&
      !other.quality.unparsedHours
    ) {
      merged.horaires = other.horaires;
      merged.quality.unparsedHours = false;
    }
    if (other.legacy) {
      merged.legacy ??= {};
      for (const [key, values] of Object.entries(other.legacy)) {
        const target = merged.legacy[key] ?? [];
        for (const value of values) if (!target.includes(value)) target.push(value);
        merged.legacy[key] = target;
      }
    }
    merged.provenance.push(...other.provenance);
  }
  // What the place is and may promise follows from every source's claims together: an official
  // France Services listed by a partner's file too is open to all, whatever a name suggested.
  merged.restrictedTo = restrictionsOf(merged.claims, merged.dispositif_programmes_nationaux);
  merged.capabilities = capabilitiesOf(
    merged.claims,
    group.some((p) => p.capabilities.stepByStep),
  );
  return merged;
}

/** A row of one file that became a place, with what its report says of it. */
export interface ReadRow {
  place: Place;
  note: RowNote;
}

/**
 * Rows of one file sharing an id: a consolidated export lists a place once per source, with the
 * same id. The same place (similar name, within a kilometre, or the same SIRET) is merged into
 * one, keeping every source's fields; different places keep their row, under a qualified id.
 * `merged`: the rows folded into another.
 */
export function mergeSameIds(rows: ReadRow[]): { rows: ReadRow[]; merged: number } {
  const byId = new Map<string, ReadRow[]>();
  for (const row of rows) {
    const group = byId.get(row.place.id);
    if (group) group.push(row);
    else byId.set(row.place.id, [row]);
  }
  const out: ReadRow[] = [];
  let merged = 0;
  const used = new Set(byId.keys());
  for (const group of byId.values()) {
    if (group.length === 1) {
      out.push(group[0] as ReadRow);
      continue;
    }
    const clusters: ReadRow[][] = [];
    for (const row of group) {
      const same = clusters.find((cluster) => cluster.some((other) => samePlace(other.place, row.place)));
      if (same) same.push(row);
      else clusters.push([row]);
    }
    for (const cluster of clusters) {
      const first = cluster[0] as ReadRow;
      const place = cluster.length === 1 ? first.place : combinePlaces(cluster.map((r) => r.place));
      const note: RowNote = { ...first.note, messages: cluster.flatMap((r) => r.note.messages) };
      if (cluster.length > 1) {
        merged += cluster.length - 1;
        const sources = [...new Set(cluster.map((r) => r.place.provenance[0]?.source ?? ''))].join(', ');
        note.messages.push(
          `rows ${cluster.map((r) => r.note.row).join(', ')} share the id "${place.id.slice(0, 60)}" (sources: ${sources.slice(0, 200)}): merged`,
        );
      }
      if (clusters.length > 1) {
        // Different places under one id (an aggregated file reuses its sources' ids): each keeps
        // its row, under an id qualified by its source.
        const original = place.id;
        let id = `${slug(place.provenance[0]?.source ?? '')}-${original}`;
        for (let k = 2; used.has(id); k++) id = `${original}-${k}`;
        used.add(id);
        note.messages.push(
          `id "${original.slice(0, 60)}" is shared with another place of this file: read as ${id.slice(0, 80)}`,
        );
        place.id = id;
        for (const source of place.provenance) if (source.id === original) source.id = id;
      }
      out.push({ place, note });
    }
  }
  return { rows: out, merged };
}

function samePlace(a: Place, b: Place): boolean {
  if (!a.quality.placeholderPivot && a.pivot === b.pivot) return true;
  const close = distanceKm(a.latitude, a.longitude, b.latitude, b.longitude) <= 1;
  return close && (nameSimilarity(a.nom, b.nom) >= 0.5 || a.code_postal === b.code_postal);
}

function slug(text: string): string {
  return foldText(text).replace(/ /g, '-') || 'source';
}
