import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  cleanText,
  displayPhone,
  foldText,
  normalizeEmail,
  normalizePhone,
  normalizeUrl,
} from '../src/text/normalize.js';

describe('normalizing values', () => {
  test('links: http(s) only', () => {
    assert.equal(normalizeUrl('www.caf.fr'), 'https://www.caf.fr/');
    assert.equal(normalizeUrl('http://example.org/a?b=1'), 'http://example.org/a?b=1');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'ftp://x.org',
      'https://user:pw@x.org',
      'not a url',
      '',
    ]) {
      assert.equal(normalizeUrl(bad), null, bad);
    }
  });

  test('phones in the standard international form', () => {
    assert.equal(normalizePhone('04 50 56 87 49'), '+33450568749');
    assert.equal(normalizePhone('04.67.71.48.50'), '+33467714850');
    assert.equal(normalizePhone('+33 (0)1 64 00 00 00'), '+33164000000');
    assert.equal(normalizePhone('0590 12 34 56'), '+590590123456');
    // Mayotte written with the Comoros' code, as the annuaire does: Mayotte is +262.
    assert.equal(normalizePhone('+269 2 69 64 90 00'), '+262269649000');
    assert.equal(normalizePhone('+269 773 12 34'), '+2697731234');
    assert.equal(normalizePhone('0692 12 34 56'), '+262692123456');
    assert.equal(normalizePhone('0033 1 64 00 00 00'), '+33164000000');
    assert.equal(normalizePhone('12'), null);
    assert.equal(normalizePhone('<script>'), null);
  });

  test('phones as people in France write them, overseas included', () => {
    assert.equal(displayPhone('+33160565520'), '01 60 56 55 20');
    assert.equal(displayPhone('+594594249165'), '05 94 24 91 65');
    assert.equal(displayPhone('+262262123456'), '02 62 12 34 56');
    assert.equal(displayPhone('+262269649000'), '02 69 64 90 00');
    assert.equal(displayPhone('+590690123456'), '06 90 12 34 56');
    assert.equal(displayPhone('+687273115'), '+687 27 31 15');
    assert.equal(displayPhone('+68940123456'), '+689 40 12 34 56');
    assert.equal(displayPhone('+508411234'), '+508 41 12 34');
    // A Comoros number stays as it is: it is not dialled from France with a 0.
    assert.equal(displayPhone('+2697731234'), '+2697731234');
    assert.equal(displayPhone('3230'), '3230');
  });

  test('emails', () => {
    assert.equal(normalizeEmail(' Contact@Example.ORG '), 'contact@example.org');
    assert.equal(normalizeEmail('mailto:a@b.fr'), 'a@b.fr');
    assert.equal(normalizeEmail('a@b'), null);
    assert.equal(normalizeEmail('"><img>@x.fr'), null);
  });

  test('text: markup, control characters, length', () => {
    assert.deepEqual(cleanText('<b>Mairie</b>\u0000 de  Melun', 100), {
      value: 'Mairie de Melun',
      changes: ['html-removed'],
    });
    assert.equal(cleanText('x'.repeat(50), 10).value.length, 10);
    assert.equal(cleanText('a < b et c > d', 100).value, 'a < b et c > d');
    assert.equal(foldText("Saint-Étienne-l'Œuvre"), 'saint etienne l oeuvre');
  });
});
