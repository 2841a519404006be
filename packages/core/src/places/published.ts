import { POSITION_PRECISIONS } from '../geo/reconcile.js';
import { displayText, isEmailAddress } from '../text/normalize.js';
import { LIST_FIELDS } from './fields.js';
import type { Place } from './place.js';

/** Places read back, and what was left out of them: one line per reason, with how many places. */
export interface CheckedPlaces {
  places: Place[];
  /** Items that were no usable place at all. */
  dropped: number;
  problems: string[];
}

/**
 * Places read back from a published dataset (the shards and doors `mediation-finder build`
 * writes), checked field by field where they are shown: the dataset may be a third party's,
 * hand-edited, or built by an older version. A wrong field is left out, or set to what promises
 * nothing (no capability, an empty list); a place without an id, a name or a believable position
 * is dropped; each with its reason. Only `Place`'s fields are kept (a new field needs its line
 * here, and `test/published.test.ts` fails until it has one). Text is made well formed, without
 * control, bidirectional or invisible characters (`displayText`). Hand-written rather than the
 * reader's zod schema, to keep the widget's first script small.
 */
export function checkPublishedPlaces(value: unknown): CheckedPlaces {
  if (!Array.isArray(value)) return { places: [], dropped: 0, problems: ['not a list of places'] };
  const counts = new Map<string, number>();
  const note = (problem: string) => counts.set(problem, (counts.get(problem) ?? 0) + 1);
  const places: Place[] = [];
  for (const item of value) {
    const place = checkPlace(item, note);
    if (place) places.push(place);
  }
  const problems = [...counts].map(([problem, n]) => `${problem} (${n} place${n > 1 ? 's' : ''})`);
  return { places, dropped: value.length - places.length, problems };
}

type Note = (problem: string) => void;

/** Free text a person reads; the longest a name may be is the reader's. */
const TEXTS = {
  nom: 300,
  commune: 200,
  adresse: 500,
  complement_adresse: 500,
  horaires: 2_000,
  presentation_resume: 2_000,
  presentation_detail: 10_000,
  structure_parente: 300,
  source: 200,
  pivot: 14,
} as const;
const LISTS = [...LIST_FIELDS, 'restrictedTo'] as const;
const LINKS = ['prise_rdv', 'fiche_acces_libre'] as const;
const CAPABILITIES = ['doesItForYou', 'doesItWithYou', 'stepByStep'] as const;
const QUALITY_FLAGS = ['approximateCoordinates', 'unknownDate', 'stale', 'unparsedHours', 'placeholderPivot'];
const CLAIM_FIELDS = ['kind', 'evidence', 'value', 'confidence'] as const;

const PHONE = /^\+?\d{3,15}$/;
const POSTAL_CODE = /^\d{5}$/;
const INSEE = /^([013-9]\d|2[AB1-9])\d{3}$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const isDate = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
const what = (v: unknown) => (Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v);

/** A plain http(s) link, without credentials; anything else (javascript:, data:, mailto:) is none. */
export function isWebLink(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

function checkPlace(item: unknown, note: Note): Place | null {
  if (!isObject(item)) {
    note(`an item that is ${what(item)}, not a place: dropped`);
    return null;
  }
  const { id, latitude, longitude } = item;
  const nom = typeof item.nom === 'string' ? displayText(item.nom).trim() : '';
  if (typeof id !== 'string' || !id || id.length > 200 || !nom) {
    note('a place without an id or a name: dropped');
    return null;
  }
  if (
    typeof latitude !== 'number' ||
    typeof longitude !== 'number' ||
    !(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)
  ) {
    note('a place without a believable position: dropped');
    return null;
  }
  const place: Record<string, unknown> = { id: displayText(id), latitude, longitude };

  for (const [field, max] of Object.entries(TEXTS)) {
    const v = item[field];
    if (typeof v === 'string') place[field] = displayText(v).trim().slice(0, max);
    else if (v !== undefined) note(`${field} is ${what(v)}, not text: left out`);
  }
  for (const field of ['commune', 'adresse', 'pivot'] as const) place[field] ??= '';
  const postal = typeof item.code_postal === 'string' ? displayText(item.code_postal).trim() : '';
  place.code_postal = POSTAL_CODE.test(postal) ? postal : '';
  if (item.code_postal !== undefined && !place.code_postal) note('code_postal is not 5 digits: left out');
  if (typeof item.code_insee === 'string' && INSEE.test(item.code_insee)) place.code_insee = item.code_insee;
  else if (item.code_insee !== undefined) note('code_insee is not an INSEE code: left out');
  if (isDate(item.date_maj)) place.date_maj = item.date_maj;
  else if (item.date_maj !== undefined) note('date_maj is not a date (YYYY-MM-DD): left out');

  for (const field of LISTS) {
    const v = item[field];
    if (!Array.isArray(v)) {
      if (v !== undefined) note(`${field} is ${what(v)}, not a list: emptied`);
      place[field] = [];
      continue;
    }
    const strings = v.filter((x): x is string => typeof x === 'string').map(displayText);
    if (strings.length < v.length) note(`${field}: a value that is not text left out`);
    place[field] = strings.filter(Boolean);
  }
  const kept = <T>(field: string, list: T[], ok: (x: T) => boolean) => {
    const good = list.filter(ok);
    if (good.length < list.length) note(`${field}: an invalid value left out`);
    return good;
  };
  place.site_web = kept('site_web', place.site_web as string[], isWebLink);
  place.courriels = kept('courriels', place.courriels as string[], isEmailAddress);
  for (const field of LINKS) {
    const v = item[field];
    if (isWebLink(v)) place[field] = v;
    else if (v !== undefined) note(`${field} is not an http(s) link: left out`);
  }
  if (typeof item.telephone === 'string' && PHONE.test(item.telephone)) place.telephone = item.telephone;
  else if (item.telephone !== undefined) note('telephone is not a phone number: left out');

  // What is not said is not promised: a missing capability is none.
  const capabilities = isObject(item.capabilities) ? item.capabilities : {};
  place.capabilities = Object.fromEntries(CAPABILITIES.map((c) => [c, capabilities[c] === true]));
  if (!isObject(item.capabilities) || CAPABILITIES.some((c) => typeof capabilities[c] !== 'boolean'))
    note('capabilities are missing or not true/false: none assumed');

  place.claims = kept(
    'claims',
    Array.isArray(item.claims) ? item.claims : [],
    (claim) => isObject(claim) && CLAIM_FIELDS.every((field) => typeof claim[field] === 'string'),
  );
  if (!Array.isArray(item.claims)) note(`claims is ${what(item.claims)}, not a list: emptied`);

  const provenance = Array.isArray(item.provenance) ? item.provenance : [];
  if (!Array.isArray(item.provenance)) note(`provenance is ${what(item.provenance)}, not a list: emptied`);
  place.provenance = kept('provenance', provenance, (p) => isObject(p) && typeof p.source === 'string').map(
    (p) => {
      const { source, date_maj, format, file, id: rowId } = p as Record<string, unknown>;
      return {
        source: displayText(source as string),
        ...(isDate(date_maj) ? { date_maj } : {}),
        ...(typeof format === 'string' ? { format } : {}),
        ...(typeof file === 'string' ? { file: displayText(file) } : {}),
        ...(typeof rowId === 'string' ? { id: displayText(rowId) } : {}),
      };
    },
  );

  place.quality = checkQuality(item.quality, !place.date_maj, note);
  return place as unknown as Place;
}

/**
 * What is known of the place's data. A missing or wrong flag is what a reader would say of it:
 * no date is an unknown and stale one; a position that is not one of `POSITION_PRECISIONS` is
 * the town's (shown as approximate).
 */
function checkQuality(value: unknown, undated: boolean, note: Note): Place['quality'] {
  const q = isObject(value) ? value : {};
  const flag = (name: string, otherwise: boolean) => (typeof q[name] === 'boolean' ? q[name] : otherwise);
  const position = (POSITION_PRECISIONS as readonly unknown[]).includes(q.position)
    ? (q.position as Place['quality']['position'])
    : 'town';
  if (position !== q.position || QUALITY_FLAGS.some((name) => typeof q[name] !== 'boolean'))
    note('quality is missing a field or has a wrong one: the cautious value used');
  const uncertainty = q.positionUncertaintyKm;
  return {
    approximateCoordinates: flag('approximateCoordinates', position === 'town'),
    position,
    ...(typeof uncertainty === 'number' && uncertainty >= 0 && Number.isFinite(uncertainty)
      ? { positionUncertaintyKm: uncertainty }
      : {}),
    unknownDate: flag('unknownDate', undated),
    stale: flag('stale', undated),
    unparsedHours: flag('unparsedHours', false),
    placeholderPivot: flag('placeholderPivot', false),
  };
}
