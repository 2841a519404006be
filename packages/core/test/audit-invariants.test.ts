import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  crisisFirst,
  departementSocialService,
  INVARIANTS,
  limitPrefix,
  nearestSuitable,
  procedureAnswered,
  residentsOnlyDoor,
  restrictedPublic,
  socialWorkDoor,
  yoursNeedsCompetenceData,
} from '../src/audit/invariants.js';
import { PlaceIndex } from '../src/routing/place-index.js';
import { MENDE, orientation, PARIS_11, place, shown, VENISSIEUX } from './audit-fixtures.js';

/** Each invariant on small hand-made orientations: it holds where it should, and breaks where it should. */

const at = new Date('2026-11-24T10:00:00+01:00');
const ccasCaluire = place({
  id: 'ccas-caluire',
  latitude: 45.795,
  longitude: 4.846,
  insee: '69034',
  claims: ['ccas'],
});
const ccasVenissieux = place({
  id: 'ccas-venissieux',
  latitude: 45.7,
  longitude: 4.88,
  insee: '69259',
  claims: ['ccas'],
});
const franceServices = place({
  id: 'fs-vaulx',
  latitude: 45.78,
  longitude: 4.92,
  insee: '69256',
  claims: ['france-services'],
  programmes: ['France Services'],
  services: ['Aide aux démarches administratives'],
});

describe('audit invariants', () => {
  test('every invariant has a unique id, a severity and a rule', () => {
    assert.equal(new Set(INVARIANTS.map((i) => i.id)).size, INVARIANTS.length);
    for (const i of INVARIANTS) assert.ok(['hard', 'soft'].includes(i.severity) && i.rule.length > 20, i.id);
  });

  test('limit-prefix: the answer at 5 must be the first five of the answer at 10', () => {
    const places = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) =>
      shown(place({ id, latitude: 45.7 + i / 100, longitude: 4.88 }), 'admin-help', i + 1),
    );
    const ten = orientation({ results: places });
    assert.deepEqual(
      limitPrefix({
        location: VENISSIEUX,
        need: {},
        orientation: ten,
        atFive: orientation({ results: places.slice(0, 5) }),
      }),
      [],
    );
    const crowded = orientation({ results: [...places.slice(0, 4), places[5]!] });
    const [broken] = limitPrefix({ location: VENISSIEUX, need: {}, orientation: ten, atFive: crowded });
    assert.match(broken ?? '', /at limit 5: a .*; f \(6 km\) — first five at limit 10: .*e \(5 km\)/);
    // Same places as another kind of help is a different answer too.
    const relabelled = orientation({
      results: [shown(places[0]!.place, 'do-it-for-me', 1), ...places.slice(1, 5)],
    });
    assert.equal(
      limitPrefix({ location: VENISSIEUX, need: {}, orientation: ten, atFive: relabelled }).length,
      1,
    );
  });

  test('restricted-public: a place reserved to a public only for those who say they belong to it', () => {
    const shelter = place({ id: 'chrs', latitude: 45.7, longitude: 4.89, restrictedTo: ['residents'] });
    const mission = place({
      id: 'mission-locale',
      latitude: 45.7,
      longitude: 4.89,
      restrictedTo: ['young-16-25'],
    });
    const o = orientation({ results: [shown(shelter, 'admin-help', 1), shown(mission, 'admin-help', 1)] });
    assert.equal(restrictedPublic({ location: VENISSIEUX, need: {}, orientation: o }).length, 2);
    assert.deepEqual(
      restrictedPublic({
        location: VENISSIEUX,
        need: { belongsTo: ['residents'], publics: ['young'] },
        orientation: o,
      }),
      [],
    );
    const [one] = restrictedPublic({ location: VENISSIEUX, need: { publics: ['young'] }, orientation: o });
    assert.match(one ?? '', /chrs .*reserved to residents/);
  });

  test('residents-only-door: never a CCAS of another commune, whatever it is offered as', () => {
    const withAidants = { ...ccasCaluire, dispositif_programmes_nationaux: ['Aidants Connect' as const] };
    const o = orientation({ results: [shown(withAidants, 'do-it-for-me', 11)] });
    const [broken] = residentsOnlyDoor({ location: VENISSIEUX, need: {}, orientation: o });
    assert.match(
      broken ?? '',
      /ccas-caluire.* as do-it-for-me .*: a ccas door for the residents of commune 69034/,
    );
    const own = orientation({ results: [shown(ccasVenissieux, 'social-work', 1)] });
    assert.deepEqual(residentsOnlyDoor({ location: VENISSIEUX, need: {}, orientation: own }), []);
  });

  test('residents-only-door: a counter of another département is not theirs; a conseiller numérique in a town hall is everyone’s', () => {
    const cafAin = place({
      id: 'caf-ain',
      latitude: 45.9,
      longitude: 5.0,
      insee: '01053',
      claims: ['caf'],
      typologie: ['CAF'],
    });
    const counter = orientation({ results: [shown(cafAin, 'body-counter', 20)] });
    assert.equal(residentsOnlyDoor({ location: VENISSIEUX, need: {}, orientation: counter }).length, 1);
    const townHallCnfs = place({
      id: 'mairie-caluire',
      latitude: 45.795,
      longitude: 4.846,
      insee: '69034',
      claims: ['town-hall'],
      programmes: ['Conseillers numériques'],
    });
    const learn = orientation({ results: [shown(townHallCnfs, 'digital-mediation', 11)] });
    assert.deepEqual(residentsOnlyDoor({ location: VENISSIEUX, need: {}, orientation: learn }), []);
    // …but its town hall is no social-work door for another commune.
    const social = orientation({ results: [shown(townHallCnfs, 'social-work', 11)] });
    assert.equal(residentsOnlyDoor({ location: VENISSIEUX, need: {}, orientation: social }).length, 1);
    // A town hall's public computers are everyone's; its help with procedures is its residents'.
    const townHall = place({
      id: 'mairie-saint-fons',
      latitude: 45.708,
      longitude: 4.853,
      insee: '69199',
      claims: ['town-hall'],
    });
    const computers = orientation({ results: [shown(townHall, 'equipment', 3)] });
    assert.deepEqual(residentsOnlyDoor({ location: VENISSIEUX, need: {}, orientation: computers }), []);
    const procedures = orientation({ results: [shown(townHall, 'admin-help', 3)] });
    assert.match(
      residentsOnlyDoor({ location: VENISSIEUX, need: {}, orientation: procedures })[0] ?? '',
      /a town-hall door for the residents of commune 69199/,
    );
  });

  test('residents-only-door: the Métropole de Lyon’s offices are not the Rhône’s', () => {
    const rhone = place({
      id: 'mdr-villefranche',
      latitude: 45.99,
      longitude: 4.72,
      insee: '69264',
      claims: ['departement-social-service'],
    });
    const o = orientation({ results: [shown(rhone, 'social-work', 35)] });
    const [broken] = residentsOnlyDoor({ location: VENISSIEUX, need: {}, orientation: o });
    assert.match(broken ?? '', /département 69/);
    const metropole = place({
      id: 'mdm-venissieux',
      latitude: 45.7,
      longitude: 4.88,
      insee: '69259',
      claims: ['departement-social-service'],
    });
    assert.deepEqual(
      residentsOnlyDoor({
        location: VENISSIEUX,
        need: {},
        orientation: orientation({ results: [shown(metropole, 'social-work', 1)] }),
      }),
      [],
    );
  });

  test('social-work-door: their own door, or the département notice with a phone', () => {
    const kinds = ['social-work' as const, 'admin-help' as const];
    const none = orientation({ kinds, results: [shown(franceServices, 'admin-help', 9)] });
    assert.match(
      socialWorkDoor({ location: VENISSIEUX, need: {}, orientation: none })[0] ?? '',
      /no social-work door of Vénissieux/,
    );
    const foreign = orientation({ kinds, results: [shown(ccasCaluire, 'social-work', 11)] });
    assert.equal(socialWorkDoor({ location: VENISSIEUX, need: {}, orientation: foreign }).length, 1);
    const own = orientation({ kinds, results: [shown(ccasVenissieux, 'social-work', 1)] });
    assert.deepEqual(socialWorkDoor({ location: VENISSIEUX, need: {}, orientation: own }), []);
    const notice = (phone?: string) =>
      orientation({
        kinds,
        notices: [
          {
            code: 'departement-social-service',
            departement: '69',
            name: 'Métropole de Lyon',
            ...(phone ? { phone } : {}),
          },
        ],
      });
    assert.deepEqual(
      socialWorkDoor({ location: VENISSIEUX, need: {}, orientation: notice('+33478636940') }),
      [],
    );
    assert.match(
      socialWorkDoor({ location: VENISSIEUX, need: {}, orientation: notice() })[0] ?? '',
      /has no phone/,
    );
    // Not asked where social work is not the first kind of help.
    assert.deepEqual(socialWorkDoor({ location: VENISSIEUX, need: {}, orientation: orientation() }), []);
  });

  test('departement-social-service (soft): an office of their département, or its number', () => {
    const kinds = ['social-work' as const];
    const onlyCcas = orientation({ kinds, results: [shown(ccasVenissieux, 'social-work', 1)] });
    assert.equal(
      departementSocialService({ location: VENISSIEUX, need: {}, orientation: onlyCcas }).length,
      1,
    );
    const office = place({
      id: 'mdm',
      latitude: 45.7,
      longitude: 4.88,
      insee: '69259',
      claims: ['departement-social-service'],
    });
    const withOffice = orientation({ kinds, results: [shown(office, 'social-work', 1)] });
    assert.deepEqual(
      departementSocialService({ location: VENISSIEUX, need: {}, orientation: withOffice }),
      [],
    );
    // In Paris the commune is the département: its CCAS (CASVP) is both.
    const casvp = place({ id: 'casvp', latitude: 48.86, longitude: 2.38, insee: '75056', claims: ['ccas'] });
    const paris = orientation({ location: PARIS_11, kinds, results: [shown(casvp, 'social-work', 1)] });
    assert.deepEqual(departementSocialService({ location: PARIS_11, need: {}, orientation: paris }), []);
  });

  test('crisis-first: the named situation’s line first, in the crisis block and the lines', () => {
    const homeless = { procedure: 'caf-rsa', situations: ['homeless' as const] };
    const noBlock = orientation({
      remote: [
        { id: 'caf-3230', phone: '3230' },
        { id: 'urgence-115', phone: '115' },
      ],
    });
    assert.match(
      crisisFirst({ location: VENISSIEUX, need: homeless, orientation: noBlock })[0] ?? '',
      /no crisis block for homeless; lines in order: 3230, 115/,
    );
    const right = orientation({
      remote: [{ id: 'urgence-115' }, { id: 'caf-3230' }],
      crisis: { situations: ['homeless'], lines: ['urgence-115'], placesLater: false },
    });
    assert.deepEqual(crisisFirst({ location: VENISSIEUX, need: homeless, orientation: right }), []);
    const wrongLine = orientation({
      remote: [{ id: 'violences-3919' }, { id: 'caf-3230' }],
      crisis: { situations: ['homeless'], lines: ['violences-3919'], placesLater: false },
    });
    assert.match(
      crisisFirst({ location: VENISSIEUX, need: homeless, orientation: wrongLine })[0] ?? '',
      /starts with violences-3919, not a line for homeless/,
    );
    const bodyFirst = orientation({
      remote: [{ id: 'caf-3230' }, { id: 'urgence-115' }],
      crisis: { situations: ['homeless'], lines: ['urgence-115'], placesLater: false },
    });
    assert.match(
      crisisFirst({ location: VENISSIEUX, need: homeless, orientation: bodyFirst })[0] ?? '',
      /start with caf-3230/,
    );
  });

  test('crisis-first: no line of a crisis not named before the body’s own line; no block without a crisis', () => {
    const violence = { procedure: 'caf-rsa', situations: ['violence' as const] };
    const block = { situations: ['violence' as const], lines: ['violences-3919'], placesLater: false };
    const unrelated = orientation({
      remote: [{ id: 'violences-3919' }, { id: 'urgence-115' }, { id: 'caf-3230' }],
      crisis: block,
    });
    assert.match(
      crisisFirst({ location: VENISSIEUX, need: violence, orientation: unrelated })[0] ?? '',
      /urgence-115 \(not named\) before the body's line caf-3230/,
    );
    const after = orientation({
      remote: [{ id: 'violences-3919' }, { id: 'caf-3230' }, { id: 'urgence-115' }],
      crisis: block,
    });
    assert.deepEqual(crisisFirst({ location: VENISSIEUX, need: violence, orientation: after }), []);
    assert.equal(crisisFirst({ location: VENISSIEUX, need: {}, orientation: after }).length, 1);
    // Debt is no crisis: no block is right.
    assert.deepEqual(
      crisisFirst({ location: VENISSIEUX, need: { situations: ['debt'] }, orientation: orientation() }),
      [],
    );
  });

  test('yours-needs-competence-data: "yours" only for a door the data says serves them', () => {
    const yours = { code: 'yours' as const, scope: 'departement' as const, where: '69' };
    const office = place({
      id: 'eds',
      latitude: 45.7,
      longitude: 4.88,
      insee: '69259',
      claims: ['departement-social-service'],
    });
    const sector = orientation({ results: [shown(office, 'social-work', 1, [yours])] });
    assert.match(
      yoursNeedsCompetenceData({ location: VENISSIEUX, need: {}, orientation: sector })[0] ?? '',
      /data lists no sector/,
    );
    const ccas = orientation({
      results: [
        shown(ccasVenissieux, 'social-work', 1, [{ code: 'yours', scope: 'commune', where: 'Vénissieux' }]),
      ],
    });
    assert.deepEqual(yoursNeedsCompetenceData({ location: VENISSIEUX, need: {}, orientation: ccas }), []);
    const caf = place({
      id: 'caf-lyon',
      latitude: 45.75,
      longitude: 4.85,
      insee: '69383',
      claims: ['caf'],
      typologie: ['CAF'],
    });
    const counter = orientation({ results: [shown(caf, 'body-counter', 6, [yours])] });
    assert.deepEqual(yoursNeedsCompetenceData({ location: VENISSIEUX, need: {}, orientation: counter }), []);
    const wrong = orientation({
      results: [
        shown(ccasCaluire, 'social-work', 11, [{ code: 'yours', scope: 'commune', where: 'Caluire' }]),
      ],
    });
    assert.match(
      yoursNeedsCompetenceData({ location: VENISSIEUX, need: {}, orientation: wrong })[0] ?? '',
      /serves commune 69034/,
    );
  });

  test('procedure-answered: a place, or whom to call with a phone', () => {
    const need = { procedure: 'caf-rsa' };
    assert.match(
      procedureAnswered({ location: MENDE, need, orientation: orientation() })[0] ?? '',
      /nothing names whom to call for caf/,
    );
    const otherBody = {
      code: 'other-body' as const,
      instead: 'CPS',
      missing: true,
      territory: '987',
      procedure: 'caf-rsa',
    };
    const noPhone = orientation({ notices: [otherBody], remote: [{ id: 'cps-987' }] });
    assert.equal(procedureAnswered({ location: MENDE, need, orientation: noPhone }).length, 1);
    const withPhone = orientation({
      notices: [otherBody],
      remote: [{ id: 'cssm-976', phone: '02 69 61 91 91' }],
    });
    assert.deepEqual(procedureAnswered({ location: MENDE, need, orientation: withPhone }), []);
    const council = orientation({
      notices: [
        { code: 'departement-social-service', departement: '48', name: 'CD 48', phone: '+33466496666' },
      ],
    });
    assert.deepEqual(procedureAnswered({ location: MENDE, need, orientation: council }), []);
    const placeShown = orientation({ results: [shown(franceServices, 'admin-help', 3)] });
    assert.deepEqual(procedureAnswered({ location: MENDE, need, orientation: placeShown }), []);
  });
});

describe('audit invariant nearest-suitable', () => {
  // Mende, and places due north of it: 0.09° of latitude is about 10 km.
  const north = (km: number) => MENDE.latitude + km / 111.2;
  const helpDesk = (id: string, km: number, extra: Parameters<typeof place>[0] | object = {}) =>
    place({
      id,
      latitude: north(km),
      longitude: MENDE.longitude,
      insee: '48001',
      services: ['Aide aux démarches administratives'],
      ...extra,
    });
  const check = (
    first: ReturnType<typeof helpDesk>,
    others: ReturnType<typeof helpDesk>[],
    km: number,
    need = {},
  ) =>
    nearestSuitable({
      location: MENDE,
      need,
      orientation: orientation({ location: MENDE, results: [shown(first, 'admin-help', km)] }),
      index: new PlaceIndex([first, ...others]),
      at,
    });

  test('breaks when a place of the same kind is more than 10 km and twice as near', () => {
    const [broken] = check(helpDesk('far', 30), [helpDesk('near', 5)], 30);
    assert.match(broken ?? '', /far .* at 30 km, while near .* is 5 km away/);
    // 18 km against 5: 13 km more, but the far one would need to be more than twice as far too.
    assert.equal(check(helpDesk('far', 18), [helpDesk('near', 5)], 18).length, 1);
    assert.deepEqual(check(helpDesk('far', 14), [helpDesk('near', 5)], 14), []);
    assert.deepEqual(check(helpDesk('far', 8), [helpDesk('near', 1)], 8), []);
  });

  test('holds when the nearer place does not open to them, or is not of that kind', () => {
    assert.deepEqual(
      check(helpDesk('far', 30), [helpDesk('shelter', 5, { restrictedTo: ['residents'] })], 30),
      [],
    );
    assert.deepEqual(
      check(helpDesk('far', 30), [helpDesk('ccas-elsewhere', 5, { claims: ['ccas'] })], 30),
      [],
    );
    assert.deepEqual(
      check(
        helpDesk('far', 30),
        [helpDesk('library', 5, { services: ['Maîtrise des outils numériques du quotidien'] })],
        30,
      ),
      [],
    );
  });

  test('holds for the exceptions a social worker accepts', () => {
    // A place of their own commune.
    assert.deepEqual(check(helpDesk('own-commune', 30, { insee: '48095' }), [helpDesk('near', 5)], 30), []);
    // A better fit for the procedure: a France Services for a CAF claim.
    const fs = helpDesk('fs', 30, { programmes: ['France Services'] });
    assert.deepEqual(check(fs, [helpDesk('near', 5)], 30, { procedure: 'caf-rsa' }), []);
    // Open now, while the nearer one stays shut all day (Tuesday: it opens on Thursdays).
    const open = { ...helpDesk('open', 30), horaires: 'Mo-Fr 08:00-18:00' };
    const shut = helpDesk('thursdays', 5, { horaires: 'Th 09:00-12:00' });
    const o = orientation({
      location: MENDE,
      results: [{ ...shown(open, 'admin-help', 30), open: { state: 'open', closesAt: '18:00' } }],
    });
    assert.deepEqual(
      nearestSuitable({ location: MENDE, need: {}, orientation: o, index: new PlaceIndex([open, shut]), at }),
      [],
    );
    // A place known only by its town may be anywhere in it: 5 km from the centre of a town 20 km
    // wide is up to 20.6 km away, and 30 km is less than 10 km farther.
    assert.deepEqual(check(helpDesk('far', 30), [helpDesk('somewhere', 5, { town: 20 })], 30), []);
    assert.equal(check(helpDesk('far', 30), [helpDesk('somewhere', 5, { town: 5 })], 30).length, 1);
  });
});
