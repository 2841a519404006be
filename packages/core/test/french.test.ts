import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reasonText } from '../src/messages/labels.js';
import { contractFrench } from '../src/text/french.js';
import { realGazetteer } from './helpers.js';

test('French contracts « de » and « à » with the article that begins a town’s name', () => {
  assert.equal(contractFrench('les habitants de Le Mans', 'fr'), 'les habitants du Mans');
  assert.equal(contractFrench('près de Les Abymes.', 'fr'), 'près des Abymes.');
  assert.equal(contractFrench('Aller à Le Havre', 'fr-x-falc'), 'Aller au Havre');
  assert.equal(contractFrench('De Les Ulis à Les Mureaux', 'fr'), 'Des Ulis aux Mureaux');
  // Left as it is: a feminine article, a lower-case word, a postal code first, another language.
  assert.equal(contractFrench('près de La Rochelle', 'fr'), 'près de La Rochelle');
  assert.equal(
    contractFrench('habitants de la commune, de le faire', 'fr'),
    'habitants de la commune, de le faire',
  );
  assert.equal(contractFrench('près de 72000 Le Mans', 'fr'), 'près de 72000 Le Mans');
  assert.equal(contractFrench('cerca de Le Mans', 'es'), 'cerca de Le Mans');
  // The reason a person reads.
  const yours = { code: 'yours', scope: 'commune', where: 'Le Mans' } as const;
  assert.equal(reasonText(yours, 'fr'), 'C’est le vôtre : il sert les habitants du Mans');
});

test('every commune whose name begins with Le or Les reads right after « de » and « à »', () => {
  const names = realGazetteer()
    .communes.map((c) => c.name)
    .filter((name) => /^Les? \p{Lu}/u.test(name));
  assert.ok(names.length > 300, `${names.length} communes`);
  for (const name of names) {
    const rest = name.replace(/^Les? /, '');
    const plural = name.startsWith('Les ');
    assert.equal(contractFrench(`près de ${name}`, 'fr'), `près ${plural ? 'des' : 'du'} ${rest}`, name);
    assert.equal(contractFrench(`à ${name}`, 'fr'), `${plural ? 'aux' : 'au'} ${rest}`, name);
  }
});
