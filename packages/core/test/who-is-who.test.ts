import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { classificationSummary } from '../src/cli/validate.js';
import { departementOfPlace } from '../src/geo/gazetteer.js';
import { classify } from '../src/places/classify.js';
import { readPlaces } from '../src/places/reader.js';
import { orient } from '../src/routing/orient.js';
import { kindsOf, PlaceIndex } from '../src/routing/place-index.js';
import { parseTable } from '../src/tables/table.js';
import {
  fixture,
  needsSharedData,
  realGazetteer,
  realPlaceIndex,
  SHARED,
  said,
  TODAY,
  where,
} from './helpers.js';

const TUESDAY_MORNING = new Date('2026-11-24T09:30:00Z');
const fixtureReport = () =>
  readPlaces(readFileSync(fixture('who-is-who-v1.csv')), {
    file: 'who-is-who-v1.csv',
    gazetteer: realGazetteer(),
    today: TODAY,
  });
const warningsOf = (report: ReturnType<typeof fixtureReport>, id: string) =>
  report.warnings.filter((w) => w.id === id).flatMap((w) => w.messages);

describe('who is who: classification', () => {
  test('a town hall is known by its name even when the name is its town’s ("Mairie de Vern Sur Seiche" in Vern-sur-Seiche)', () => {
    const cases: Array<[string, string, boolean]> = [
      ['Mairie de Vern Sur Seiche', 'Vern-sur-Seiche', true],
      ['MAIRIE VAL REVERMONT', 'VAL-REVERMONT', true],
      ["mairie d'Armentières", 'Armentières', true],
      ['mairie', 'Verneuil Grand', true],
      ['Mairie de Saint-Just', 'Bourg-en-Bresse', true],
      ['Hôtel de Ville de Rennes', 'Rennes', true],
      ['Mairie annexe de la Chaume - Agence postale communale', "Les Sables d'Olonne", false],
      ['Maison de la mairie des jeunes', 'Lyon', false],
    ];
    for (const [nom, commune, townHall] of cases) {
      const { claims } = classify({
        format: 'standard-v1',
        nom,
        commune,
        typologie: ['MUNI'],
        programmes: [],
      });
      assert.equal(
        claims.some((c) => c.kind === 'town-hall'),
        townHall,
        `${nom} (${commune}): ${JSON.stringify(claims)}`,
      );
    }
  });

  test('social services are found by name when they carry no typology code', () => {
    const cases: Array<[string, string, string]> = [
      ['CCAS Agence Centre', 'Marseille', 'ccas'],
      ['Centre Communal d’Action Sociale de Lunel', 'Lunel', 'ccas'],
      ['Maison des Solidarités de Guéret', 'Guéret', 'departement-social-service'],
      ['MDS Nord', 'Lille', 'departement-social-service'],
      ['Centre médico-social de Mende', 'Mende', 'departement-social-service'],
      ['Espace départemental des solidarités', 'Angers', 'departement-social-service'],
    ];
    for (const [nom, commune, kind] of cases) {
      const { claims } = classify({ format: 'legacy-v0', nom, commune, typologie: [], programmes: [] });
      assert.deepEqual(
        claims.map((c) => [c.kind, c.evidence, c.confidence]),
        [[kind, 'name', 'medium']],
        nom,
      );
    }
  });

  test('Rennes’s listing: a crèche, a rehabilitation hospital, home care, a professional order are no public door', () => {
    const reserved = (nom: string) =>
      classify({ format: 'legacy-v0', nom, commune: 'Rennes', typologie: [], programmes: [] }).restrictedTo;
    assert.deepEqual(reserved('Crèche municipale Les Lucioles'), ['enrolled']);
    assert.deepEqual(reserved('Multi-accueil Saint-Hélier'), ['enrolled']);
    assert.deepEqual(reserved('Pôle MPR Saint-Hélier'), ['patients']);
    assert.deepEqual(reserved('Centre de médecine physique et de réadaptation'), ['patients']);
    assert.deepEqual(reserved('Polyclinique Saint-Laurent'), ['patients']);
    assert.deepEqual(reserved('SAAD Bien à la maison'), ['patients']);
    assert.deepEqual(reserved('SSIAD du Pays de Rennes'), ['patients']);
    assert.deepEqual(reserved("Conseil régional de l'Ordre des pharmaciens de Bretagne"), ['enrolled']);
    // The same listing's centre for the perpetrators of domestic violence, in Paris.
    assert.deepEqual(
      reserved(
        "SOS violences familiales - Centre d'accueil pour les auteurs de violences conjugales et familiales - Paris",
      ),
      ['under-justice-supervision'],
    );
    // Still doors: a town hall, a library.
    assert.deepEqual(reserved('Mairie de Rennes'), []);
    assert.deepEqual(reserved('Bibliothèque des Champs Libres'), []);
  });

  test('a centre social is not social work; a town named L’Hôpital is no hospital', () => {
    const social = classify({
      format: 'legacy-v0',
      nom: 'Centre social Arc-en-ciel',
      commune: 'Melun',
      typologie: [],
      programmes: [],
    });
    assert.deepEqual(
      social.claims.map((c) => c.kind),
      ['centre-social'],
    );
    const library = classify({
      format: 'legacy-v0',
      nom: "Médiathèque de L'Hôpital",
      commune: "L'Hôpital",
      typologie: [],
      programmes: [],
    });
    assert.deepEqual(library.claims, []);
    assert.deepEqual(library.restrictedTo, []);
  });

  test('places for their own public are flagged with whom they serve', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['CHRS Les Acacias', ['CHRS'], ['residents']],
      ['CADA de Melun', [], ['residents']],
      ['CSAPA Le Relais', [], ['patients']],
      ['SPIP de Seine-et-Marne', [], ['under-justice-supervision']],
      ['Mission locale du Grand Melun', [], ['young-16-25']],
      ['Cap emploi 77', [], ['disabled-job-seekers']],
    ];
    for (const [nom, typologie, restricted] of cases) {
      const result = classify({ format: 'legacy-v0', nom, commune: 'Melun', typologie, programmes: [] });
      assert.deepEqual(result.restrictedTo, restricted, nom);
    }
    // A France Services hosted by a hospital is open to all.
    const hosted = classify({
      format: 'france-services',
      nom: 'France Services du centre hospitalier',
      commune: 'Melun',
      typologie: ['RFS'],
      programmes: ['France Services'],
    });
    assert.deepEqual(hosted.restrictedTo, []);
  });

  test('"France Services" only from the official list or the national export', () => {
    const legacy = classify({
      format: 'legacy-v0',
      nom: 'Médiathèque',
      commune: 'Lille',
      typologie: [],
      programmes: ['France Services'],
    });
    assert.deepEqual(legacy.programmes, []);
    assert.equal(legacy.claims[0]?.confidence, 'unconfirmed');
    const national = classify({
      format: 'standard-v1',
      nom: 'Maison',
      commune: 'Lille',
      typologie: [],
      programmes: ['France Services'],
    });
    assert.deepEqual(national.programmes, ['France Services']);
    assert.equal(national.claims[0]?.confidence, 'high');
  });

  test('on the real data: France Services and "do it for you" are honest', needsSharedData, () => {
    const { places } = realPlaceIndex();
    const franceServices = places.filter((p) =>
      p.dispositif_programmes_nationaux.includes('France Services'),
    );
    // At most the official list (2,845 sites, some merged with each other), never the 3,887 of before.
    assert.ok(franceServices.length <= 2845, `${franceServices.length} France Services`);
    assert.ok(franceServices.every((p) => p.provenance.some((s) => s.format === 'france-services')));
    const forYou = places.filter((p) => p.capabilities.doesItForYou);
    assert.ok(forYou.every((p) => p.dispositif_programmes_nationaux.includes('Aidants Connect')));
    // The legacy "A ma place" tick alone: accompaniment step by step, never "for you".
    const stepByStep = places.filter((p) => p.capabilities.stepByStep);
    assert.ok(stepByStep.length > 100, `${stepByStep.length} step by step`);
    assert.ok(stepByStep.every((p) => !p.capabilities.doesItForYou));
  });

  test(
    'on the real data: social services exist in most départements, centres sociaux do not count',
    needsSharedData,
    () => {
      const { index, places } = realPlaceIndex();
      const social = places.filter((_, i) => (index.kinds[i] as number) & 1);
      const departements = new Set(social.map((p) => departementOfPlace(p)));
      assert.ok(social.length > 300, `${social.length} social-work places`);
      assert.ok(departements.size > 70, `${departements.size} départements`);
      assert.ok(!social.some((p) => p.claims.every((c) => c.kind === 'centre-social')));
      const summary = classificationSummary(places);
      assert.ok((summary.kinds.find((k) => k.kind === 'ccas')?.byEvidence.name ?? 0) > 100);
    },
  );

  test(
    'Marseille 3e, a social situation: the CCAS of Marseille, not one in the Gard',
    needsSharedData,
    () => {
      const { index } = realPlaceIndex();
      const o = orient(index, where('13003'), { difficulty: 'situation' }, { at: TUESDAY_MORNING });
      const social = o.results.filter((r) => r.actor === 'social-work');
      assert.ok(social.length > 0);
      assert.ok(
        social.every((r) => r.place.code_postal.startsWith('13')),
        social.map((r) => r.nom).join(', '),
      );
      assert.ok(social.some((r) => /ccas/i.test(r.nom)));
    },
  );

  test('"I cannot do it": every "for you" result is an Aidants Connect place', needsSharedData, () => {
    const { index } = realPlaceIndex();
    for (const town of ['Lille', '13001', 'Lyon', '77000', 'Rennes']) {
      const o = orient(
        index,
        where(town),
        { procedure: 'caf-rsa', difficulty: 'do-for-me' },
        { at: TUESDAY_MORNING },
      );
      for (const r of o.results) {
        const saysForYou = r.reasons.some((x) => x.code === 'does-it-for-you');
        if (saysForYou)
          assert.ok(r.place.dispositif_programmes_nationaux.includes('Aidants Connect'), `${town}: ${r.nom}`);
        if (r.actor === 'do-it-for-me') assert.ok(r.place.capabilities.doesItForYou, `${town}: ${r.nom}`);
      }
    }
  });
});

describe('who is who: reading', () => {
  const report = fixtureReport();
  const byId = (id: string) => report.places.find((p) => p.id === id);

  test('placeholder, ancient and future dates become unknown, and are reported', () => {
    for (const id of ['date-1970', 'date-1969', 'date-future']) {
      const place = byId(id);
      assert.ok(place, id);
      assert.equal(place.date_maj, undefined);
      assert.equal(place.quality.unknownDate, true);
      assert.match(warningsOf(report, id).join(), /not believable/);
    }
  });

  test(
    'an INSEE code that contradicts postal code and name does not move a place across the world',
    needsSharedData,
    () => {
      const place = byId('nc-1');
      assert.ok(place);
      assert.equal(place.code_insee, '98817', 'Le Mont-Dore, New Caledonia');
      assert.equal(place.latitude, -22.262);
      assert.equal(place.quality.approximateCoordinates, false);
      assert.match(
        warningsOf(report, 'nc-1').join(),
        /INSEE code 63236 \(Mont-Dore, 63\) contradicts postal code 98809/,
      );
      // And a person in the Puy-de-Dôme's Mont-Dore is not offered it.
      const index = new PlaceIndex(report.places);
      const o = orient(index, where('63240'), {}, { at: TUESDAY_MORNING, maxKm: 120 });
      assert.ok(!o.results.some((r) => r.id === 'nc-1'));
    },
  );

  test('rows sharing an id: the same place merges, another place keeps its row', () => {
    assert.equal(report.mergedSameId, 1);
    const melun = byId('ville-de-melun-same-1');
    assert.ok(melun);
    assert.deepEqual(melun.provenance.map((p) => p.source).sort(), ['cd77', 'ville-de-melun']);
    assert.ok(
      melun.services.includes('Aide aux démarches administratives'),
      'the second source’s fields kept',
    );
    assert.equal(byId('cd77-bib-same-1')?.commune, 'Fontainebleau');
    assert.equal(report.rejected.length, 0);
  });

  test('a town-centre position ranks with the town’s size, never as 0 km', needsSharedData, () => {
    const town = byId('town-1');
    assert.ok(town);
    assert.equal(town.quality.position, 'town');
    assert.ok((town.quality.positionUncertaintyKm ?? 0) >= 0.5);
    const index = new PlaceIndex(report.places);
    // From Vaux-le-Pénil's point (its town hall), the France Services 600 m away at a real address
    // comes before the place known only by the town's name (which used to be "0 km away").
    const centre = { latitude: town.latitude, longitude: town.longitude, label: 'Vaux-le-Pénil' };
    const o = orient(index, centre, { procedure: 'caf-prime-activite' }, { at: TUESDAY_MORNING });
    const ids = o.results.map((r) => r.id);
    assert.ok(ids.indexOf('fs-vaux') < ids.indexOf('town-1'), ids.join(', '));
    const distance = o.results.find((r) => r.id === 'town-1')?.reasons.find((r) => r.code === 'distance');
    assert.deepEqual(distance && 'uncertaintyKm' in distance && distance.approximate, true);
    assert.match(said(o.results.find((r) => r.id === 'town-1')), /adresse approximative/);
  });

  test('a place reserved to its residents is offered only to them, and says so', () => {
    const index = new PlaceIndex(report.places);
    const melun = where('77000');
    const need = { procedure: 'caf-prime-activite' } as const;
    const open = orient(index, melun, need, { at: TUESDAY_MORNING });
    assert.ok(!open.results.some((r) => r.id === 'chrs-1'));
    const resident = orient(index, melun, { ...need, belongsTo: ['residents'] }, { at: TUESDAY_MORNING });
    const chrs = resident.results.find((r) => r.id === 'chrs-1');
    assert.ok(chrs);
    assert.deepEqual(
      chrs.reasons.find((r) => r.code === 'restricted'),
      { code: 'restricted', publics: ['residents'] },
    );
    assert.match(said(chrs), /^Réservé à ses résidents/);
    assert.throws(
      () => orient(index, melun, { belongsTo: ['martians' as never] }),
      /unknown public "martians"/,
    );
  });

  test('France Services from the national export: does it with you; Aidants Connect: for you', () => {
    const place = byId('fs-v1');
    assert.ok(place);
    assert.deepEqual(place.capabilities, { doesItForYou: true, doesItWithYou: true, stepByStep: false });
  });
});

describe('who is who: one badly encoded row loses nothing else', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
  const concat = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  };
  const header = 'id,nom,commune,code_postal,adresse,latitude,longitude,date_maj,services\n';
  const good1 =
    'a,Médiathèque Éole,Melun,77000,1 rue Dajot,48.54,2.66,2024-01-01,Aide aux démarches administratives\n';
  const bad =
    'b,Café numérique,Melun,77000,2 rue Dajot,48.54,2.66,2024-01-01,Aide aux démarches administratives\n';
  const good2 =
    'c,Maison de l’Emploi,Melun,77000,3 rue Dajot,48.54,2.66,2024-01-01,Accès internet et matériel informatique\n';

  test('UTF-8 with a BOM and one Windows-1252 row: every other accent intact, ids read', () => {
    const bytes = concat(
      Uint8Array.from([0xef, 0xbb, 0xbf]),
      utf8(header),
      utf8(good1),
      latin1(bad),
      utf8(good2),
    );
    const table = parseTable(bytes);
    assert.equal(table.encoding, 'mixed');
    assert.equal(table.columns[0], 'id', 'the BOM is not glued to the first column');
    const names = table.rows.map((r) => ('record' in r ? r.record.nom : null));
    assert.deepEqual(names, ['Médiathèque Éole', 'Café numérique', 'Maison de l’Emploi']);
    const report = readPlaces(bytes, { file: 'mixed.csv', gazetteer: realGazetteer(), today: TODAY });
    assert.equal(report.accepted, 3);
    assert.deepEqual(report.places.find((p) => p.id === 'c')?.services, [
      'Accès internet et matériel informatique',
    ]);
    assert.match(report.warnings.find((w) => w.id === 'b')?.messages.join() ?? '', /badly encoded/);
    assert.ok(!report.warnings.some((w) => w.id === 'a' && w.messages.some((m) => /encoded/.test(m))));
  });

  test('stray bytes inside a UTF-8 row cost only those bytes', () => {
    const broken = concat(
      utf8('d,Lieu '),
      Uint8Array.from([0xff]),
      utf8(' Élan,Melun,77000,4 rue Dajot,48.54,2.66,2024-01-01,\n'),
    );
    const table = parseTable(concat(utf8(header), utf8(good1), broken));
    const record = table.rows[1] && 'record' in table.rows[1] ? table.rows[1].record : {};
    assert.equal(record.nom, 'Lieu \uFFFD Élan');
  });

  test('a file in Windows-1252 throughout is still read as such', () => {
    const table = parseTable(concat(latin1(header), latin1(bad)));
    assert.equal(table.encoding, 'windows-1252');
  });
});

describe('who is who: the annuaire de l’administration', needsSharedData, () => {
  const read = (file: string) =>
    readPlaces(readFileSync(join(SHARED, 'services_publics', file)), {
      file,
      gazetteer: realGazetteer(),
      today: TODAY,
    });

  test('counters: typed, dated 2017, superseded MSAP reported', () => {
    const report = read('annuaire-administration-2017-12-12-guichets-sociaux-emploi.csv');
    assert.equal(report.format, 'annuaire');
    assert.equal(report.rows, 9657);
    const msap = report.rejected.filter((r) =>
      r.messages.some((m) => /Maison de services au public/.test(m)),
    );
    assert.equal(msap.length, 1119);
    const caf = report.places.find((p) => p.id === 'caf-01354-01');
    assert.ok(caf);
    assert.deepEqual(caf.typologie, ['CAF']);
    assert.deepEqual(caf.claims, [
      { kind: 'caf', evidence: 'official-list', value: 'annuaire : caf', confidence: 'certain' },
    ]);
    assert.equal(caf.horaires, 'We 10:00-12:30,13:30-15:30');
    assert.equal(caf.date_maj, '2017-09-11');
    assert.equal(caf.quality.stale, true);
    // A point d'accès au droit gives legal information: never offered as help with a CAF file.
    const legal = report.places.filter((p) => p.claims.some((c) => c.kind === 'legal-access'));
    assert.ok(legal.length > 800);
    assert.ok(legal.every((p) => kindsOf(p) === 0));
    const missions = report.places.filter((p) => p.claims.some((c) => c.kind === 'mission-locale'));
    assert.ok(missions.length > 700);
    assert.ok(missions.every((p) => p.restrictedTo.includes('young-16-25')));
  });

  test('town halls: one per commune, with the commune it serves', () => {
    const report = read('annuaire-administration-2017-12-12-mairies-conseils-departementaux.csv');
    const halls = report.places.filter((p) => p.claims.some((c) => c.kind === 'town-hall'));
    assert.ok(halls.length > 35_000, `${halls.length} town halls`);
    const villars = halls.find((p) => p.id === 'mairie-01443-01');
    assert.equal(villars?.code_insee, '01443');
    assert.equal(villars?.horaires, 'Sa 08:30-12:00; Mo-Fr 08:30-12:00,14:00-17:00');
    const councils = report.places.filter((p) => p.claims.some((c) => c.kind === 'departement-council'));
    assert.ok(councils.length >= 100);
  });
});
