import { foldText } from '../text/normalize.js';
import { distanceKm } from './distance.js';
import { type Commune, departementOfInsee, type Gazetteer } from './gazetteer.js';
import { townRadiusKm } from './town-radius.js';

/**
 * Where a row of open data is: its postal code, INSEE code, commune name and coordinates often
 * disagree (a geocoder's guess, a CEDEX code, a dropped leading zero, swapped coordinates). The
 * row is placed in the commune most of them agree on, and at its own point when that point is
 * plausible for it, else at the commune's centre, with how precise the result is.
 */

type Warn = (message: string) => void;

/** How far (degrees) a place may sit outside the box of its département's commune centres. */
const DEPARTEMENT_MARGIN = 0.2;

// A leaf of its own, so that a finder's first script checks published places without this module.
export { POSITION_PRECISIONS, type PositionPrecision } from './precision.js';

import type { PositionPrecision } from './precision.js';

/** A row's postal and INSEE codes as written, cleaned of what spreadsheets do to them. */
export interface RowCodes {
  postalCode: string;
  insee: string;
}

/** A row's commune, postal code and INSEE code, once they have been made to agree. */
export interface RowCommune extends RowCodes {
  commune: string;
  /** The commune the row belongs to, when one could be told. */
  located?: Commune;
  unknownPostalCode: boolean;
  nameMismatch: boolean;
}

export interface RowPosition {
  latitude: number | null;
  longitude: number | null;
  precision: PositionPrecision;
  uncertaintyKm?: number;
}

/** A coordinate as a number: "48,54" and " 48.54 " read, anything else is none. */
export function parseCoordinate(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));
  return Number.isFinite(number) ? number : null;
}

/** Postal and INSEE codes as written: spreadsheets drop their leading zero ("1000" for 01000). */
export function readCodes(postalCode: string | undefined, insee: string | undefined, warn: Warn): RowCodes {
  let postal = (postalCode ?? '').replace(/\s/g, '');
  if (/^\d{4}$/.test(postal)) {
    warn(`postal code "${postal}" padded to 0${postal}`);
    postal = `0${postal}`;
  }
  let code = (insee ?? '').replace(/\s/g, '').toUpperCase();
  if (/^\d{4}$/.test(code)) code = `0${code}`;
  if (code && !/^([013-9]\d|2[AB1-9])\d{3}$/.test(code)) {
    warn(`invalid INSEE code "${code.slice(0, 20)}" ignored`);
    code = '';
  }
  return { postalCode: postal, insee: code };
}

const wantedName = (commune: string) =>
  foldText(commune)
    .replace(/\b(cedex|\d+)\b/g, '')
    .trim();

/**
 * Postal code, INSEE code and commune name (and the row's coordinates, to break a disagreement)
 * → the commune, trusting the signals that agree. What cannot be read is added to `reasons`.
 */
export function locateRow(
  codes: RowCodes,
  communeName: string,
  point: { latitude?: unknown; longitude?: unknown },
  gazetteer: Gazetteer | undefined,
  warn: Warn,
  reasons: string[],
): RowCommune {
  let { postalCode, insee } = codes;
  let commune = communeName;
  let byInsee = insee && gazetteer ? gazetteer.byInsee(insee) : undefined;
  if (insee && gazetteer && !byInsee) warn(`INSEE code ${insee} is not a known commune`);
  const wellFormed = /^\d{5}$/.test(postalCode);
  // CEDEX and other business codes (85108, 74008) are real but not in the communes list.
  let unknownPostalCode =
    wellFormed && gazetteer !== undefined && gazetteer.byPostalCode(postalCode).length === 0;
  const wanted = wantedName(commune);

  // An INSEE code that contradicts the postal code: keep the commune that most signals agree on.
  if (byInsee && gazetteer && wellFormed && !unknownPostalCode && !byInsee.postalCodes.includes(postalCode)) {
    const chosen = agreeing(
      byInsee,
      gazetteer.byPostalCode(postalCode),
      postalCode,
      wanted,
      point,
      gazetteer,
    );
    if (chosen !== byInsee) {
      warn(
        `INSEE code ${insee} (${byInsee.name}, ${byInsee.departement}) contradicts postal code ${postalCode} and commune "${commune.slice(0, 60)}": placed in ${chosen.name} (${chosen.insee}), where they agree`,
      );
      byInsee = chosen;
      insee = chosen.insee;
    }
  }

  if (!wellFormed && byInsee?.postalCodes[0]) {
    const shown = postalCode ? `"${postalCode.slice(0, 20)}"` : 'missing';
    warn(`postal code ${shown} replaced by ${byInsee.postalCodes[0]}, from the INSEE code`);
    postalCode = byInsee.postalCodes[0];
    unknownPostalCode = false;
  } else if (!wellFormed) {
    reasons.push(`invalid postal code: ${postalCode ? `"${postalCode.slice(0, 20)}"` : 'missing'}`);
  }

  let located = byInsee;
  if (!located && gazetteer && wellFormed && !unknownPostalCode) {
    const candidates = gazetteer.byPostalCode(postalCode);
    // Without a name, a postal code shared by several communes cannot say which one.
    located =
      candidates.find((c) => foldText(c.name) === wanted) ??
      candidates.find((c) => wanted && foldText(c.name).startsWith(wanted)) ??
      (candidates.length === 1 || !wanted ? candidates[0] : undefined);
  }
  let nameMismatch = false;
  if (!located && gazetteer && wellFormed && wanted) {
    // CEDEX codes, or a code that does not fit the commune: look the name up in the département
    // the code starts with.
    const prefix = postalCode.slice(0, 2);
    located = gazetteer
      .search(wanted, 20)
      .find(
        (c) =>
          foldText(c.name) === wanted &&
          (c.departement.startsWith(prefix) || (prefix === '20' && c.departement.startsWith('2'))),
      );
    nameMismatch = !unknownPostalCode && !located;
  }
  if (unknownPostalCode) {
    warn(
      `postal code ${postalCode} is not a commune's (CEDEX?)${located ? `: located as ${located.name}` : ''}`,
    );
  }
  if (located && !insee && located.type !== 'COMD') insee = located.insee;
  if (!commune && located) {
    commune = located.name;
    warn(`missing commune filled in as ${located.name}`);
  }
  if (!commune) reasons.push('missing commune');
  return { postalCode, insee, commune, located, unknownPostalCode, nameMismatch };
}

/** Whether a point lies in a département's box of commune centres (with a margin); unknown box: anywhere on Earth. */
function insideDepartement(
  gazetteer: Gazetteer | undefined,
  code: string | undefined,
  lat: number,
  lon: number,
): boolean {
  const departement = code ? gazetteer?.departement(code) : undefined;
  if (!departement) return Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  const [s, w, n, e] = departement.bounds;
  const m = DEPARTEMENT_MARGIN;
  return lat >= s - m && lat <= n + m && lon >= w - m && lon <= e + m;
}

/**
 * The commune that the most of INSEE code, postal code, name and coordinates agree on; on a tie,
 * the postal code's (a typed INSEE code is often a geocoder's guess from the name alone). Within
 * one département the INSEE code stands: a moved postal code or a commune nouvelle is no
 * contradiction.
 */
function agreeing(
  byInsee: Commune,
  candidates: Commune[],
  postalCode: string,
  wanted: string,
  point: { latitude?: unknown; longitude?: unknown },
  gazetteer: Gazetteer,
): Commune {
  const latitude = parseCoordinate(point.latitude);
  const longitude = parseCoordinate(point.longitude);
  const score = (c: Commune) => {
    let n = c === byInsee ? 1 : 0;
    if (c.postalCodes.includes(postalCode)) n++;
    if (wanted && foldText(c.name) === wanted) n++;
    if (latitude !== null && longitude !== null) {
      const near =
        c.latitude !== null &&
        c.longitude !== null &&
        distanceKm(latitude, longitude, c.latitude, c.longitude) < 40;
      // An unknown box (a territory no source locates) says nothing either way.
      const boxed = gazetteer.departement(c.departement) !== undefined;
      if (near || (boxed && insideDepartement(gazetteer, c.departement, latitude, longitude))) n++;
    }
    return n;
  };
  let best = byInsee;
  let bestScore = score(byInsee);
  for (const candidate of candidates) {
    const s = score(candidate);
    if (s > bestScore || (s === bestScore && best === byInsee)) {
      best = candidate;
      bestScore = s;
    }
  }
  return best.departement === byInsee.departement ? byInsee : best;
}

/** A house number before a street word ("12 rue…", "3bis, av…") or at the start of the line. */
const HOUSE_NUMBER =
  /(^\s*\d+\s*(bis|ter|[a-d])?\b)|(\b\d+\s*(bis|ter|[a-d])?\s*,?\s*(rue|r|avenue|av|bd|boulevard|place|pl|chemin|ch|route|rte|allee|all|impasse|imp|quai|cours|square|sq|voie|esplanade|promenade|rond point|faubourg|fg|cite|residence|lotissement|hameau|parvis|passage|sentier|mail)\b)/;

/** The place's point: its own when plausible, else its commune's centre, and how precise it is. */
export function rowPosition(
  point: { latitude?: unknown; longitude?: unknown },
  where: RowCommune,
  adresse: string,
  gazetteer: Gazetteer | undefined,
  warn: Warn,
  reasons: string[],
): RowPosition {
  const located = where.located;
  let latitude = parseCoordinate(point.latitude);
  let longitude = parseCoordinate(point.longitude);
  if (latitude === 0 && longitude === 0) latitude = longitude = null;
  if ((latitude === null) !== (longitude === null)) {
    warn('only one of latitude and longitude given: ignored');
    latitude = longitude = null;
  }
  if (latitude !== null && longitude !== null) {
    const departementCode = where.insee ? departementOfInsee(where.insee) : located?.departement;
    const departement = departementCode ? gazetteer?.departement(departementCode) : undefined;
    const inside = (lat: number, lon: number) => insideDepartement(gazetteer, departementCode, lat, lon);
    if (!inside(latitude, longitude)) {
      const area = departement ? `département ${departement.code} (${departement.name})` : 'the globe';
      const shown = `(${latitude}, ${longitude})`;
      if (inside(longitude, latitude)) {
        warn(`latitude and longitude were swapped ${shown}`);
        [latitude, longitude] = [longitude, latitude];
      } else if (located?.latitude != null && located.longitude != null) {
        warn(`coordinates ${shown} are outside ${area}: the commune centre is used`);
        latitude = longitude = null;
      } else {
        reasons.push(`impossible coordinates ${shown} for ${area}`);
      }
    }
  }
  const hasNumber = HOUSE_NUMBER.test(foldText(adresse));
  const inTown = (lat: number, lon: number): RowPosition => ({
    latitude: lat,
    longitude: lon,
    precision: 'town',
    ...(located && gazetteer ? { uncertaintyKm: townRadiusKm(gazetteer, located) } : {}),
  });
  if (latitude !== null && longitude !== null) {
    // A geocoder that found only the town returns its centre: that is no address. A commune's
    // town hall is a real place: a France Services on the town hall's square is there.
    const atTownHall = located?.point === 'town-hall' || located?.point === 'offices';
    if (
      !hasNumber &&
      !atTownHall &&
      located?.latitude != null &&
      located.longitude != null &&
      distanceKm(latitude, longitude, located.latitude, located.longitude) < 0.05
    ) {
      warn('coordinates are the commune centre and the address has no number: position approximate');
      return inTown(latitude, longitude);
    }
    return { latitude, longitude, precision: hasNumber ? 'address' : 'street' };
  }
  if (located && located.latitude !== null && located.longitude !== null) {
    return inTown(located.latitude, located.longitude);
  }
  if (!reasons.some((r) => r.startsWith('impossible coordinates'))) {
    reasons.push(
      !gazetteer
        ? 'no coordinates (and no gazetteer to locate the commune)'
        : located
          ? `no coordinates, and no known centre for the commune ${located.name} (${located.insee})`
          : where.nameMismatch
            ? `no coordinates, and no commune "${where.commune.slice(0, 60)}" uses postal code ${where.postalCode}`
            : where.unknownPostalCode
              ? `no coordinates, and unknown postal code ${where.postalCode} for commune "${where.commune.slice(0, 60)}"`
              : 'no coordinates and no commune could be located from the postal or INSEE code',
    );
  }
  return { latitude: null, longitude: null, precision: 'town' };
}

/**
 * How far a commune's own town hall may lie from the commune's point when the gazetteer refused
 * that town hall's point as the commune's (see `refusedTownHall`).
 */
const REFUSED_TOWN_HALL_KM = 1.5;

/**
 * A commune's own town hall, from the annuaire, at a point the gazetteer's guards refused as the
 * commune's (`placeAtTownHalls`: the commune resolves to its centre or among its other offices):
 * that point was geocoded elsewhere (a homonymous commune, another département). The 2017
 * annuaire put Gournay-sur-Marne's town hall in the Hauts-de-Seine, 31 km away, and Bouchet's
 * 134 km off: « Votre mairie » was shown that far. It takes the commune's point, known only by
 * its town, and says so.
 */
export function refusedTownHall(
  position: RowPosition,
  where: RowCommune,
  gazetteer: Gazetteer | undefined,
  warn: Warn,
): RowPosition {
  const commune = where.located;
  const { latitude, longitude } = position;
  if (!commune || commune.latitude === null || commune.longitude === null) return position;
  if (latitude === null || longitude === null) return position;
  // Only a commune's or an arrondissement's point was checked against its town hall's.
  if (commune.type !== 'COM' && commune.type !== 'ARM') return position;
  if (commune.point !== 'centre' && commune.point !== 'offices') return position;
  const km = distanceKm(latitude, longitude, commune.latitude, commune.longitude);
  if (km <= REFUSED_TOWN_HALL_KM) return position;
  warn(
    `town hall's coordinates (${latitude}, ${longitude}) are ${km.toFixed(1)} km from ${commune.name}, whose point they are not: the commune's point is used`,
  );
  return {
    latitude: commune.latitude,
    longitude: commune.longitude,
    precision: 'town',
    ...(gazetteer ? { uncertaintyKm: townRadiusKm(gazetteer, commune) } : {}),
  };
}
