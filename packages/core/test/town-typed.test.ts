import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { searchTokens } from '../src/geo/gazetteer.js';
import { parseWhere, resolveLocation } from '../src/geo/resolve.js';
import { corrections, oneEditApart } from '../src/geo/spelling.js';
import { locationErrorText } from '../src/messages/notices.js';
import { needsSharedData, realGazetteer } from './helpers.js';

/** Finding the town as people type it: address-line order, arrondissements, one letter wrong. */
describe('how a town is typed', () => {
  test('a postal code first or last, with or without a comma, is the same name and code', () => {
    for (const typed of ['77000 Melun', '77000, Melun', 'Melun 77000', 'Melun, 77000', 'Melun (77000)'])
      assert.deepEqual(
        (({ name, code }) => ({ name, code }))(parseWhere(typed) as { name: string; code?: string }),
        { name: 'Melun', code: '77000' },
        typed,
      );
    assert.deepEqual(parseWhere('13001 Marseille 1er Arrondissement'), {
      kind: 'name',
      text: '13001 Marseille 1er Arrondissement',
      name: 'Marseille 1er Arrondissement',
      code: '13001',
    });
  });

  test('a bare number may be an arrondissement; in brackets, or of 3 characters, a département', () => {
    const arrondissement = (typed: string) =>
      (parseWhere(typed) as { arrondissement?: boolean }).arrondissement;
    assert.equal(arrondissement('Paris 12'), true);
    assert.equal(arrondissement('Saint-Denis 93'), true);
    for (const typed of ['Marseille (13)', 'Saint-Denis (974)', 'Saint-Denis 974', 'Melun 77000'])
      assert.equal(arrondissement(typed), undefined, typed);
  });

  test('arrondissements are written as their names write them', () => {
    assert.deepEqual(searchTokens('Paris 12ème'), ['paris', '12e']);
    assert.deepEqual(searchTokens('Lyon 1ère'), ['lyon', '1er']);
    assert.deepEqual(searchTokens('Marseille 13eme'), ['marseille', '13e']);
  });

  test('one edit: a letter missing, extra, wrong, or two neighbours swapped', () => {
    for (const [a, b] of [
      ['melum', 'melun'],
      ['mellun', 'melun'],
      ['melu', 'melun'],
      ['lyno', 'lyon'],
      ['ylon', 'lyon'],
    ])
      assert.ok(oneEditApart(a as string, b as string), `${a} ${b}`);
    for (const [a, b] of [
      ['melun', 'melun'],
      ['mlnu', 'melun'],
      ['paris', 'prias'],
      ['lyon', 'lyonnes'],
    ])
      assert.ok(!oneEditApart(a as string, b as string), `${a} ${b}`);
  });
});

describe('finding the town on the real gazetteer', needsSharedData, () => {
  const g = realGazetteer();
  const label = (typed: string) => {
    const r = resolveLocation(g, typed);
    assert.ok(r.ok, `${typed}: ${r.ok ? '' : locationErrorText(r)}`);
    return r.location.label;
  };
  const offered = (typed: string) => {
    const r = resolveLocation(g, typed);
    assert.ok(!r.ok && r.error === 'unknown-place', typed);
    return r.candidates?.map((c) => `${c.name} (${c.postalCodes[0]})`);
  };

  test('"77000 Melun", the way address lines and the finder’s labels write it, is Melun', () => {
    for (const typed of ['77000 Melun', '77000, Melun', 'Melun 77000', 'Melun, 77000', 'melun (77000)'])
      assert.equal(label(typed), 'Melun (77000)', typed);
    // The finder's own label of a postal code's search, typed back.
    assert.equal(label('13001 Marseille 1er Arrondissement'), 'Marseille 1er Arrondissement (13001)');
  });

  test('a suggestion is never contradicted: "Paris 12" is the arrondissement it suggests', () => {
    for (const [typed, expected] of [
      ['Paris 12', 'Paris 12e Arrondissement (75012)'],
      ['Paris 12e', 'Paris 12e Arrondissement (75012)'],
      ['paris 12ème', 'Paris 12e Arrondissement (75012)'],
      ['Lyon 3', 'Lyon 3e Arrondissement (69003)'],
      ['Marseille 13', 'Marseille 13e Arrondissement (13013)'],
      ['75012 Paris', 'Paris 12e Arrondissement (75012)'],
      ['Paris 75012', 'Paris 12e Arrondissement (75012)'],
      ['13008 Marseille', 'Marseille 8e Arrondissement (13008)'],
    ]) {
      assert.equal(label(typed as string), expected, typed);
      // What the place field shows first is where the search goes.
      const first = g.suggest(typed as string, 8)[0]?.commune;
      if (!/\d{5}/.test(typed as string))
        assert.equal(`${first?.name} (${first?.postalCodes[0]})`, expected, typed);
    }
    // A number in brackets, or that no arrondissement has, is a département.
    assert.equal(label('Marseille (13)'), 'Marseille (13001)');
    assert.equal(label('Saint-Denis 93'), 'Saint-Denis (93200)');
  });

  test('one letter wrong is offered, never taken: "Vouliez-vous dire Melun (77000) ?"', () => {
    assert.deepEqual(offered('Melum'), ['Melun (77000)']);
    assert.deepEqual(offered('Mellun'), ['Melun (77000)']);
    assert.deepEqual(offered('Marseile'), ['Marseille (13001)']);
    assert.deepEqual(offered('Fontainbleau'), ['Fontainebleau (77300)']);
    assert.deepEqual(offered('Melum 77000'), ['Melun (77000)']);
    assert.deepEqual(offered('Loyn'), ['Lyon (69001)']);
    assert.deepEqual(offered('St-Etiene'), ['Saint-Étienne (42000)']);
    assert.deepEqual(offered('Choisy-ae-Roi'), ['Choisy-le-Roi (94600)']);
    // Missing accents and hyphens, and "St", are no slip at all.
    assert.equal(label('Chalon sur Saone'), 'Chalon-sur-Saône (71100)');
    assert.equal(label('Ste Maxime'), 'Sainte-Maxime (83120)');
    // Namesakes are offered together, to choose where one lives.
    assert.equal(offered('Sant-Denis')?.length, 3);
    const melum = resolveLocation(g, 'Melum');
    assert.ok(!melum.ok);
    assert.equal(
      locationErrorText(melum),
      'Aucune commune ne s’appelle « Melum ». Vouliez-vous dire Melun (77000) ?',
    );
    assert.equal(locationErrorText(melum, true), 'Aucune commune ne s’appelle « Melum ».');
    // A code that the name's communes do not have is no slip to correct: nothing is offered.
    assert.deepEqual(offered('Melun 93'), undefined);
    assert.deepEqual(offered('Xyzzyville'), undefined);
  });

  test('corrections keep the first two or last two letters, or both ends of a short word', () => {
    const spelling = g.spelling();
    assert.ok(corrections('melum', spelling).includes('melun'));
    assert.ok(corrections('nelun', spelling).includes('melun'), 'first letter wrong');
    assert.ok(corrections('lyno', spelling).includes('lyon'), 'last two swapped');
    assert.ok(corrections('loyn', spelling).includes('lyon'), 'middle two swapped');
    for (const word of corrections('marseile', spelling)) assert.ok(oneEditApart(word, 'marseile'), word);
  });
});
