import { foldText } from '../text/normalize.js';
import type { Text } from '../text/types.js';
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
  message: Text;
  /** For `ambiguous`: the communes the text could mean. */
  candidates?: Commune[];
};

export type Resolved = { ok: true; location: Location & { commune?: Commune } } | ResolveFailure;

/** "48.54,2.66", "48.54 2.66": a position typed as coordinates. */
export const COORDINATES = /^(-?\d{1,2}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)$/;
/** "Saint-Denis 93", "Saint-Denis (974)", "Melun 77000": a name narrowed by a trailing code. */
export const NARROWED = /^(.*?)[\s(]+(\d{5}|\d[\dAB]|9[78]\d)\)?$/i;

const communeLabel = (c: Commune) => `${c.name} (${c.postalCodes[0] ?? c.departement})`;

/**
 * Turns what a person typed into a location: a postal code ("77000"), a town, optionally with its
 * département or postal code ("Saint-Denis 93"), or coordinates ("48.54,2.66").
 */
export function resolveLocation(gazetteer: Gazetteer, where: string): Resolved {
  const text = where.trim();
  if (!text)
    return fail('empty', 'Indiquez un code postal ou une commune.', 'Enter a postal code or a town.');

  const coordinates = COORDINATES.exec(text);
  if (coordinates) {
    const latitude = Number(coordinates[1]);
    const longitude = Number(coordinates[2]);
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      return fail(
        'invalid-coordinates',
        `Coordonnées impossibles : ${text}.`,
        `Impossible coordinates: ${text}.`,
      );
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
      return fail(
        'invalid-postal-code',
        `« ${text} » n'est pas un code postal : il faut 5 chiffres.`,
        `"${text}" is not a postal code: it needs 5 digits.`,
      );
    }
    const communes = gazetteer.byPostalCode(text);
    if (communes.length === 0) {
      return fail(
        'unknown-postal-code',
        `Le code postal ${text} ne correspond à aucune commune.`,
        `No commune has the postal code ${text}.`,
      );
    }
    const located = communes.find((c) => c.latitude !== null);
    if (!located) return notLocated(communes[0] as Commune);
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
  const exact = candidates.filter(
    (c) => foldText(c.name) === wanted && c.type !== 'COMD' && c.type !== 'COMA',
  );
  const pool = exact.length ? exact : candidates;
  if (pool.length === 0) {
    return fail(
      'unknown-place',
      `Aucune commune ne s'appelle « ${text} ».`,
      `No commune is called "${text}".`,
    );
  }
  if (pool.length > 1 && (exact.length > 1 || !exact.length)) {
    const list = pool.slice(0, 5).map(communeLabel).join(', ');
    return {
      ok: false,
      error: 'ambiguous',
      message: {
        fr: `Plusieurs communes correspondent à « ${text} » : ${list}. Précisez le code postal.`,
        en: `Several communes match "${text}": ${list}. Add the postal code.`,
      },
      candidates: pool.slice(0, 10),
    };
  }
  const commune = pool[0] as Commune;
  if (commune.latitude === null) return notLocated(commune);
  return { ok: true, location: at(gazetteer, commune, communeLabel(commune)) };
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

function notLocated(commune: Commune): ResolveFailure {
  return fail(
    'not-located',
    `La commune ${commune.name} est connue mais sa position ne l'est pas.`,
    `${commune.name} is known but not its position.`,
  );
}

function fail(error: ResolveFailure['error'], fr: string, en: string): ResolveFailure {
  return { ok: false, error, message: { fr, en } };
}
