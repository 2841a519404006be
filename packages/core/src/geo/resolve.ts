import { type Commune, type Gazetteer, outweighs, searchTokens } from './gazetteer.js';
import type { Location } from './location.js';
import type { SpellingGroups } from './spelling.js';

export type ResolveFailure = {
  ok: false;
  error:
    | 'empty'
    | 'invalid-postal-code'
    | 'unknown-postal-code'
    | 'unknown-place'
    | 'ambiguous'
    | 'invalid-coordinates'
    | 'not-located';
  /** What was typed, trimmed; messages/notices.ts says what is wrong with it. */
  text: string;
  /**
   * For `ambiguous`: the communes the text could mean. For `unknown-place`: the communes it would
   * name with one letter corrected, best first ("Melum": Melun), to offer, never to take.
   */
  candidates?: Commune[];
  /** For `not-located`: the commune known without a position. */
  commune?: Commune;
};

export type Resolved = { ok: true; location: Location & { commune?: Commune } } | ResolveFailure;

/** "48.54,2.66", "48.54 2.66": a position typed as coordinates. */
export const COORDINATES = /^(-?\d{1,2}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)$/;
/** "Saint-Denis 93", "Saint-Denis (974)", "Melun 77000": a name narrowed by a trailing code. */
export const NARROWED = /^(.*?)[\s,(]+(\d{5}|\d[\dAB]|9[78]\d)\)?$/i;
/** "77000 Melun", "77000, Melun": a postal code first, as an address line (and the finder's labels) write it. */
const LEADING_CODE = /^(\d{5})[\s,]+(\D.*)$/;

/**
 * A position is in a commune, and says where the person lives, when that commune's centre is the
 * nearest one and lies within this distance; farther (at sea, abroad) it is only a point.
 */
export const NEAR_COMMUNE_KM = 20;

/** "Melun (77000)": a commune as it is offered to choose among several. */
export const communeLabel = (c: Commune) => `${c.name} (${c.postalCodes[0] ?? c.departement})`;

/** What a person typed, read once: its kind decides which communes can answer it. */
export type Typed =
  | { kind: 'empty'; text: string }
  | { kind: 'coordinates'; text: string; latitude: number; longitude: number }
  /** Digits only: a postal code when there are five. */
  | { kind: 'digits'; text: string }
  /**
   * A town's name, maybe narrowed by a postal code or a département ("Saint-Denis 93", "77000
   * Melun"); `arrondissement` when the trailing number may be one ("Paris 12", "Marseille 13").
   */
  | { kind: 'name'; text: string; name: string; code?: string; arrondissement?: boolean };

export function parseWhere(where: string): Typed {
  const text = where.trim();
  if (!text) return { kind: 'empty', text };
  const coordinates = COORDINATES.exec(text);
  if (coordinates)
    return { kind: 'coordinates', text, latitude: Number(coordinates[1]), longitude: Number(coordinates[2]) };
  if (/^\d+$/.test(text)) return { kind: 'digits', text };
  const leading = LEADING_CODE.exec(text);
  if (leading)
    return { kind: 'name', text, name: trimName(leading[2] as string), code: leading[1] as string };
  const narrowed = NARROWED.exec(text);
  const code = narrowed?.[2]?.toUpperCase();
  const name = trimName(narrowed?.[1] ?? '') || text;
  if (!code) return { kind: 'name', text, name };
  // Written in brackets, a number is a département; bare, it may be an arrondissement.
  const arrondissement = /^\d{1,2}$/.test(code) && !text.endsWith(')');
  return { kind: 'name', text, name, code, ...(arrondissement ? { arrondissement } : {}) };
}

const trimName = (name: string) => name.replace(/^[\s,;]+|[\s,;]+$/g, '');

/**
 * "Paris 12", "Marseille 13": the arrondissement the place field suggests, read as the whole
 * name; null when no arrondissement is named so (then the number is a département: "Saint-Denis 93").
 * Only arrondissements have a number in their names, and a name ending in one is never an
 * arrondissement's whole name, so no correction can come first: no spelling groups are needed.
 */
export function asArrondissement(
  gazetteer: Gazetteer,
  typed: Extract<Typed, { kind: 'name' }>,
  spelling?: SpellingGroups,
): Resolved | null {
  if (!typed.arrondissement) return null;
  const resolved = resolveName(gazetteer, typed.text, undefined, typed.text, spelling);
  return resolved.ok && resolved.location.commune?.type === 'ARM' ? resolved : null;
}

/**
 * Turns what a person typed into a location: a postal code ("77000"), a town, optionally with its
 * département or postal code ("Saint-Denis 93"), or coordinates ("48.54,2.66").
 */
export function resolveLocation(
  gazetteer: Gazetteer,
  where: string | Typed,
  spelling: SpellingGroups = gazetteer.spelling(),
): Resolved {
  const typed = typeof where === 'string' ? parseWhere(where) : where;
  const { text } = typed;
  switch (typed.kind) {
    case 'empty':
      return fail('empty', text);
    case 'coordinates':
      return locatePosition(gazetteer, typed.latitude, typed.longitude, text);
    case 'digits': {
      if (text.length !== 5) return fail('invalid-postal-code', text);
      const communes = gazetteer.byPostalCode(text);
      if (communes.length === 0) return fail('unknown-postal-code', text);
      const located = communes.find((c) => c.latitude !== null);
      if (!located) return notLocated(communes[0] as Commune, text);
      return { ok: true, location: at(gazetteer, located, `${text} ${located.name}`) };
    }
    case 'name':
      return (
        asArrondissement(gazetteer, typed, spelling) ??
        resolveName(gazetteer, typed.name, typed.code, text, spelling)
      );
  }
}

/**
 * A position (typed as coordinates, or the device's): named after its nearest commune, whose
 * territory it is in, when that commune is near enough; otherwise numbers, never words ("près
 * de" / "near" is each language's to say).
 */
export function locatePosition(
  gazetteer: Gazetteer,
  latitude: number,
  longitude: number,
  text = `${latitude}, ${longitude}`,
): Resolved {
  if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) return fail('invalid-coordinates', text);
  const near = gazetteer.nearest(latitude, longitude);
  const commune = near && near.distanceKm < NEAR_COMMUNE_KM ? near.commune : undefined;
  return {
    ok: true,
    location: {
      latitude,
      longitude,
      label: commune ? commune.name : `${latitude}, ${longitude}`,
      ...(commune ? { commune, territory: gazetteer.territoryOf(commune) } : {}),
    },
  };
}

/**
 * A town's name, narrowed by a code: every commune of that name first, then those of the code. A
 * name that is none, but one letter from some ("Melum"), fails with those as `candidates`.
 */
function resolveName(
  gazetteer: Gazetteer,
  name: string,
  code: string | undefined,
  text: string,
  spelling: SpellingGroups | undefined,
): Resolved {
  const matches = gazetteer.suggest(name, code ? Number.POSITIVE_INFINITY : 50, spelling, codeFilter(code));
  const [best] = matches;
  if (best?.corrected) {
    // The name one letter away, and its namesakes ("Sant-Denis": in 93, 974, 11), to choose from.
    const same = matches.filter((m) => m.corrected && m.commune.name === best.commune.name);
    return { ok: false, error: 'unknown-place', text, candidates: same.slice(0, 3).map((m) => m.commune) };
  }
  const candidates = matches.filter((m) => !m.corrected).map((m) => m.commune);
  const wanted = searchTokens(name).join(' ');
  const named = (c: Commune) => searchTokens(c.name).join(' ') === wanted;
  const otherName = (c: Commune) => c.otherNames?.find((other) => searchTokens(other).join(' ') === wanted);
  const exact = candidates.filter(
    (c) => (named(c) || otherName(c) !== undefined) && c.type !== 'COMD' && c.type !== 'COMA',
  );
  // "Evry": Évry-Courcouronnes (91) or Évry (89)? Never the small one without asking; the communes
  // of that very name stay among the five offered ("Pont", 157 people, after four Pont-… towns).
  const larger = exact.length
    ? candidates
        .filter((c) => !exact.includes(c) && outweighs(c, name, exact))
        .slice(0, Math.max(1, 5 - exact.length))
    : [];
  const pool = larger.length ? [...larger, ...exact] : exact.length ? exact : candidates;
  if (pool.length === 0) {
    return fail('unknown-place', text);
  }
  if (larger.length) return { ok: false, error: 'ambiguous', text, candidates: pool.slice(0, 10) };
  if (pool.length > 1 && (exact.length > 1 || !exact.length)) {
    return { ok: false, error: 'ambiguous', text, candidates: pool.slice(0, 10) };
  }
  let commune = pool[0] as Commune;
  // "75012 Paris": the arrondissement of that postal code, as "Paris 12" gives it.
  const part = candidates.filter((c) => c.type === 'ARM' && c.parent === commune.insee);
  if (code?.length === 5 && part.length === 1) commune = part[0] as Commune;
  if (commune.latitude === null) return notLocated(commune, text);
  // "Mata-Utu (Uvea, 98600)": the place they named, and the commune it is part of.
  const other = named(commune) || commune !== pool[0] ? undefined : otherName(commune);
  const label = other
    ? `${other} (${commune.name}, ${commune.postalCodes[0] ?? commune.departement})`
    : communeLabel(commune);
  return { ok: true, location: at(gazetteer, commune, label) };
}

/** The communes a code narrows a name to: a postal code's, or a département's. */
export function codeFilter(code: string | undefined): ((commune: Commune) => boolean) | undefined {
  if (!code) return undefined;
  return code.length === 5 ? (c) => c.postalCodes.includes(code) : (c) => c.departement === code;
}

function at(gazetteer: Gazetteer, commune: Commune, label: string): Location & { commune: Commune } {
  return {
    latitude: commune.latitude as number,
    longitude: commune.longitude as number,
    label,
    ...(commune.approximateCentre ? { approximate: true } : {}),
    ...atParentOf(gazetteer, commune),
    commune,
    territory: gazetteer.territoryOf(commune),
  };
}

/** A commune placed at its parent's point: the parent's name, for the person to read. */
export function atParentOf(gazetteer: Gazetteer, commune: Commune): Pick<Location, 'atParentOf'> {
  if (commune.point !== 'parent' || !commune.parent) return {};
  const parent = gazetteer.byInsee(commune.parent);
  return parent && parent.insee !== commune.insee ? { atParentOf: parent.name } : {};
}

function notLocated(commune: Commune, text: string): ResolveFailure {
  return { ok: false, error: 'not-located', text, commune };
}

function fail(error: ResolveFailure['error'], text: string): ResolveFailure {
  return { ok: false, error, text };
}
