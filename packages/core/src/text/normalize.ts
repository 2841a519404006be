/** Text helpers shared by readers, geocoding and merging. Pure, no DOM. */

/**
 * What no displayed text keeps: C0 and C1 control characters (ESC sequences retitle or repaint a
 * terminal, U+009B is a one-character CSI) but tab and line breaks; bidirectional embeddings,
 * overrides, isolates and marks (U+202A–202E, U+2066–2069, U+200E/F, U+061C: a name with U+202E
 * reads backwards, "Mairie" shown as "eiriaM", which can pass one place off as another); and
 * invisible format characters (zero-width spaces and joiners, U+2060–2064 and U+206A–206F,
 * U+180E, the soft hyphen, the BOM, interlinear annotations, tag characters), which hide text or
 * make two names look alike.
 */
export const CONTROL_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as every reader hands it on (CSV, JSON, a dataset's shards and manifest): well formed (a
 * lone surrogate, which breaks `encodeURIComponent` and the slip's link, becomes U+FFFD) and
 * without the characters of `CONTROL_CHARS`. The one function for it, so that no reader forgets one.
 */
export function displayText(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL_CHARS, '');
}

const TAG = /<\/?[a-zA-Z!][^>]*>/g;

/** Lower case, no accents, punctuation turned to spaces, single spaces. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface CleanedText {
  value: string;
  /** What was done to the value, for the load report. */
  changes: Array<'html-removed' | 'truncated'>;
}

/**
 * Trims, removes control characters and markup, collapses whitespace and bounds the length.
 * The product never renders data as HTML; stripping tags here keeps names readable
 * ("<b>Mairie</b>" becomes "Mairie") and makes hostile values visible in the report.
 */
export function cleanText(raw: unknown, maxLength: number, multiline = false): CleanedText {
  const changes: CleanedText['changes'] = [];
  if (raw === null || raw === undefined) return { value: '', changes };
  let value = displayText(String(raw));
  if (value.length > maxLength * 4) {
    value = value.slice(0, maxLength * 4);
    changes.push('truncated');
  }
  if (/<\/?[a-zA-Z!][^>]*>/.test(value)) {
    value = value.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ').replace(TAG, ' ');
    changes.push('html-removed');
  }
  value = multiline
    ? value
        .replace(/[ \t]+/g, ' ')
        .replace(/\s*\n\s*/g, '\n')
        .trim()
    : value.replace(/\s+/g, ' ').trim();
  if (value.length > maxLength) {
    value = `${value.slice(0, maxLength - 1).trimEnd()}…`;
    if (!changes.includes('truncated')) changes.push('truncated');
  }
  return { value, changes };
}

/** Splits a multi-valued field on its separator, trims and drops empty and repeated values. */
export function splitValues(raw: unknown, separator: string): string[] {
  if (raw === null || raw === undefined) return [];
  const parts = Array.isArray(raw) ? raw.map(String) : String(raw).split(separator);
  const seen = new Set<string>();
  for (const part of parts) {
    const value = displayText(part).replace(/\s+/g, ' ').trim();
    if (value) seen.add(value);
  }
  return [...seen];
}

/** `http(s)` links only; a bare domain gets `https://`. Anything else (javascript:, data:…) is null. */
export function normalizeUrl(raw: string): string | null {
  let value = raw.trim();
  if (!value) return null;
  if (/^www\.|^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(value) && !/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    value = `https://${value}`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname.includes('.') || url.username || url.password) return null;
  return url.href;
}

/**
 * An e-mail address and nothing else: it becomes a `mailto:` link, where `?`, `&`, `=` or `%`
 * would add headers (`x?bcc=someone@…` sends a hidden copy) and a comma another recipient. The
 * local part keeps what addresses of public services use: letters, digits, dots, `_`, `+`, `-`
 * and the apostrophe of a name (dots where they fall: real addresses end their local part with one).
 */
const EMAIL =
  /^[a-z0-9._+'-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/** Whether `value` is an e-mail address as `EMAIL` says, at most 254 characters. */
export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && EMAIL.test(value);
}

export function normalizeEmail(raw: string): string | null {
  const value = raw.trim().replace(/^mailto:/i, '');
  return isEmailAddress(value) ? value.toLowerCase() : null;
}

/**
 * Overseas numbers dialled from France start with these prefixes; they map to the country codes
 * the standard accepts. Order matters: the first matching prefix wins.
 */
const OVERSEAS_PREFIXES: Array<[string, string]> = [
  ['0590', '+590'],
  ['0690', '+590'],
  ['0594', '+594'],
  ['0694', '+594'],
  ['0596', '+596'],
  ['0696', '+596'],
  ['0262', '+262'],
  ['0263', '+262'],
  ['0269', '+262'],
  ['0639', '+262'],
  ['0692', '+262'],
  ['0693', '+262'],
];

const STANDARD_PHONE = /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)\d{6,9}$/;

/**
 * Country codes whose numbers are dialled in France with a 0 and nine digits (metropolitan France
 * and the overseas départements): +594 594 24 91 65 is written 05 94 24 91 65.
 */
const TEN_DIGIT_CODES = ['+33', '+590', '+594', '+596', '+262'];

/**
 * A phone number in the standard's international form, as people in France write and dial it:
 * "01 60 56 55 20", "05 94 24 91 65"; the collectivities with their own numbering (Nouvelle-
 * Calédonie, Polynésie, Wallis-et-Futuna, Saint-Pierre-et-Miquelon) in pairs behind their code
 * ("+687 27 31 15"), as they are dialled from anywhere else. Anything else is returned as given.
 */
export function displayPhone(international: string): string {
  const pairs = (digits: string) => digits.replace(/(\d{2})(?=\d)/g, '$1 ');
  const ten = TEN_DIGIT_CODES.find((code) => international.startsWith(code));
  if (ten && /^\d{9}$/.test(international.slice(ten.length)))
    return pairs(`0${international.slice(ten.length)}`);
  const own = /^\+(687|689|681|508)(\d{6,8})$/.exec(international);
  if (own) return `+${own[1]} ${pairs(own[2] as string)}`;
  return international;
}

/** French phone numbers in the standard's international form (+33…), or null. */
export function normalizePhone(raw: string): string | null {
  const digits = raw.replace(/[\s.\-()/]/g, '').replace(/^00/, '+');
  // Mayotte's numbers (0269…, 0639…) written with the Comoros' code (+269), as the annuaire
  // does: Mayotte dials +262, a Comoros number has 7 digits.
  if (/^\+269(269|639)\d{6}$/.test(digits)) return `+262${digits.slice(4)}`;
  if (STANDARD_PHONE.test(digits)) return digits.replace(/^\+330/, '+33');
  if (/^\+330\d{9}$/.test(digits)) return `+33${digits.slice(4)}`;
  if (!/^0\d{9}$/.test(digits)) return null;
  for (const [prefix, code] of OVERSEAS_PREFIXES) {
    if (digits.startsWith(prefix)) return `${code}${digits.slice(1)}`;
  }
  return `+33${digits.slice(1)}`;
}
