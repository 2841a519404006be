import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { departementOfPlace } from '../src/geo/gazetteer.js';
import { mergePlaces } from '../src/places/merge.js';
import { readPlaces } from '../src/places/read.js';
import { isOwnDoor } from '../src/routing/doors.js';
import type { Need } from '../src/routing/need.js';
import { type Orientation, orient } from '../src/routing/orient.js';
import { PlaceIndex } from '../src/routing/place-index.js';
import { readReal, realGazetteer, SHARED, TODAY, where } from './helpers.js';

/**
 * How it orients: expert scenarios on the real data (the mediation files, France Services and
 * the annuaire's counters, as a deployment serves them), written with DOMAIN.md and the seeds in
 * hand. Each row: where, the need, and what an experienced France Services agent expects.
 */
interface Scenario {
  name: string;
  where: string;
  need: Need;
  first?: { actor?: string; name?: RegExp; maxKm?: number; yours?: boolean };
  notice?: string;
  remote?: string[];
  notRemote?: string[];
  never?: RegExp;
  check?: (o: Orientation) => void;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'Marseille 1er, RSA: the CCAS of Marseille, nearest agency, it is theirs',
    where: '13001',
    need: { procedure: 'caf-rsa' },
    first: { actor: 'social-work', name: /CCAS/, maxKm: 3, yours: true },
    check: (o) => assert.equal(o.widened, null, 'no widening announced in central Marseille'),
  },
  {
    name: 'Paris 11e, a complex situation: the Paris CCAS (CASVP), never Bagnolet’s or Saint-Mandé’s',
    where: '75011',
    need: { difficulty: 'situation' },
    first: { actor: 'social-work', name: /CASVP|ACTION SOCIALE DE LA VILLE DE PARIS/i, yours: true },
    never: /BAGNOLET|SAINT-MANDE|DRANCY/i,
    remote: ['urgence-115', 'violences-3919', 'enfance-119', 'maltraitance-3977'],
  },
  {
    name: 'Saint-Denis (93), a complex situation: no CCAS of another commune (Drancy)',
    where: 'Saint-Denis 93',
    need: { difficulty: 'situation' },
    never: /DRANCY|AUBERVILLIERS|SAINT-OUEN/i,
  },
  {
    name: 'Mende, RSA, "I cannot do it": the France Services of Mende first; Aidants Connect is far, call it',
    where: '48000',
    need: { procedure: 'caf-rsa', difficulty: 'do-for-me' },
    first: { actor: 'admin-help', name: /Mende/, maxKm: 3 },
    notice: 'far',
    check: (o) =>
      assert.ok(
        o.results.some((r) => r.reasons.some((x) => x.code === 'yours' && x.scope === 'departement')),
        'the CAF counter of Lozère is theirs',
      ),
  },
  {
    name: 'Guéret, C2S: a France Services nearby, not a place in the Allier',
    where: '23000',
    need: { procedure: 'ameli-c2s' },
    first: { actor: 'admin-help', maxKm: 15 },
    check: (o) =>
      assert.ok(
        o.results.every((r) => !r.place.code_postal.startsWith('03')),
        'nothing in the Allier first',
      ),
  },
  {
    name: 'Ajaccio, RSA, "I cannot do it": Ajaccio first, not Bastia across the mountains',
    where: '20000',
    need: { procedure: 'caf-rsa', difficulty: 'do-for-me' },
    first: { name: /Ajaccio/i, maxKm: 5 },
    notice: 'far',
  },
  {
    name: 'Cayenne, housing aid: Cayenne first, places of one kind nearest first',
    where: '97300',
    need: { procedure: 'caf-aides-logement' },
    first: { actor: 'admin-help', name: /Cayenne/i, maxKm: 5 },
  },
  {
    name: 'Mayotte, RSA: the CSSM, not the CAF’s 3230',
    where: '97600',
    need: { procedure: 'caf-rsa' },
    notice: 'other-body',
    remote: ['cssm-976'],
    notRemote: ['caf-3230'],
  },
  {
    name: 'Nouméa, RSA: does not exist in New Caledonia; the CAFAT, never 3230',
    where: '98800',
    need: { procedure: 'caf-rsa' },
    notice: 'other-body',
    remote: ['cafat-988'],
    notRemote: ['caf-3230'],
    check: (o) => {
      assert.equal(o.location.approximate, true);
      const notice = o.notices.find((n) => n.code === 'other-body');
      assert.ok(notice?.code === 'other-body' && notice.missing);
    },
  },
  {
    name: 'Pointe-à-Pitre, pension: the CGSS of Guadeloupe, not the 3960',
    where: '97110',
    need: { procedure: 'retraite-demande' },
    remote: ['cgss-971'],
    notRemote: ['assurance-retraite-3960'],
  },
  {
    name: 'Saint-Denis de La Réunion, health insurance: 3646 and the CGSS',
    where: '97400',
    need: { procedure: 'ameli-c2s' },
    remote: ['assurance-maladie-3646', 'cgss-974'],
    first: { maxKm: 10 },
  },
  {
    name: 'Fort-de-France, housing aid: help within 10 km, the CAF line',
    where: '97200',
    need: { procedure: 'caf-aides-logement' },
    first: { maxKm: 10 },
    remote: ['caf-3230'],
  },
  {
    name: 'Aurillac, C2S: help in Aurillac',
    where: '15000',
    need: { procedure: 'ameli-c2s' },
    first: { maxKm: 5 },
  },
  {
    name: 'Bastia, RSA: help within 10 km',
    where: '20200',
    need: { procedure: 'caf-rsa' },
    first: { maxKm: 10 },
  },
  {
    name: 'Paris 11e, C2S: a helper within walking distance',
    where: '75011',
    need: { procedure: 'ameli-c2s' },
    first: { actor: 'admin-help', maxKm: 3 },
  },
  {
    name: 'Lyon, France Travail monthly update: the 3949 is offered',
    where: 'Lyon',
    need: { procedure: 'france-travail-actualisation' },
    remote: ['france-travail-3949'],
    first: { maxKm: 5 },
  },
  {
    name: 'A person without a roof tonight: the 115 comes first among the lines',
    where: '13001',
    need: { difficulty: 'situation', situations: ['homeless'] },
    check: (o) => assert.equal(o.remote[0]?.id, 'urgence-115'),
  },
  {
    name: 'Debt: the Banque de France line is offered',
    where: '77000',
    need: { difficulty: 'situation', situations: ['debt'] },
    remote: ['banque-de-france-3414'],
  },
  {
    name: 'Melun, learning, free only, at night: the places the filters removed are counted',
    where: '77000',
    need: { difficulty: 'learn', freeOnly: true, openAt: new Date('2026-11-24T22:00:00+01:00') },
    check: (o) =>
      assert.ok(
        o.results.length === 0 ? o.notices.some((n) => n.code === 'filtered-out') : true,
        'an empty list says filters removed places',
      ),
  },
];

describe('how it orients: expert scenarios on the real data', () => {
  const counters = 'annuaire-administration-2017-12-12-guichets-sociaux-emploi.csv';
  const annuaire = readPlaces(readFileSync(join(SHARED, 'services_publics', counters)), {
    file: counters,
    gazetteer: realGazetteer(),
    today: TODAY,
  }).places;
  const mediation = (['cnfs', 'dataInclusion', 'hinaura', 'franceServices'] as const).flatMap(
    (key) => readReal(key).places,
  );
  const index = new PlaceIndex(mergePlaces([...mediation, ...annuaire]).places);
  // Town halls and départements' councils: doors looked up by where the person lives.
  const townHalls = 'annuaire-administration-2017-12-12-mairies-conseils-departementaux.csv';
  const doors = readPlaces(readFileSync(join(SHARED, 'services_publics', townHalls)), {
    file: townHalls,
    gazetteer: realGazetteer(),
    today: TODAY,
  }).places.filter(isOwnDoor);
  const at = new Date('2026-11-24T10:00:00+01:00');

  for (const s of SCENARIOS) {
    test(s.name, () => {
      const location = where(s.where);
      const departement = location.territory?.departement;
      const own = doors.filter((d) => departementOfPlace(d) === departement);
      const o = orient(index, location, s.need, { at, doors: own });
      const first = o.results[0];
      if (s.first) {
        assert.ok(first, 'a place is offered');
        if (s.first.actor) assert.equal(first.actor, s.first.actor, first.nom);
        if (s.first.name) assert.match(first.nom, s.first.name);
        if (s.first.maxKm !== undefined)
          assert.ok(first.distance_km <= s.first.maxKm, `${first.nom} at ${first.distance_km} km`);
        if (s.first.yours)
          assert.ok(
            first.reasons.some((r) => r.code === 'yours'),
            `${first.nom} is theirs`,
          );
      }
      if (s.notice)
        assert.ok(
          o.notices.some((n) => n.code === s.notice),
          o.notices.map((n) => n.code).join(),
        );
      for (const id of s.remote ?? [])
        assert.ok(
          o.remote.some((r) => r.id === id),
          `remote ${id}`,
        );
      for (const id of s.notRemote ?? []) assert.ok(!o.remote.some((r) => r.id === id), `no remote ${id}`);
      if (s.never) {
        for (const r of o.results) {
          if (r.actor === 'social-work') assert.doesNotMatch(`${r.nom} ${r.place.commune}`, s.never);
        }
      }
      s.check?.(o);
    });
  }
});
