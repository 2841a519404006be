import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * docs/accessibilite.md stays true as the code changes: every RGAA 4.1 criterion once, with a
 * status, the rate computed from them, and every test it cites still there under that name.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const statement = readFileSync(join(ROOT, 'docs/accessibilite.md'), 'utf8');

/** Criteria per theme in RGAA 4.1 (RGAA/4.1/criteres.json, DISIC, Licence Ouverte 2.0): 106. */
const CRITERIA_PER_THEME = [9, 2, 3, 13, 8, 2, 5, 10, 4, 14, 13, 11, 12];

const rows = [...statement.matchAll(/^\|\s*(\d+\.\d+)\s*\|\s*([^|]+?)\s*\|\s*(.+?)\s*\|$/gm)].map((m) => ({
  criterion: m[1],
  status: m[2].trim(),
  proof: m[3],
}));

test('every RGAA 4.1 criterion is assessed once, as C, NC or NA, with its proof', () => {
  const expected = CRITERIA_PER_THEME.flatMap((count, theme) =>
    Array.from({ length: count }, (_, i) => `${theme + 1}.${i + 1}`),
  );
  assert.deepEqual(
    rows.map((r) => r.criterion),
    expected,
  );
  for (const row of rows) {
    assert.ok(['C', 'NC', 'NA'].includes(row.status), `${row.criterion}: ${row.status}`);
    assert.ok(row.proof.trim().length > 10, `${row.criterion}: no proof`);
    assert.doesNotMatch(row.proof, /\b[A-Z]+_[A-Z_]+\b/, `${row.criterion}: a placeholder is left`);
  }
});

test('the rate is computed from the table, and every non-conformity is explained', () => {
  const count = (status) => rows.filter((r) => r.status === status).length;
  const [c, nc, na] = [count('C'), count('NC'), count('NA')];
  const rate = Math.round((1000 * c) / (c + nc)) / 10;
  const line = `Taux de conformité : ${String(rate).replace('.', ',')} % (${c} critères conformes sur ${c + nc} applicables ; ${na} non applicables).`;
  assert.ok(statement.includes(line), `expected the line: ${line}`);
  const section = statement.split('## Non-conformités')[1]?.split('\n## ')[0] ?? '';
  for (const row of rows.filter((r) => r.status === 'NC'))
    assert.ok(section.includes(`**${row.criterion}**`), `${row.criterion} not explained`);
});

test('every test the statement cites exists under that name', () => {
  const cited = [...statement.matchAll(/`([\w./-]+\.test\.(?:mjs|ts))` « ([^»]+) »/g)];
  assert.ok(cited.length >= 30, `${cited.length} tests cited`);
  for (const [, file, title] of cited) {
    const path = join(ROOT, file);
    assert.ok(existsSync(path), `${file} does not exist`);
    assert.ok(readFileSync(path, 'utf8').includes(title.trim()), `${file} has no test « ${title.trim()} »`);
  }
});
