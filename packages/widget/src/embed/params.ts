import { DIFFICULTIES, SITUATIONS } from '@mediation-finder/core';
import { LOCALES } from '@mediation-finder/core/messages';
import { PROCEDURE_IDS } from '../finder/generated/catalogue.js';

/**
 * `embed.html`'s URL parameters, checked one by one: the finder's attributes they may set, and a
 * warning for each one left out (unknown, or a value the finder could not use). A link to the page
 * is written by anyone: a value only ever becomes an attribute, never HTML, and the data comes
 * from the page's own origin only (another server's places shown under the institution's address
 * would be someone else's words in its name).
 */
export interface EmbedSettings {
  attributes: Record<string, string>;
  warnings: string[];
}

type Check = (value: string, here: URL) => string | null;

/** One of the values, whatever its case (`lang=EN`, `theme=DSFR`: every value is lower case). */
const oneOf =
  (values: readonly string[]): Check =>
  (value) => {
    const lower = value.trim().toLowerCase();
    return values.includes(lower) ? lower : null;
  };

const number =
  (min: number, max: number, integer = false): Check =>
  (value) => {
    const n = Number(value);
    return value.trim() !== '' &&
      Number.isFinite(n) &&
      n >= min &&
      n <= max &&
      (!integer || Number.isInteger(n))
      ? String(n)
      : null;
  };

/** A folder or file on the page's own origin (relative, or absolute on it). */
const sameOrigin: Check = (value, here) => {
  try {
    const url = new URL(value, here);
    return url.origin === here.origin ? value : null;
  } catch {
    return null;
  }
};

const situations: Check = (value) => {
  const named = value.split(/[\s,]+/).filter(Boolean);
  return named.length && named.every((s) => (SITUATIONS as readonly string[]).includes(s))
    ? named.join(' ')
    : null;
};

/** Each parameter, named as the attribute it sets, and how its value is checked. */
export const PARAMETERS: Readonly<Record<string, Check>> = {
  procedure: oneOf(PROCEDURE_IDS),
  difficulty: oneOf(DIFFICULTIES),
  'postal-code': (value) => (/^\d{5}$/.test(value.trim()) ? value.trim() : null),
  latitude: number(-90, 90),
  longitude: number(-180, 180),
  radius: number(1, 200),
  lang: oneOf(LOCALES),
  theme: oneOf(['dsfr']),
  limit: number(1, 50, true),
  layout: oneOf(['full', 'compact']),
  map: oneOf(['on', 'off']),
  situations,
  // Départements, INSEE codes, SIREN numbers: digits, Corsica's letters, separators.
  territory: (value) => (/^[\dABab\s,;]{2,600}$/.test(value) && /\d/.test(value) ? value.trim() : null),
  src: sameOrigin,
  'data-url': sameOrigin,
};

/**
 * What the institution says in its own name, which a link written by anyone must never set: who
 * orients (`referrer`, printed on the slip: a premium-rate number), where the slip's link and QR
 * code lead (`share-url`: a look-alike site), the map's pictures and their credit (`tiles`,
 * `tiles-attribution`). A site that needs them shows the finder with the script tag, or writes
 * them on the <mediation-finder> of its own copy of embed.html (the page keeps them).
 */
const INSTITUTION_ONLY = new Set(['referrer', 'share-url', 'tiles', 'tiles-attribution']);

/** Parameters that identify the frame to its parent page, not settings of the finder. */
const FRAME_PARAMETERS = new Set(['frame']);

export function embedSettings(here: URL): EmbedSettings {
  const attributes: Record<string, string> = {};
  const warnings: string[] = [];
  for (const [name, value] of here.searchParams) {
    if (FRAME_PARAMETERS.has(name)) continue;
    if (INSTITUTION_ONLY.has(name)) {
      warnings.push(
        `parameter ${name} cannot be set by a link (anyone can write one): ignored; set it in your copy of embed.html or use the script tag`,
      );
      continue;
    }
    const check = Object.hasOwn(PARAMETERS, name) ? PARAMETERS[name] : undefined;
    if (!check) {
      warnings.push(`unknown parameter "${name}": ignored (known: ${Object.keys(PARAMETERS).join(', ')})`);
      continue;
    }
    const checked = check(value, here);
    if (checked === null) warnings.push(`parameter ${name}="${value}" cannot be used: ignored`);
    else attributes[name] = checked;
  }
  // A position needs both halves.
  if ('latitude' in attributes !== 'longitude' in attributes) {
    for (const half of ['latitude', 'longitude']) {
      if (half in attributes)
        warnings.push(`parameter ${half} without the other half of the position: ignored`);
      delete attributes[half];
    }
  }
  return { attributes, warnings };
}
