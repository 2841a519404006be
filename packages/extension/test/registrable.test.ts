import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portalHosts } from '@mediation-finder/core/portals';
import { dismissedSite, registrableDomain } from '../src/shared/registrable.js';

test('a portal is its registrable domain: every host of the catalogue, and a few by hand', () => {
  assert.equal(registrableDomain('www.ameli.fr'), 'ameli.fr');
  assert.equal(registrableDomain('assure.ameli.fr'), 'ameli.fr');
  assert.equal(registrableDomain('cfspart.impots.gouv.fr'), 'impots.gouv.fr');
  assert.equal(registrableDomain('WWW.CAF.FR.'), 'caf.fr');
  assert.equal(registrableDomain('www.caf.fr.evil.example'), 'evil.example');
  assert.equal(registrableDomain('127.0.0.1'), '127.0.0.1');
  for (const host of portalHosts()) {
    assert.match(host, /\.fr$/, `${host}: a suffix outside the table`);
    const site = registrableDomain(host);
    assert.ok(host === site || host.endsWith(`.${site}`), `${host} → ${site}`);
    assert.notEqual(site, 'gouv.fr', host);
  }
});

test('a dismissal holds for its portal only, old per-host ones included', () => {
  assert.equal(dismissedSite('assure.ameli.fr', { 'ameli.fr': true }), true);
  assert.equal(dismissedSite('assure.ameli.fr', { 'www.ameli.fr': true }), true);
  assert.equal(dismissedSite('www.caf.fr', { 'ameli.fr': true }), false);
  assert.equal(dismissedSite('www.impots.gouv.fr', { 'ants.gouv.fr': true }), false);
  assert.equal(dismissedSite('www.ameli.fr', { 'ameli.fr': false }), false);
});
