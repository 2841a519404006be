import { CONTROL_CHARS } from '../text/normalize.js';
import { LIST_FIELDS } from './fields.js';
import type { Place } from './place.js';

/**
 * Places read back from a published dataset (the shards `mediation-finder build` writes), checked
 * again where they are shown: the dataset may be a third party's, hand-edited, or built by an
 * older version. A place without a name, an id or a believable position is dropped; a link that
 * is not plain http(s), an email or phone number that is not one, is removed; control and
 * bidirectional characters are removed from what a person reads. Hand-written rather than the
 * reader's schema, to keep the widget's first script small.
 */
export function checkPublishedPlaces(value: unknown): { places: Place[]; dropped: number } {
  if (!Array.isArray(value)) return { places: [], dropped: 0 };
  const places: Place[] = [];
  for (const item of value) {
    const place = checkPlace(item);
    if (place) places.push(place);
  }
  return { places, dropped: value.length - places.length };
}

const TEXTS = [
  'nom',
  'commune',
  'adresse',
  'complement_adresse',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'structure_parente',
] as const;
const LISTS = [...LIST_FIELDS, 'restrictedTo'] as const;
const LINKS = ['prise_rdv', 'fiche_acces_libre'] as const;

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
const PHONE = /^\+?\d{3,15}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const clean = (v: string) => v.replace(CONTROL_CHARS, '');

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

function checkPlace(item: unknown): Place | null {
  if (!isObject(item)) return null;
  const { id, nom, latitude, longitude, quality, capabilities, claims, provenance } = item;
  if (typeof id !== 'string' || !id || typeof nom !== 'string' || !clean(nom).trim()) return null;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) return null;
  if (!isObject(quality) || !isObject(capabilities) || !Array.isArray(claims) || !Array.isArray(provenance))
    return null;
  const place: Record<string, unknown> = { ...item };
  for (const field of TEXTS) {
    const v = place[field];
    if (typeof v === 'string') place[field] = clean(v);
    else if (v !== undefined) delete place[field];
  }
  for (const field of LISTS) {
    const v = place[field];
    place[field] = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map(clean) : [];
  }
  place.site_web = (place.site_web as string[]).filter(isWebLink);
  place.courriels = (place.courriels as string[]).filter((e) => EMAIL.test(e));
  for (const field of LINKS) if (place[field] !== undefined && !isWebLink(place[field])) delete place[field];
  if (place.telephone !== undefined && !(typeof place.telephone === 'string' && PHONE.test(place.telephone)))
    delete place.telephone;
  for (const field of ['commune', 'adresse', 'code_postal', 'pivot'] as const)
    place[field] = typeof place[field] === 'string' ? clean(place[field]) : '';
  // A date is a date: anything else (an object, a reversed string) is an unknown date.
  if (place.date_maj !== undefined && !(typeof place.date_maj === 'string' && DATE.test(place.date_maj)))
    delete place.date_maj;
  place.claims = claims.filter(isObject);
  place.provenance = provenance.filter((p) => isObject(p) && typeof p.source === 'string');
  return place as unknown as Place;
}
