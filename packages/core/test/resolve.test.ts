import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveLocation } from '../src/geo/resolve.js';
import { realGazetteer } from './helpers.js';

describe('resolving what a person typed', () => {
  const g = realGazetteer();
  const ok = (text: string) => {
    const r = resolveLocation(g, text);
    assert.ok(r.ok, `${text}: ${r.ok ? '' : r.message.en}`);
    return r.location;
  };
  const fails = (text: string) => {
    const r = resolveLocation(g, text);
    assert.ok(!r.ok, text);
    return r;
  };

  test('postal codes, towns, arrondissements, coordinates', () => {
    assert.equal(ok('77000').label, '77000 Melun');
    assert.equal(ok('Melun').label, 'Melun (77000)');
    assert.equal(ok('st etienne').label, 'Saint-Étienne (42000)');
    assert.equal(ok('75011').label, '75011 Paris 11e Arrondissement');
    assert.equal(ok('Saint-Denis 93').label, 'Saint-Denis (93200)');
    assert.equal(ok('Saint-Denis (974)').label, 'Saint-Denis (97400)');
    assert.equal(ok('48.54,2.66').label, 'près de Melun');
  });

  test('every failure is specific', () => {
    assert.equal(fails('').error, 'empty');
    assert.equal(fails('7700').error, 'invalid-postal-code');
    const unknown = fails('99999');
    assert.equal(unknown.error, 'unknown-postal-code');
    assert.equal(unknown.message.fr, 'Le code postal 99999 ne correspond à aucune commune.');
    assert.equal(fails('Xyzzyville').error, 'unknown-place');
    const ambiguous = fails('Saint-Denis');
    assert.equal(ambiguous.error, 'ambiguous');
    assert.ok((ambiguous.candidates?.length ?? 0) >= 2);
    assert.match(ambiguous.message.fr, /Précisez le code postal/);
    assert.equal(fails('95,200').error, 'invalid-coordinates');
  });
});
