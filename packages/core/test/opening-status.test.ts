import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { easterSunday, holidayName, publicHolidays } from '../src/hours/holidays.js';
import { openingStatus } from '../src/hours/status.js';
import { parseOpeningHours, type WeeklyHours } from '../src/hours/weekly.js';
import { localTime } from '../src/hours/zones.js';

const hours = (text: string): WeeklyHours => {
  const parsed = parseOpeningHours(text);
  assert.ok(parsed.ok && parsed.hours);
  return parsed.hours;
};
const OFFICE = hours('Mo-Fr 09:00-12:00,14:00-17:00');

describe('opening status', () => {
  test('open, closes at; closed, next opening today, then next week', () => {
    assert.deepEqual(openingStatus(OFFICE, new Date('2026-11-24T10:00:00+01:00'), '75'), {
      state: 'open',
      closesAt: '12:00',
    });
    assert.deepEqual(openingStatus(OFFICE, new Date('2026-11-24T12:30:00+01:00'), '75'), {
      state: 'closed',
      nextOpening: { date: '2026-11-24', weekday: 1, time: '14:00', inDays: 0 },
    });
    assert.deepEqual(openingStatus(OFFICE, new Date('2026-11-28T10:00:00+01:00'), '75'), {
      state: 'closed',
      nextOpening: { date: '2026-11-30', weekday: 0, time: '09:00', inDays: 2 },
    });
    assert.deepEqual(openingStatus(null, new Date(), '75'), { state: 'unknown' });
  });

  test('summer time: the wall clock in Paris, not UTC', () => {
    // 07:30 UTC in July is 09:30 in Paris (UTC+2).
    assert.equal(openingStatus(OFFICE, new Date('2026-07-07T07:30:00Z'), '75').state, 'open');
    assert.equal(openingStatus(OFFICE, new Date('2026-01-06T07:30:00Z'), '75').state, 'closed');
  });

  test('public holidays close the place unless its hours say otherwise', () => {
    const armistice = new Date('2026-11-11T10:00:00+01:00');
    assert.deepEqual(openingStatus(OFFICE, armistice, '75'), {
      state: 'closed',
      nextOpening: { date: '2026-11-12', weekday: 3, time: '09:00', inDays: 1 },
      holiday: 'Armistice 1918',
    });
    const openOnHolidays = hours('Mo-Fr 09:00-12:00; PH 10:00-12:00');
    assert.equal(openingStatus(openOnHolidays, armistice, '75').state, 'open');
  });

  test('Good Friday closes in Alsace-Moselle only', () => {
    const goodFriday = new Date('2026-04-03T10:00:00+02:00');
    assert.equal(openingStatus(OFFICE, goodFriday, '67').state, 'closed');
    assert.equal(openingStatus(OFFICE, goodFriday, '75').state, 'open');
  });

  test('overseas places keep their own clock and holidays', () => {
    const instant = new Date('2026-11-24T06:00:00Z'); // 07:00 in Paris, 10:00 in Réunion
    assert.equal(openingStatus(OFFICE, instant, '75').state, 'closed');
    assert.deepEqual(openingStatus(OFFICE, instant, '974'), { state: 'open', closesAt: '12:00' });
    // 14:00 UTC is 10:00 in Guadeloupe; 27 May is a holiday there (abolition of slavery).
    assert.equal(openingStatus(OFFICE, new Date('2026-05-27T14:00:00Z'), '971').state, 'closed');
    assert.equal(openingStatus(OFFICE, new Date('2026-05-26T14:00:00Z'), '971').state, 'open');
  });

  test('holiday table', () => {
    assert.deepEqual(easterSunday(2024), [3, 31]);
    assert.deepEqual(easterSunday(2025), [4, 20]);
    assert.deepEqual(easterSunday(2026), [4, 5]);
    assert.equal(holidayName('2026-05-14'), 'Ascension');
    assert.equal(holidayName('2026-05-25'), 'Lundi de Pentecôte');
    assert.equal(holidayName('2026-12-26', '57'), 'Saint-Étienne');
    assert.equal(holidayName('2026-12-26', '75'), undefined);
    assert.equal(publicHolidays(2026).size, 11);
    assert.equal(localTime(new Date('2026-11-24T23:30:00Z'), 'Europe/Paris').date, '2026-11-25');
  });
});
