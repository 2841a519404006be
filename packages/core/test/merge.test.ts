import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mergePlaces, nameSimilarity } from '../src/places/merge.js';
import { readReal } from './helpers.js';

describe('merging duplicates', () => {
  const all = () => [
    ...readReal('cnfs').places,
    ...readReal('dataInclusion').places,
    ...readReal('hinaura').places,
    ...readReal('franceServices').places,
  ];

  test('the real sources overlap: counts per rule', () => {
    const { places, report } = mergePlaces(all());
    assert.equal(report.input, 12273);
    assert.equal(report.output, places.length);
    assert.equal(report.merged, report.input - report.output);
    assert.ok(report.merged > 3000, `merged ${report.merged}`);
    assert.ok(report.byRule['siret-address'] > 2000);
    assert.ok(report.byRule['name-postal-code'] > 0);
    assert.ok(report.byRule['nearby-similar-name'] > 0);
    assert.equal(
      new Set(places.flatMap((p) => p.provenance.map((s) => `${s.file}|${s.id}`))).size,
      report.input,
    );
  });

  test('a France Services site listed by the conseillers numériques too becomes one place', () => {
    const { places } = mergePlaces(all());
    const site = places.filter((p) => p.provenance.some((s) => s.id === 'france-services-385'));
    assert.equal(site.length, 1);
    const place = site[0]!;
    assert.equal(place.nom, 'France services Mauléon-Licharre');
    assert.deepEqual(place.provenance.map((s) => s.format).sort(), ['france-services', 'legacy-v0']);
    assert.ok(place.dispositif_programmes_nationaux.includes('France Services'));
    assert.ok(place.dispositif_programmes_nationaux.includes('Conseillers numériques'));
    // The France Services list is newer (2024): it leads; the CNFS row adds its other name's
    // services. Neither source gives a SIRET here.
    assert.equal(place.date_maj, '2024-08-01');
    assert.equal(place.quality.placeholderPivot, true);
    assert.ok(place.services.includes('Maîtrise des outils numériques du quotidien'));
  });

  test('one place from three files keeps every provenance (Mpt du Petit Charran, Valence)', () => {
    const { places } = mergePlaces(all());
    const matches = places.filter((p) => p.nom === 'Association Mpt du Petit Charran');
    assert.equal(matches.length, 1);
    assert.deepEqual(new Set(matches[0]!.provenance.map((s) => s.file)).size, 3);
  });

  test('same generic name far apart in one postal code stays two places', () => {
    const base = readReal('franceServices').places[0]!;
    const a = { ...structuredClone(base), id: 'a', nom: 'Médiathèque' };
    const b = {
      ...structuredClone(base),
      id: 'b',
      nom: 'Médiathèque',
      latitude: base.latitude + 0.05,
    };
    assert.equal(mergePlaces([a, b]).places.length, 2);
    const c = {
      ...structuredClone(base),
      id: 'c',
      nom: 'Mediatheque',
      latitude: base.latitude + 0.001,
    };
    assert.equal(mergePlaces([a, c]).places.length, 1);
  });

  test('name similarity ignores accents, case and small words', () => {
    assert.equal(nameSimilarity('France Services de Valserhône', 'FRANCE SERVICES VALSERHONE'), 1);
    assert.ok(nameSimilarity('Médiathèque de Lunel', 'Mairie de Lunel') < 0.5);
  });
});
