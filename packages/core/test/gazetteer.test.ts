import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Gazetteer } from '../src/geo/gazetteer.js';
import { needsSharedData, realGazetteer } from './helpers.js';

const names = (list: { name: string }[]) => list.map((c) => c.name);

describe('gazetteer', needsSharedData, () => {
  const g = realGazetteer();

  test('holds every commune of the source file', () => {
    assert.equal(g.communes.length, 37590);
  });

  test('postal code to communes, most specific first', () => {
    assert.deepEqual(names(g.byPostalCode('77000')), [
      'Melun',
      'Vaux-le-Pénil',
      'La Rochette',
      'Livry-sur-Seine',
    ]);
    assert.deepEqual(names(g.byPostalCode('75011')), ['Paris 11e Arrondissement', 'Paris']);
    assert.deepEqual(g.byPostalCode('99999'), []);
  });

  test('INSEE code to commune, with département and coordinates', () => {
    const c = g.byInsee('42218');
    assert.equal(c?.name, 'Saint-Étienne');
    assert.equal(c?.departement, '42');
    assert.ok(c && c.population > 170_000);
    assert.equal(g.byInsee('2A004')?.name, 'Ajaccio');
    assert.equal(g.byInsee('97411')?.departement, '974');
  });

  test('name search: accents, case, abbreviations, arrondissements', () => {
    assert.equal(g.search('st etienne')[0]?.name, 'Saint-Étienne');
    assert.equal(g.search('SAINT ETIENNE')[0]?.name, 'Saint-Étienne');
    assert.equal(g.search('paris 11')[0]?.name, 'Paris 11e Arrondissement');
    assert.equal(g.search('75011')[0]?.name, 'Paris 11e Arrondissement');
    assert.equal(g.search('lyon 3')[0]?.name, 'Lyon 3e Arrondissement');
    assert.equal(g.search('Paris')[0]?.name, 'Paris');
    assert.equal(g.search('oie')[0]?.name, "L'Oie");
    assert.equal(g.search('ste foy les')[0]?.name, 'Sainte-Foy-lès-Lyon');
    assert.deepEqual(g.search('zzzz'), []);
    const saintDenis = g.search('saint-denis', 10);
    assert.equal(new Set(saintDenis.map((c) => c.insee)).size, saintDenis.length, 'each code once');
  });

  test('postal code prefix for autocomplete', () => {
    assert.ok(g.search('770').every((c) => c.postalCodes.some((p) => p.startsWith('770'))));
  });

  test('reverse geocoding to the nearest commune centre', () => {
    assert.equal(g.nearest(48.54, 2.66)?.commune.name, 'Melun');
  });

  test('département boxes come from commune centres', () => {
    const [s, w, n, e] = g.departement('77')!.bounds;
    assert.ok(s < 48.2 && n > 49 && w < 2.5 && e > 3.4);
  });

  test('a malformed file is refused with its line', () => {
    assert.throws(() => Gazetteer.parse('not json'), /JSON header/);
    const header = JSON.stringify({
      format: 'mediation-finder-gazetteer',
      version: 1,
      attribution: '',
      departements: {},
    });
    assert.throws(() => Gazetteer.parse(`${header}\n77288\tMelun\tX`), /line 2/);
  });
});
