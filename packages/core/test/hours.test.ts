import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatOpeningHours, parseOpeningHours, parseWeekdayColumns } from '../src/hours/weekly.js';

const h = (hh: number, mm = 0) => hh * 60 + mm;

describe('opening hours', () => {
  test('weekday ranges with split days', () => {
    const parsed = parseOpeningHours('Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00');
    assert.ok(parsed.ok && parsed.hours);
    assert.deepEqual(parsed.hours.days[0], [
      [h(9), h(12)],
      [h(14), h(18, 30)],
    ]);
    assert.deepEqual(parsed.hours.days[5], [[h(8, 30), h(12)]]);
    assert.deepEqual(parsed.hours.days[6], []);
    assert.equal(parsed.hours.holidays, null);
  });

  test('a later rule replaces earlier hours on its days', () => {
    const parsed = parseOpeningHours('Mo-Fr 09:00-12:00,14:00-17:00; We off; Th 14:00-17:00');
    assert.ok(parsed.ok && parsed.hours);
    assert.deepEqual(parsed.hours.days[2], []);
    assert.deepEqual(parsed.hours.days[3], [[h(14), h(17)]]);
    assert.equal(
      formatOpeningHours(parsed.hours),
      'Mo-Tu 09:00-12:00,14:00-17:00; Th 14:00-17:00; Fr 09:00-12:00,14:00-17:00',
    );
  });

  test('day lists, additional rules after a comma, public holidays, 24/7', () => {
    const list = parseOpeningHours('Mo,We 10:00-12:00, Fr 14:00-16:00; PH off');
    assert.ok(list.ok && list.hours);
    assert.deepEqual(list.hours.days[0], [[h(10), h(12)]]);
    assert.deepEqual(list.hours.days[4], [[h(14), h(16)]]);
    assert.deepEqual(list.hours.holidays, []);
    const always = parseOpeningHours('24/7');
    assert.ok(always.ok && always.hours);
    assert.ok(always.hours.days.every((d) => d.length === 1 && d[0]?.[1] === 1440));
  });

  test('unsupported or impossible values are reported, never guessed', () => {
    for (const value of [
      'Lundi 9h-12h',
      'Mo-Fr 09:00-12:00; Jan off',
      'Mo 25:00-26:00',
      'Mo 09:00-09:00',
      'Mo-Fr',
    ]) {
      const parsed = parseOpeningHours(value);
      assert.equal(parsed.ok, false, value);
    }
    assert.deepEqual(parseOpeningHours('  '), { ok: true, hours: null });
  });

  test('France Services weekday columns', () => {
    const parsed = parseWeekdayColumns([
      '13:30 - 17:00',
      '09:00 - 12:00 / 13:30 - 17:00',
      '',
      '',
      '',
      '09:00 - 12:00',
    ]);
    assert.ok(parsed.ok && parsed.hours);
    assert.equal(
      formatOpeningHours(parsed.hours),
      'Mo 13:30-17:00; Tu 09:00-12:00,13:30-17:00; Sa 09:00-12:00',
    );
    assert.equal(parseWeekdayColumns(['9 heures']).ok, false);
    // The France Services list writes an empty slot as midnight to midnight: a closed morning.
    const closedMorning = parseWeekdayColumns([
      '00:00 - 00:00 / 13:45 - 16:30',
      '00:00 - 00:00 / 00:00 - 00:00 / 08:30 - 16:00',
      '00:00 - 00:00',
      '08:00 - 16:00 / 08:00 - 15:00',
    ]);
    assert.ok(closedMorning.ok && closedMorning.hours);
    assert.equal(formatOpeningHours(closedMorning.hours), 'Mo 13:45-16:30; Tu 08:30-16:00; Th 08:00-16:00');
    assert.deepEqual(parseWeekdayColumns(['00:00 - 00:00']), { ok: true, hours: null });
    assert.deepEqual(parseWeekdayColumns(['', '', '']), { ok: true, hours: null });
  });
});
