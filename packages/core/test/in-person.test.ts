import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reasonText } from '../src/messages/labels.js';
import { lineStatusText } from '../src/messages/lines.js';
import { noticeText } from '../src/messages/notices.js';
import { orient } from '../src/routing/orient.js';
import { AT, needsSharedData, realDeployment, realGazetteer, where } from './helpers.js';

describe('a proxy vote: the person in person, or a police officer at home', needsSharedData, () => {
  test('no Aidants Connect mandate is offered for it, every answer says where identity is checked, and one who cannot travel is told a police officer can come', () => {
    // Bastia, « fais-le pour moi »: an Aidants Connect place came first, for an act nobody can do
    // in the person's name (service-public.fr F1604).
    const { index, doorsOf } = realDeployment();
    const communes = realGazetteer()
      .communes.filter((c) => c.type === 'COM' && c.latitude !== null && c.postalCodes.length > 0)
      .filter((_, i) => i % 40 === 0);
    let checked = 0;
    for (const commune of communes) {
      const location = where(`${commune.name} ${commune.postalCodes[0]}`);
      for (const difficulty of ['do-for-me', 'understand', 'learn'] as const) {
        for (const cannotTravel of [false, true]) {
          const o = orient(
            index,
            location,
            { procedure: 'procuration', difficulty, cannotTravel },
            { at: AT, limit: 5, doors: doorsOf(location.territory?.departement) },
          );
          checked++;
          assert.ok(!o.actors.some((a) => a.kind === 'do-it-for-me'), `${commune.name}, ${difficulty}`);
          assert.ok(!o.results.some((r) => r.actor === 'do-it-for-me'), `${commune.name}, ${difficulty}`);
          assert.deepEqual(o.notices[0], { code: 'in-person', by: 'police' }, commune.name);
          const police = o.notices.some((n) => n.code === 'home-visit' && n.by === 'police');
          assert.equal(
            police,
            cannotTravel,
            `${commune.name}, ${difficulty}, cannot travel: ${cannotTravel}`,
          );
        }
      }
    }
    assert.ok(checked > 5000, `${checked} orientations`);
    // Any other procedure keeps its mandate.
    const rsa = orient(index, where('Bastia'), { procedure: 'caf-rsa', difficulty: 'do-for-me' }, { at: AT });
    assert.equal(rsa.actors[0]?.kind, 'do-it-for-me');
    assert.ok(!rsa.notices.some((n) => n.code === 'in-person'));
  });

  test('the words: where to go, and who comes', () => {
    assert.match(
      noticeText({ code: 'in-person', by: 'police' }, 'fr'),
      /commissariat, une gendarmerie ou un consulat/,
    );
    assert.match(
      noticeText({ code: 'home-visit', by: 'police' }, 'fr'),
      /policier ou un gendarme peut venir chez vous/,
    );
  });
});

describe('when a place or a line opens again, without ambiguity', () => {
  test('a weekly permanence seen on its own weekday after it closed opens next week, not « mardi »', () => {
    const opens = { code: 'opens', date: '2026-12-15', weekday: 1, time: '09:00', today: false } as const;
    assert.equal(reasonText({ ...opens, inDays: 7 }, 'fr'), 'Ouvre la semaine prochaine, mardi à 09:00');
    assert.equal(reasonText({ ...opens, inDays: 6 }, 'fr'), 'Ouvre mardi à 09:00');
    assert.equal(reasonText(opens, 'fr'), 'Ouvre mardi à 09:00');
  });

  test('a line that answers later on the person’s own today says today, not its weekday', () => {
    const later = (inDays: number) => ({
      open: {
        state: 'closed',
        nextOpening: { date: '2026-12-08', weekday: 1, time: '12:00', inDays },
      } as const,
    });
    assert.equal(
      lineStatusText(later(0)),
      'Ne répond pas en ce moment : répond à nouveau aujourd’hui à 12:00',
    );
    assert.equal(lineStatusText(later(1)), 'Ne répond pas en ce moment : répond à nouveau mardi à 12:00');
  });
});
