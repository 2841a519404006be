import { portalHosts } from '@mediation-finder/core/portals';

/**
 * What the extension remembers, in storage.local. Nothing about the people helped: only the
 * worker's own preferences, the sites where prompts were dismissed, and partner places (public
 * data). Validated on every read; a bad or older value falls back to the default, field by field.
 */
export const SETTINGS_VERSION = 1;

export interface Favourite {
  id: string;
  nom: string;
  adresse: string;
  telephone?: string;
}

/** The worker's own details, printed on every slip ("Orienté par …"). About the worker only. */
export interface Worker {
  name: string;
  structure: string;
  phone: string;
  /** Opening hours, how to reach them… */
  note: string;
}

export const WORKER_LIMITS: Record<keyof Worker, number> = { name: 80, structure: 120, phone: 20, note: 200 };

export interface Settings {
  version: typeof SETTINGS_VERSION;
  homePostalCode: string;
  /** km; null lets the finder widen the search by itself. */
  radiusKm: number | null;
  /** '' follows the browser. */
  language: '' | 'fr' | 'en' | 'ar' | 'es' | 'uk' | 'fr-x-falc';
  /** Portal host → prompts shown there. */
  portals: Record<string, boolean>;
  mode: 'citizen' | 'worker';
  /** A dataset URL (built by the CLI) replacing the data shipped with the extension; '' for none. */
  datasetUrl: string;
  favourites: Favourite[];
  /** Portal host → "not now" was chosen there. */
  dismissed: Record<string, boolean>;
  worker: Worker;
  /**
   * The public page (https) where the worker's institution shows the finder with `share`: the
   * slip's link, e-mail and QR code point there. '' for none: no link is offered.
   */
  finderPage: string;
}

export const LANGUAGES: Settings['language'][] = ['', 'fr', 'en', 'ar', 'es', 'uk', 'fr-x-falc'];

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    homePostalCode: '',
    radiusKm: null,
    language: '',
    portals: Object.fromEntries(portalHosts().map((host) => [host, true])),
    mode: 'citizen',
    datasetUrl: '',
    favourites: [],
    dismissed: {},
    worker: { name: '', structure: '', phone: '', note: '' },
    finderPage: '',
  };
}

const isRecordOfBooleans = (value: unknown): value is Record<string, boolean> =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'boolean');

export function isSafeDatasetUrl(value: string): boolean {
  try {
    const url = new URL(value);
    // No user name nor password in an address that is printed, shared and put in QR codes.
    if (url.username || url.password) return false;
    return (
      url.protocol === 'https:' ||
      (url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost'))
    );
  } catch {
    return false;
  }
}

/** A phone number as people write it: digits, spaces, dots, dashes, a leading +, parentheses. */
export const isPhone = (value: string): boolean => value === '' || /^\+?[\d\s.()-]{4,20}$/.test(value);

/** One line of text, at most `max` characters, no control character (it is printed as is). */
const isLine = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max && !/\p{Cc}/u.test(value);

/** The public finder page: https only (plain http on this machine, for tests), never an extension page. */
export const isFinderPage = (value: string): boolean => value === '' || isSafeDatasetUrl(value);

/** Keeps each valid field of a stored value, and the default for the others. */
export function validateSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!raw || typeof raw !== 'object') return settings;
  const r = raw as Record<string, unknown>;
  if (typeof r.homePostalCode === 'string' && /^(\d{5})?$/.test(r.homePostalCode))
    settings.homePostalCode = r.homePostalCode;
  if (r.radiusKm === null || (typeof r.radiusKm === 'number' && r.radiusKm > 0 && r.radiusKm <= 200))
    settings.radiusKm = r.radiusKm;
  if (LANGUAGES.includes(r.language as Settings['language']))
    settings.language = r.language as Settings['language'];
  if (isRecordOfBooleans(r.portals)) settings.portals = { ...settings.portals, ...r.portals };
  if (r.mode === 'citizen' || r.mode === 'worker') settings.mode = r.mode;
  if (typeof r.datasetUrl === 'string' && (r.datasetUrl === '' || isSafeDatasetUrl(r.datasetUrl)))
    settings.datasetUrl = r.datasetUrl;
  if (Array.isArray(r.favourites)) {
    settings.favourites = r.favourites
      .filter(
        (f): f is Favourite =>
          !!f && typeof f.id === 'string' && typeof f.nom === 'string' && typeof f.adresse === 'string',
      )
      .slice(0, 100)
      .map(({ id, nom, adresse, telephone }) => ({
        id,
        nom,
        adresse,
        ...(typeof telephone === 'string' ? { telephone } : {}),
      }));
  }
  if (isRecordOfBooleans(r.dismissed)) settings.dismissed = r.dismissed;
  if (r.worker && typeof r.worker === 'object') {
    const w = r.worker as Record<string, unknown>;
    for (const key of Object.keys(WORKER_LIMITS) as (keyof Worker)[]) {
      const value = w[key];
      if (isLine(value, WORKER_LIMITS[key]) && (key !== 'phone' || isPhone(value)))
        settings.worker[key] = value.trim();
    }
  }
  if (typeof r.finderPage === 'string' && isFinderPage(r.finderPage)) settings.finderPage = r.finderPage;
  return settings;
}

/** The worker as the slip prints them: "Marie Martin, France Services de Melun, 01 60 00 00 00 (lundi–vendredi 9 h–17 h)". */
export function referrerOf({ name, structure, phone, note }: Worker): string {
  const who = [name, structure, phone].filter(Boolean).join(', ');
  return note ? `${who} (${note})`.trim() : who;
}

/** The storage area this module needs (browser.storage.local, or a stand-in in tests). */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'settings';

export async function loadSettings(storage: StorageArea): Promise<Settings> {
  return validateSettings((await storage.get(KEY))[KEY]);
}

export async function saveSettings(storage: StorageArea, changes: Partial<Settings>): Promise<Settings> {
  const next = validateSettings({ ...(await loadSettings(storage)), ...changes, version: SETTINGS_VERSION });
  await storage.set({ [KEY]: next });
  return next;
}
