import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useLocale } from '../src/cli/locale.js';
import { noticeText, widenedText } from '../src/messages/notices.js';
import type { Need } from '../src/routing/need.js';
import { orient } from '../src/routing/orient.js';
import { AT, needsSharedData, realDeployment, realGazetteer, where } from './helpers.js';

/**
 * An answer never says « Aucun lieu … à moins de 25 km » beside « la recherche a été élargie à
 * 30 km » (Saint-Laurent-du-Maroni: to 120 km): a notice states no radius smaller than the circle
 * the answer searched.
 */

const NEEDS: Need[] = [
  { procedure: 'caf-rsa', difficulty: 'do-for-me' },
  { procedure: 'ameli-compte', difficulty: 'do-for-me' },
  { procedure: 'ants-permis', difficulty: 'learn' },
  { procedure: 'caf-prime-activite', difficulty: 'equipment' },
  { procedure: 'caf-rsa', difficulty: 'situation' },
];

describe('notices and widening agree', needsSharedData, () => {
  const { index, doorsOf } = realDeployment();
  const run = (text: string, need: Need) => {
    const location = where(text);
    return orient(index, location, need, { at: AT, doors: doorsOf(location.territory?.departement) });
  };

  test('Saint-Laurent-du-Maroni (97320), done for me: none within 120 km, searched to 120 km', async () => {
    await useLocale('fr');
    const o = run('97320', { procedure: 'caf-rsa', difficulty: 'do-for-me' });
    assert.equal(o.widened?.to_km, 120);
    const none = o.notices.find((n) => n.code === 'none-of-first-kind');
    assert.ok(none);
    assert.match(noticeText(none), /à moins de 120 km/);
    assert.match(widenedText(o.widened), /élargie à 120 km/);
  });

  test('every 150th commune, five needs: no notice states a radius below the one searched', () => {
    const communes = realGazetteer().communes.filter((c) => c.type === 'COM' && c.latitude !== null);
    let answers = 0;
    let widened = 0;
    for (const [i, c] of communes.entries()) {
      if (i % 150) continue;
      for (const need of NEEDS) {
        const o = run(`${c.name} ${c.postalCodes[0] ?? c.departement}`, need);
        answers++;
        if (!o.widened) continue;
        widened++;
        for (const n of o.notices) {
          if (n.code !== 'none-of-first-kind') continue;
          assert.ok(
            n.km >= o.widened.to_km,
            `${c.name}, ${need.procedure}/${need.difficulty}: none within ${n.km} km, searched to ${o.widened.to_km} km`,
          );
        }
      }
    }
    assert.ok(answers > 1000 && widened > 100, `${answers} answers, ${widened} widened`);
  });
});
