import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { opensBetween, shiftHours, utcOffsetMinutes } from '../src/hours/shift.js';
import { formatOpeningHours, parseOpeningHours, type WeeklyHours } from '../src/hours/weekly.js';
import { lineHoursText, lineStatusText } from '../src/messages/lines.js';
import type { Place } from '../src/places/place.js';
import { numberToCall, RETIRED_NUMBER } from '../src/routing/counter-lines.js';
import {
  ABSENT_BODIES,
  ALL_REMOTE_OPTIONS,
  remoteLine,
  remoteOptionsFor,
  TERRITORY_OPTIONS,
} from '../src/routing/remote.js';

const WINTER = new Date('2026-11-24T10:00:00+01:00');
const SUMMER = new Date('2026-07-07T10:00:00+02:00');
const hours = (text: string) => {
  const parsed = parseOpeningHours(text);
  assert.ok(parsed.ok && parsed.hours);
  return parsed.hours as WeeklyHours;
};
const option = (id: string) => {
  const found = ALL_REMOTE_OPTIONS.find((o) => o.id === id);
  assert.ok(found, id);
  return found;
};

describe('lines on the person’s own clock', () => {
  test('time zones: Paris is one hour ahead of UTC in winter, two in summer; Tahiti ten behind', () => {
    assert.equal(utcOffsetMinutes(WINTER, 'Europe/Paris'), 60);
    assert.equal(utcOffsetMinutes(SUMMER, 'Europe/Paris'), 120);
    assert.equal(utcOffsetMinutes(WINTER, 'Pacific/Tahiti'), -600);
    assert.equal(utcOffsetMinutes(WINTER, 'Pacific/Noumea'), 660);
  });

  test('hours move across midnight and weekdays', () => {
    // Paris 09:00–18:00 is 22:00–07:00 in Tahiti, from the day before.
    const tahiti = shiftHours(hours('Mo-Fr 09:00-18:00'), -660);
    assert.equal(formatOpeningHours(tahiti), 'Mo-Th 00:00-07:00,22:00-24:00; Fr 00:00-07:00; Su 22:00-24:00');
    assert.equal(opensBetween(tahiti, 8 * 60, 20 * 60), false);
    const reunion = shiftHours(hours('Mo-Fr 09:00-18:00'), 180);
    assert.equal(formatOpeningHours(reunion), 'Mo-Fr 12:00-21:00');
    assert.equal(formatOpeningHours(shiftHours(hours('24/7'), 600)), 'Mo-Su 00:00-24:00');
  });

  test('a national call centre’s hours are shown on the person’s clock, or the line is not offered', () => {
    const sn = option('solidarite-numerique');
    assert.equal(remoteLine(sn, '75', WINTER)?.hours, 'Mo-Fr 09:00-18:00');
    assert.equal(remoteLine(sn, '974', WINTER)?.hours, 'Mo-Fr 12:00-21:00');
    assert.equal(remoteLine(sn, '974', SUMMER)?.hours, 'Mo-Fr 11:00-20:00');
    // 09:00–18:00 in Paris is the night in Tahiti: closed all day there, not offered.
    assert.equal(remoteLine(sn, '987', WINTER), null);
    assert.equal(remoteLine(option('maltraitance-3977'), '987', WINTER), null);
    // Day and night lines are offered everywhere they serve, without an opening status.
    assert.deepEqual(remoteLine(option('violences-3919'), '987', WINTER)?.hours, '24/7');
    // Opening at the instant, on the person's clock: 10:00 in Paris is 13:00 in La Réunion.
    assert.deepEqual(remoteLine(sn, '974', WINTER)?.open, { state: 'open', closesAt: '21:00' });
    const line = remoteLine(option('maltraitance-3977'), '75', new Date('2026-11-24T20:00:00+01:00'));
    assert.ok(line?.open?.state === 'closed');
    assert.match(lineStatusText(line) ?? '', /mercredi à 09:00/);
    assert.equal(lineHoursText({ hours: '24/7' }), 'Jour et nuit, 7 jours sur 7');
  });

  test('order: the named crisis situations’ lines, then the body’s, then the rest; 17 and 114 after the situation’s own', () => {
    const ids = (situations: Parameters<typeof remoteOptionsFor>[2]) =>
      remoteOptionsFor('caf', ALL_REMOTE_OPTIONS, { departement: '31', ...situations }).map((o) => o.id);
    assert.deepEqual(ids({ situations: ['violence'] }), [
      'violences-3919',
      'police-17',
      'sms-114',
      'caf-3230',
      'solidarite-numerique',
    ]);
    assert.deepEqual(ids({ situations: ['abuse', 'homeless'] }).slice(0, 4), [
      'maltraitance-3977',
      'urgence-115',
      'police-17',
      'caf-3230',
    ]);
    // Debt is no crisis: its line after the body's.
    assert.deepEqual(ids({ situations: ['debt'] }), [
      'caf-3230',
      'banque-de-france-3414',
      'solidarite-numerique',
    ]);
    // A complex situation, none named: every situation's line after the body's, as before.
    assert.equal(ids({ situation: true })[0], 'caf-3230');
  });

  test('territories: every body a person is sent to has its number, Saint-Martin and Saint-Barthélemy with Guadeloupe', () => {
    // Wallis-et-Futuna's fund publishes no number that could be checked: named with its site.
    for (const o of TERRITORY_OPTIONS) if (o.id !== 'cpswf-986') assert.ok(o.phone, o.id);
    for (const absent of ABSENT_BODIES) assert.ok(TERRITORY_OPTIONS.some((o) => o.id === absent.line));
    const stMartin = remoteOptionsFor('assurance-maladie', ALL_REMOTE_OPTIONS, { departement: '978' });
    assert.deepEqual(
      stMartin.map((o) => o.id),
      ['cgss-971', 'solidarite-numerique'],
    );
    assert.deepEqual(
      remoteOptionsFor('caf', ALL_REMOTE_OPTIONS, { departement: '977' }).map((o) => o.id),
      ['caf-3230', 'solidarite-numerique'],
    );
    assert.ok(
      !remoteOptionsFor('retraite', ALL_REMOTE_OPTIONS, { departement: '978' }).some(
        (o) => o.id === 'assurance-retraite-3960',
      ),
    );
  });

  test('a counter’s retired 08 10 number gives way to its body’s line today', () => {
    const counter = (telephone: string, typologie: string[]) =>
      ({ telephone, typologie }) as unknown as Place;
    assert.ok(RETIRED_NUMBER.test('+33810251310'));
    assert.ok(!RETIRED_NUMBER.test('+33800123456') && !RETIRED_NUMBER.test('+33143863800'));
    assert.deepEqual(
      (({ phone, retired }) => ({ phone, retired }))(numberToCall(counter('+33810251310', ['CAF']), '13')),
      { phone: '3230', retired: true },
    );
    assert.equal(numberToCall(counter('+33810103646', ['CPAM']), '971').phone, '3646');
    assert.equal(numberToCall(counter('+33810259710', ['CAF']), '976').phone, '02 69 61 91 91');
    assert.deepEqual(numberToCall(counter('+33821000000', ['PREF']), '13'), { retired: true });
    assert.deepEqual(numberToCall(counter('+33143863800', ['CAF']), '94'), {
      phone: '+33143863800',
      retired: false,
    });
  });
});
