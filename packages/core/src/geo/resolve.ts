import { foldText } from '../text/normalize.js';
import type { Commune, Gazetteer } from './gazetteer.js';
import type { Location } from './location.js';

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
  /** For `ambiguous`: the communes the text could mean. */
  candidates?: Commune[];
  /** For `not-located`: the commune known without a position. */
  commune?: Commune;
};

export type Resolved = { ok: true; location: Location & { commune?: Commune } } | ResolveFailure;

/** "48.54,2.66", "48.54 2.66": a position typed as coordinates. */
export const COORDINATES = /^(-?\d{1,2}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)$/;
/** "Saint-Denis 93", "Saint-Denis (974)", "Melun 77000": a name narrowed by a trailing code. */
export const NARROWED = /^(.*?)[\s(]+(\d{5}|\d[\dAB]|9[78]\d)\)?$/i;

/** "Melun (77000)": a commune as it is offered to choose among several. */
export const communeLabel = (c: Commune) => `${c.name} (${c.postalCodes[0] ?? c.departement})`;

/**
 * Turns what a person typed into a location: a postal code ("77000"), a town, optionally with its
 * département or postal code ("Saint-Denis 93"), or coordinates ("48.54,2.66").
 */
export function resolveLocation(gazetteer: Gazetteer, where: string): Resolved {
  const text = where.trim();
  if (!text) return fail('empty', text);

  const coordinates = COORDINATES.exec(text);
  if (coordinates) {
    const latitude = Number(coordinates[1]);
    const longitude = Number(coordinates[2]);
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      return fail('invalid-coordinates', text);
    }
    const near = gazetteer.nearest(latitude, longitude);
    // A name or numbers, never words: "près de" / "near" is each language's to say.
    const label = near && near.distanceKm < 20 ? near.commune.name : `${latitude}, ${longitude}`;
    return {
      ok: true,
      location: {
        latitude,
        longitude,
        label,
        ...(near && near.distanceKm < 20
          ? { commune: near.commune, territory: gazetteer.territoryOf(near.commune) }
          : {}),
      },
    };
  }

  if (/^\d+$/.test(text)) {
    if (text.length !== 5) {
      return fail('invalid-postal-code', text);
    }
    const communes = gazetteer.byPostalCode(text);
    if (communes.length === 0) {
      return fail('unknown-postal-code', text);
    }
    const located = communes.find((c) => c.latitude !== null);
    if (!located) return notLocated(communes[0] as Commune, text);
    return { ok: true, location: at(gazetteer, located, `${text} ${located.name}`) };
  }

  // "Saint-Denis 93", "Saint-Denis (974)", "Melun 77000": a trailing code narrows the search.
  const narrowed = NARROWED.exec(text);
  const name = narrowed?.[1]?.trim() || text;
  const code = narrowed?.[2]?.toUpperCase();
  // Narrowed by a code: every commune of that name first, then those of the code.
  let candidates = gazetteer.search(name, code ? Number.POSITIVE_INFINITY : 50);
  if (code) {
    candidates = candidates.filter((c) =>
      code.length === 5 ? c.postalCodes.includes(code) : c.departement === code,
    );
  }
  const wanted = foldText(name)
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint');
  const named = (c: Commune) => foldText(c.name) === wanted;
  const otherName = (c: Commune) => c.otherNames?.find((other) => foldText(other) === wanted);
  const exact = candidates.filter(
    (c) => (named(c) || otherName(c) !== undefined) && c.type !== 'COMD' && c.type !== 'COMA',
  );
  const pool = exact.length ? exact : candidates;
  if (pool.length === 0) {
    return fail('unknown-place', text);
  }
  if (pool.length > 1 && (exact.length > 1 || !exact.length)) {
    return { ok: false, error: 'ambiguous', text, candidates: pool.slice(0, 10) };
  }
  const commune = pool[0] as Commune;
  if (commune.latitude === null) return notLocated(commune, text);
  // "Mata-Utu (Uvea, 98600)": the place they named, and the commune it is part of.
  const other = named(commune) ? undefined : otherName(commune);
  const label = other
    ? `${other} (${commune.name}, ${commune.postalCodes[0] ?? commune.departement})`
    : communeLabel(commune);
  return { ok: true, location: at(gazetteer, commune, label) };
}

function at(gazetteer: Gazetteer, commune: Commune, label: string): Location & { commune: Commune } {
  return {
    latitude: commune.latitude as number,
    longitude: commune.longitude as number,
    label,
    ...(commune.approximateCentre ? { approximate: true } : {}),
    commune,
    territory: gazetteer.territoryOf(commune),
  };
}

function notLocated(commune: Commune, text: string): ResolveFailure {
  return { ok: false, error: 'not-located', text, commune };
}

function fail(error: ResolveFailure['error'], text: string): ResolveFailure {
  return { ok: false, error, text };
}
