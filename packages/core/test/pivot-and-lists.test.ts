import assert from 'node:assert/strict';
import { test } from 'node:test';
import { problemOf } from '../src/cli/problems.js';
import { readPlaces } from '../src/places/reader.js';
import { realGazetteer } from './helpers.js';

/** A v1 row of Saint-Brieuc with its pivot and services as given. */
function read(pivot: string, services: string) {
  const csv = [
    'id,pivot,nom,commune,code_postal,code_insee,adresse,latitude,longitude,date_maj,services,source,courriels',
    `lieu-1,${pivot},Espace numérique,Saint-Brieuc,22000,22278,3 place du Général-de-Gaulle,48.5141,-2.7603,2026-10-01,"${services}",Ville,contact@example.org`,
  ].join('\n');
  const report = readPlaces(csv, { file: 'lieux.csv', gazetteer: realGazetteer() });
  return { place: report.places[0], warnings: report.warnings.flatMap((w) => w.messages) };
}

test('a SIRET whose check digit is wrong is said (kept as given); a right one, La Poste’s and an RNA are not', () => {
  // A data manager's typo passed the standard's pattern (9 to 14 letters or digits) unsaid.
  const wrong = read('12345678901234', 'Aide aux démarches administratives');
  assert.equal(wrong.place?.pivot, '12345678901234');
  const said = wrong.warnings.find((w) => /check digit/.test(w));
  assert.ok(said, wrong.warnings.join(' | '));
  assert.equal(problemOf(said)?.code, 'invalid-pivot');
  for (const right of ['43493312300029', '35600000000001', 'W751234567']) {
    const { warnings } = read(right, 'Aide aux démarches administratives');
    assert.ok(!warnings.some((w) => /SIRET/.test(w)), `${right}: ${warnings.join(' | ')}`);
  }
});

test('services separated by commas are read, and the separator is named', () => {
  const { place, warnings } = read(
    '43493312300029',
    'Aide aux démarches administratives, Maîtrise des outils numériques du quotidien',
  );
  assert.deepEqual(place?.services, [
    'Aide aux démarches administratives',
    'Maîtrise des outils numériques du quotidien',
  ]);
  const said = warnings.find((w) => /separated by ","/.test(w));
  assert.ok(said, warnings.join(' | '));
  assert.equal(problemOf(said)?.code, 'wrong-separator');
  // A value that is no list of known values stays unknown.
  const unknown = read('43493312300029', 'Aide, ou pas');
  assert.ok(
    unknown.warnings.some((w) => /^unknown services value/.test(w)),
    unknown.warnings.join(' | '),
  );
});
