/**
 * Names and addresses some files write all in capitals ("MAIRIE DE MELUN", "12 RUE DE LA GARE"):
 * capitals are read letter by letter by some screen readers and are harder to read for everyone,
 * so they are shown in the usual case ("Mairie de Melun", "12 rue de la Gare"). A value with any
 * lower-case letter is the publisher's own writing and stays as it is.
 */

/** Acronyms that stay in capitals: bodies, kinds of places, legal names (CAF, CCAS, MSA…). */
const ACRONYMS = new Set(
  (
    'ADIL ALS ANEF ANTS APA APL ASPA BIJ BP CAF CARSAT CCAS CDAD CEDEX CGSS CH CHU CIAS CIDFF CIO CLIC ' +
    'CMP CMS CPAM CPF CROUS CS CSC CSAPA EHPAD EPN MDA MDPH MDS MFS MJC MSA MSAP PAD PAEJ PIJ PIMMS PMI ' +
    'RSA SIAO SNCF UDAF URSSAF ZA ZAC ZI'
  ).split(' '),
);

/** Words written in lower case inside a name: "Saint-Germain-des-Prés", "Mairie de la Gare". */
const PARTICLES = new Set('à au aux d de des du en et l la le les sur sous'.split(' '));

/** Kinds of street, lower case after a street number: "12 rue de la Gare". */
const STREETS = new Set(
  'allée avenue bd boulevard chemin cité cours impasse passage place quai route rue square voie'.split(' '),
);

/** Roman numerals ("LOUIS XIV", "PARIS XII"), not words made of their letters ("CIVIL"). */
const ROMAN = /^(?=[IVX]{2})X{0,3}(IX|IV|V?I{0,3})$/;

function word(token: string, first: boolean, afterNumber: boolean): string {
  if (ACRONYMS.has(token) || ROMAN.test(token)) return token;
  const lower = token.toLowerCase();
  if (!first && (PARTICLES.has(lower) || (afterNumber && STREETS.has(lower)))) return lower;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** `text` in the usual case when it is written all in capitals; otherwise unchanged. */
export function readableCase(text: string): string {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{2}/u.test(text)) return text;
  let first = true;
  let afterNumber = false;
  // Words are runs of letters; hyphens, apostrophes, spaces and digits stand between them.
  return text.replace(/\p{L}+|\d+/gu, (token) => {
    if (/^\d/.test(token) || /^(BIS|TER|QUATER)$/.test(token)) {
      // "12 BIS RUE": the street's kind still follows a number.
      first = false;
      afterNumber = true;
      return token.toLowerCase();
    }
    const out = word(token, first, afterNumber);
    first = false;
    afterNumber = false;
    return out;
  });
}
