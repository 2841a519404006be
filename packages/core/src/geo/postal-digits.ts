/**
 * What a postal code's digits tell without any file: its départements. Its own module, with no
 * imports, so that the widget's first script can name a preset's files before the rest of the
 * finder has arrived.
 */

/** A postal code of France's départements (01–95, Corsica's 20, 971–974 and 976): never "00000" or "96…". */
const POSTAL_CODE = /^(?:(?:0[1-9]|[1-8]\d|9[0-5])\d{3}|97[1-46]\d{2})$/;

/** The départements a postal code's digits tell: "77000" → 77, "20000" → 2A and 2B, "97300" → 973. */
export function departementsOfPostalDigits(code: string): string[] {
  if (code.startsWith('20')) return ['2A', '2B'];
  return /^9[78]/.test(code) ? [code.slice(0, 3)] : [code.slice(0, 2)];
}

/**
 * The départements' gazetteer files a postal code's communes are in as far as its digits tell (the
 * index also knows codes used across a border, "01200"), none when no département has such a code.
 */
export const departementFilesOfPostalDigits = (code: string): string[] =>
  POSTAL_CODE.test(code)
    ? departementsOfPostalDigits(code).map((departement) => `gazetteer/${departement}.tsv`)
    : [];

/** Digits of a postal code that name its gazetteer file (see `GazetteerShardIndex.postal`). */
export const POSTAL_FILE_DIGITS = 3;

/** The gazetteer folder's file of the postal codes starting with `digits` ("770": `postal/770.tsv`). */
export const postalFileName = (digits: string): string => `postal/${digits}.tsv`;

/**
 * The gazetteer file of a postal code's communes (`gazetteer/postal/770.tsv` for "77000"), in a
 * gazetteer folder that has postal codes' files; none when no département has such a code.
 */
export const gazetteerFilesOfPostalDigits = (code: string): string[] =>
  POSTAL_CODE.test(code) ? [`gazetteer/${postalFileName(code.slice(0, POSTAL_FILE_DIGITS))}`] : [];
