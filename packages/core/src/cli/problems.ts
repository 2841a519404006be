/**
 * The reasons a row is rejected or warned about, as codes a report groups by and says in the
 * data manager's language (`problemLabel`, `problemFix` in messages/report.ts), each with the
 * column to look at. The reader keeps its own sentences (report.json, `validate --json`): they
 * quote the row's value; this table tells each sentence's reason from its words, in the order
 * below (the first that matches). `test/reports.test.ts` checks that every sentence the hostile
 * fixtures draw from the reader has a code of its own.
 */
export const PROBLEM_CODES = [
  // Rejections
  'unknown-format',
  'broken-row',
  'missing-name',
  'test-row',
  'missing-address',
  'invalid-postal-code',
  'missing-commune',
  'impossible-coordinates',
  'position-unknown',
  'superseded',
  'invalid-field',
  // Warnings: the row is published, something was fixed or left out
  'placeholder-pivot',
  'invalid-pivot',
  'missing-date',
  'bad-date',
  'missing-id',
  'invalid-contact',
  'unread-hours',
  'text-cleaned',
  'bad-encoding',
  'unknown-value',
  'wrong-separator',
  'unconfirmed-france-services',
  'location-fixed',
  'coordinates-fixed',
  'same-id',
  'other',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  code: ProblemCode;
  /** The column to look at, when one is named. */
  column: string;
}

/** Sentence → reason, and the column (a fixed one, or the one the sentence names: `$1`). */
const PATTERNS: Array<[RegExp, ProblemCode, string]> = [
  [/^unknown format$/, 'unknown-format', ''],
  [/columns instead of|broken CSV quoting|^not an object$|nested more than/, 'broken-row', ''],
  [/^missing name \(nom\)$/, 'missing-name', 'nom'],
  [/^a test row, not a place/, 'test-row', 'nom'],
  [/^name is \d+ characters long/, 'invalid-field', 'nom'],
  [/^missing address \(adresse\)$/, 'missing-address', 'adresse'],
  [/^invalid postal code/, 'invalid-postal-code', 'code_postal'],
  [/^missing commune$/, 'missing-commune', 'commune'],
  [/^impossible coordinates/, 'impossible-coordinates', 'latitude'],
  [/^no coordinates/, 'position-unknown', 'latitude'],
  [/France Services list replaces/, 'superseded', 'type'],
  [/^placeholder SIRET/, 'placeholder-pivot', 'pivot'],
  [/^invalid SIRET\/RNA/, 'invalid-pivot', 'pivot'],
  [/^date_maj missing/, 'missing-date', 'date_maj'],
  [/date_maj/, 'bad-date', 'date_maj'],
  [/^missing id:/, 'missing-id', 'id'],
  [/^invalid phone number/, 'invalid-contact', 'telephone'],
  [/^invalid email/, 'invalid-contact', 'courriels'],
  [/^unsafe or invalid link in (\w+)/, 'invalid-contact', '$1'],
  [/opening hours|annuaire hours/, 'unread-hours', 'horaires'],
  [/^markup removed from (\w+)/, 'text-cleaned', '$1'],
  [/^(\w+) cut to \d+ characters/, 'text-cleaned', '$1'],
  [/^badly encoded bytes/, 'bad-encoding', ''],
  [/^unknown thematique/, 'unknown-value', 'thematiques'],
  [/^unknown (\w+) value/, 'unknown-value', '$1'],
  [/^(\w+) values separated by/, 'wrong-separator', '$1'],
  [/^annuaire type .* is not classified/, 'unknown-value', 'type'],
  [/^"France Services" .* not confirmed/, 'unconfirmed-france-services', 'typologie'],
  [/^(postal code|missing commune filled)/, 'location-fixed', 'code_postal'],
  [/INSEE code/, 'location-fixed', 'code_insee'],
  [/latitude|longitude|coordinates|position approximate/, 'coordinates-fixed', 'latitude'],
  [/share the id|is shared with another place/, 'same-id', 'id'],
];

/** A schema's own sentence: "telephone: Invalid string". */
const FIELD_ISSUE = /^([a-z_]+)(?:\.[\w.]+)?: /;

export function problemOf(message: string): Problem {
  for (const [pattern, code, column] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return { code, column: column.startsWith('$') ? (match[1] ?? '') : column };
  }
  const field = FIELD_ISSUE.exec(message);
  if (field) return { code: 'invalid-field', column: field[1] ?? '' };
  return { code: 'other', column: '' };
}
