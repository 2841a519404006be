import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { areasFromDatasFun } from '../src/geo/communes-sources.js';
import { distanceKm } from '../src/geo/distance.js';
import { type Commune, Gazetteer, serializeGazetteer } from '../src/geo/gazetteer.js';
import { locateInFiles, parseSpelling, shardGazetteer } from '../src/geo/gazetteer-shards.js';
import { resolveLocation } from '../src/geo/resolve.js';
import {
  type PublicOffice,
  placeAtTownHalls,
  placementFigures,
  reachesOf,
  TOWN_HALL_GUARD,
} from '../src/geo/town-halls.js';
import type { Place } from '../src/places/place.js';
import { publicOfficesOf } from '../src/places/town-halls.js';
import { orient } from '../src/routing/orient.js';
import { PlaceIndex } from '../src/routing/place-index.js';
import {
  FILES,
  needsSharedData,
  publishedCommunes,
  readReal,
  realGazetteer,
  realGazetteerMeta,
  realPlacement,
  SHARED,
  where,
} from './helpers.js';

/**
 * Where the person is (issue 22, section 2): a commune resolves to where its people live, its
 * town hall or its main town, not the centre of its area. Proven over every commune, then on the
 * towns the social worker tried.
 */

const TUESDAY_MORNING = new Date('2026-11-24T09:30:00Z');

const commune = (over: Partial<Commune> & Pick<Commune, 'insee' | 'name'>): Commune => ({
  type: 'COM',
  departement: over.insee.slice(0, 2),
  postalCodes: [],
  population: 100,
  latitude: null,
  longitude: null,
  point: 'centre',
  ...over,
});
const office = (over: Partial<PublicOffice> & Pick<PublicOffice, 'insee' | 'latitude' | 'longitude'>) => ({
  name: 'Mairie',
  role: 'town-hall' as const,
  ...over,
});

describe('town halls: the rules, on hand-written communes', () => {
  // A row of villages 5 km apart along a parallel, 30 km² each (a reach of 3.1 km).
  const villages = [0, 1, 2, 3].map((i) =>
    commune({ insee: `7700${i}`, name: `Village ${i}`, latitude: 48.5, longitude: 2.5 + i * 0.068 }),
  );
  const areas = new Map(villages.map((v) => [v.insee, 30]));
  const at = (placement: ReturnType<typeof placeAtTownHalls>, insee: string) =>
    placement.communes.find((c) => c.insee === insee);

  test('a commune moves to its town hall; one far beyond its size keeps its centre', () => {
    const placement = placeAtTownHalls(
      villages,
      [
        office({ insee: '77000', latitude: 48.51, longitude: 2.51 }),
        // 3 reaches is 9.4 km: this one, 20 km north, was geocoded elsewhere.
        office({ insee: '77001', latitude: 48.68, longitude: 2.568 }),
        // Another département's box.
        office({ insee: '77002', latitude: 43.3, longitude: 5.4 }),
        office({
          insee: '77003',
          name: 'Mairie déléguée de Hameau',
          role: 'part',
          latitude: 48.51,
          longitude: 2.71,
        }),
      ],
      areas,
    );
    assert.deepEqual([at(placement, '77000')?.latitude, at(placement, '77000')?.point], [48.51, 'town-hall']);
    assert.deepEqual([at(placement, '77001')?.latitude, at(placement, '77001')?.point], [48.5, 'centre']);
    assert.equal(at(placement, '77002')?.point, 'centre');
    assert.equal(at(placement, '77003')?.point, 'centre', 'a delegated town hall is a part’s');
    assert.deepEqual(
      placement.refused.map((r) => [r.insee, r.reason]),
      [
        ['77001', 'far'],
        ['77002', 'departement'],
      ],
    );
    assert.deepEqual(
      placement.withoutTownHall.map((w) => w.insee),
      ['77003'],
    );
  });

  test('places open to all that agree with each other overrule a town hall; one alone does not', () => {
    // Within 3 reaches of the centre, but 7 km from both offices.
    const wrong = { insee: '77000', latitude: 48.56, longitude: 2.5 };
    const two = [
      office({ insee: '77000', role: 'office', latitude: 48.49, longitude: 2.49 }),
      office({ insee: '77000', role: 'office', latitude: 48.495, longitude: 2.495 }),
    ];
    const overruled = placeAtTownHalls(villages, [office(wrong), ...two], areas);
    assert.deepEqual(
      [at(overruled, '77000')?.point, at(overruled, '77000')?.latitude],
      ['offices', 48.49],
      'the office nearest to the others (the first, on a tie)',
    );
    const alone = placeAtTownHalls(villages, [office(wrong), two[0] as PublicOffice], areas);
    assert.equal(at(alone, '77000')?.point, 'town-hall');
    // The same place listed twice (100 m) is one place.
    const twice = placeAtTownHalls(
      villages,
      [office(wrong), two[0] as PublicOffice, { ...(two[0] as PublicOffice), latitude: 48.4905 }],
      areas,
    );
    assert.equal(at(twice, '77000')?.point, 'town-hall');
    // Among its offices, a town hall is right even far from a centre that is off.
    const offCentre = [commune({ ...villages[0], latitude: 48.6 } as Commune), ...villages.slice(1)];
    const agreed = placeAtTownHalls(
      offCentre,
      [office({ insee: '77000', latitude: 48.49, longitude: 2.5 }), ...two],
      areas,
    );
    assert.equal(at(agreed, '77000')?.point, 'town-hall');
  });

  test('a commune nouvelle takes the town hall of its former commune named like it', () => {
    const nouvelle = commune({
      insee: '77004',
      name: 'Val-Nouveau',
      latitude: 48.5,
      longitude: 2.8,
      formerCodes: ['77104', '77105'],
    });
    const delegated = commune({
      insee: '77105',
      name: 'Ancien',
      type: 'COMD',
      parent: '77004',
      latitude: 48.5,
      longitude: 2.8,
      point: 'parent',
    });
    const placement = placeAtTownHalls(
      [...villages, nouvelle, delegated],
      [
        office({ insee: '77105', name: 'Mairie d’Ancien', latitude: 48.49, longitude: 2.79 }),
        office({ insee: '77104', name: 'Mairie de Val-Nouveau', latitude: 48.505, longitude: 2.805 }),
      ],
      areas,
    );
    assert.deepEqual([at(placement, '77004')?.latitude, at(placement, '77004')?.longitude], [48.505, 2.805]);
    const follows = placement.communes.find((c) => c.insee === '77105');
    assert.deepEqual(
      [follows?.latitude, follows?.longitude],
      [48.505, 2.805],
      'its delegated commune follows',
    );
  });

  test('the gazetteer says which point each commune is, and its other names', () => {
    const meta = {
      format: 'mediation-finder-gazetteer' as const,
      version: 1 as const,
      attribution: '',
      departements: {},
    };
    const text = serializeGazetteer(meta, [
      commune({ insee: '77001', name: 'Village', latitude: 48.5, longitude: 2.5, point: 'town-hall' }),
      commune({
        insee: '98613',
        name: 'Uvea',
        departement: '986',
        postalCodes: ['98600'],
        latitude: -13.282,
        longitude: -176.175,
        approximateCentre: true,
        point: 'chief-village',
        otherNames: ['Mata-Utu', 'Matautu'],
      }),
    ]);
    assert.match(text, /\n77001\tVillage\tC\t\t\t100\t48\.500\t2\.500\tM\n/);
    assert.match(text, /\n98613\tUvea\tC\t\t98600\t100\t~-13\.282\t-176\.175\tV\tMata-Utu\|Matautu\n/);
    const parsed = Gazetteer.parse(text);
    assert.equal(parsed.byInsee('77001')?.point, 'town-hall');
    assert.deepEqual(parsed.byInsee('98613')?.otherNames, ['Mata-Utu', 'Matautu']);
  });
});

describe('town halls: every commune of France', needsSharedData, () => {
  const placement = realPlacement();
  const gazetteer = realGazetteer();
  const centres = new Map(publishedCommunes().map((c) => [`${c.insee} ${c.type}`, c]));
  const areas = areasFromDatasFun(readFileSync(join(SHARED, 'communes/datas-fun-communes-2024.csv'), 'utf8'));
  const resolved = new Map(gazetteer.communes.map((c) => [`${c.insee} ${c.type}`, c]));
  const resolvedOf = (c: Commune) => resolved.get(`${c.insee} ${c.type}`);

  test('the figures: how many communes moved, and how far', () => {
    const f = placementFigures(placement);
    process.stdout.write(
      `# communes and arrondissements with a point: ${f.communes}; at their town hall ${f.moved} (moved a median ${f.medianKm} km, ` +
        `90th percentile ${f.p90Km} km, ${f.over5Km} more than 5 km, farthest ${f.farthest?.name} ${f.farthest?.km} km); ` +
        `among their other public places ${f.atOffices}; at their centre: ${f.withoutTownHall} without a town hall position, ` +
        `${f.refused.far} whose town hall lies beyond their size, ${f.refused.departement} outside their département, ` +
        `${f.refused.shared} on another commune's point\n`,
    );
    assert.ok(f.moved > 30_000, `${f.moved} at their town hall`);
    assert.equal(
      f.communes,
      f.moved +
        f.atOffices +
        f.withoutTownHall +
        f.refused.far +
        f.refused.departement +
        f.refused.offices +
        f.refused.shared,
    );
  });

  test('every commune with a plausible town hall resolves to it, or among its public places', () => {
    const shared = new Set(placement.refused.filter((r) => r.reason === 'shared').map((r) => r.insee));
    const halls = publicOfficesOf(readFileSync(join(SHARED, FILES.townHalls))).filter(
      (h) => h.role === 'town-hall',
    );
    let atHall = 0;
    let elsewhere = 0;
    for (const hall of halls) {
      const centre = centres.get(`${hall.insee} COM`) ?? centres.get(`${hall.insee} ARM`);
      if (!centre || centre.latitude === null || centre.longitude === null) continue;
      const area = areas.get(centre.insee);
      if (!area) continue;
      // Plausible: within 3 reaches (the radius of a disc of its area) of the commune's centre.
      const reach = Math.sqrt(area / Math.PI);
      if (
        distanceKm(centre.latitude, centre.longitude, hall.latitude, hall.longitude) >
        TOWN_HALL_GUARD.spread * reach
      )
        continue;
      const resolved = resolvedOf(centre);
      assert.ok(resolved?.latitude != null && resolved.longitude != null, centre.name);
      const km = distanceKm(resolved.latitude, resolved.longitude, hall.latitude, hall.longitude);
      if (km <= 0.15) {
        atHall++;
        continue;
      }
      // Another town hall of the same code (two rows), its public places that agree elsewhere, or
      // its centre where its town hall sits on another commune's point (`sharedKm`).
      assert.ok(
        resolved.point === 'offices' ||
          halls.some((h) => h !== hall && h.insee === hall.insee) ||
          shared.has(centre.insee),
        `${centre.name} (${centre.insee}) resolves ${km.toFixed(1)} km from its town hall (${resolved.point})`,
      );
      elsewhere++;
    }
    process.stdout.write(
      `# plausible town halls: ${atHall} resolved there, ${elsewhere} overruled by their commune's public places\n`,
    );
    assert.ok(atHall > 30_000);
  });

  test('no commune resolves implausibly far from all its places in the data', () => {
    // Every place of the data open to all, located at its address or street: where a commune's
    // public life is.
    const byInsee = new Map<string, Place[]>();
    for (const key of ['cnfs', 'dataInclusion', 'hinaura', 'franceServices', 'counters'] as const) {
      for (const place of readReal(key).places) {
        if (!place.code_insee || place.quality.position === 'town' || place.restrictedTo.length) continue;
        const list = byInsee.get(place.code_insee);
        if (list) list.push(place);
        else byInsee.set(place.code_insee, [place]);
      }
    }
    const published = publishedCommunes();
    const reaches = reachesOf(published, areas);
    const check = (point: (c: Commune) => Commune | undefined) => {
      let checked = 0;
      const far: string[] = [];
      for (const c of published) {
        if (c.type !== 'COM' && c.type !== 'ARM') continue;
        const own = byInsee.get(c.insee) ?? [];
        // Two places that agree (3 km apart at most; one place listed twice is one) tell where the
        // town is; one alone may be wrong.
        const agreed = own.filter((p) =>
          own.some((q) => {
            const d = distanceKm(p.latitude, p.longitude, q.latitude, q.longitude);
            return d > 0.1 && d <= TOWN_HALL_GUARD.agreeKm;
          }),
        );
        const at = point(c);
        if (!agreed.length || at?.latitude == null || at.longitude == null) continue;
        checked++;
        const { latitude, longitude } = at as { latitude: number; longitude: number };
        const nearest = Math.min(
          ...agreed.map((p) => distanceKm(latitude, longitude, p.latitude, p.longitude)),
        );
        // Implausible: farther from all of them than 15 km (a long drive to any help) and than
        // the commune stretches (a commune nouvelle's places may be in another of its villages).
        if (nearest > Math.max(15, reaches.get(c) ?? 0))
          far.push(`${c.name} (${c.insee}) ${nearest.toFixed(1)} km`);
      }
      return { checked, far };
    };
    const before = check((c) => c);
    const after = check(resolvedOf);
    process.stdout.write(
      `# communes whose places agree: ${after.checked}; resolved farther than 15 km and their reach from all of them: ` +
        `${before.far.length} at their centre (${before.far.join(', ')}), ${after.far.length} now\n`,
    );
    assert.ok(
      before.far.some((f) => f.startsWith('Saint-Laurent-du-Maroni')),
      'the test sees the old fault',
    );
    assert.deepEqual(after.far, []);
  });

  test('Saint-Laurent-du-Maroni, Kourou, Arles, Maripasoula resolve in their town', () => {
    // The towns' own coordinates (their town halls, French Wikipedia).
    const towns: Array<[string, number, number]> = [
      ['Saint-Laurent-du-Maroni', 5.4983, -54.0283],
      ['Kourou', 5.16, -52.65],
      ['Arles', 43.6767, 4.6278],
      ['Maripasoula', 3.64, -54.03],
    ];
    for (const [name, latitude, longitude] of towns) {
      const location = where(name);
      const km = distanceKm(location.latitude, location.longitude, latitude, longitude);
      assert.ok(km < 2.5, `${name} resolves ${km.toFixed(1)} km from its town`);
    }
  });

  test('a 2017 town-hall point in another town gives way to the offices that agree (Saint-Pierre, Cholet)', () => {
    // Saint-Pierre (974) was placed in Le Tampon, 7 km from its CAF, CGSS and Mission locale, and
    // every answer there counted from it; Cholet's point lay 7 km south of its town. The towns'
    // own town halls (their addresses in the annuaire, on a map).
    const towns: Array<[string, number, number]> = [
      ['97410', -21.3396, 55.4781],
      ['97430', -21.278, 55.5155],
      ['49300', 47.0598, -0.8787],
      ['44120', 47.1688, -1.4697],
    ];
    for (const [code, latitude, longitude] of towns) {
      const location = where(code);
      const km = distanceKm(location.latitude, location.longitude, latitude, longitude);
      assert.ok(km < 2.5, `${code} ${location.label} resolves ${km.toFixed(1)} km from its town hall`);
    }
  });

  test('a town hall geocoded on a neighbour’s is refused; the neighbour keeps its own', () => {
    // 2017: Guipavas's town hall on Kersaint-Plabennec's (4.8 km from Guipavas's centre), Genas's
    // on Meyzieu's. Their own town halls: place Saint-Éloi, place du Général-de-Gaulle.
    const towns: Array<[string, number, number]> = [
      ['Guipavas', 48.4352, -4.3987],
      ['Genas', 45.7318, 5.0015],
    ];
    for (const [name, latitude, longitude] of towns) {
      const location = where(name);
      const km = distanceKm(location.latitude, location.longitude, latitude, longitude);
      assert.ok(km < 2, `${name} resolves ${km.toFixed(1)} km from its town hall`);
    }
    const point = (insee: string) =>
      placement.communes.find((c) => c.insee === insee && c.type === 'COM')?.point;
    assert.equal(point('29091'), 'town-hall', 'Kersaint-Plabennec keeps its town hall');
    assert.equal(point('69282'), 'town-hall', 'Meyzieu keeps its town hall');
    assert.ok(placement.refused.some((r) => r.insee === '29075' && r.reason === 'shared'));
  });

  test('a commune of 2025–26 the communes’ list placed by its postal codes: at its former communes’ centre, then its town hall', () => {
    // Orée d'Anjou (49126, 17,000 people) was placed 20 km east of its town, at the mean of the
    // communes of 49270 and 49530, where its town hall (filed under Champtoceaux's 49069) seemed
    // too far to be its own. Its town hall: 13 rue Marguerite de Clisson, Champtoceaux.
    const location = where("Orée d'Anjou");
    const km = distanceKm(location.latitude, location.longitude, 47.3379, -1.2638);
    assert.ok(km < 2, `Orée d'Anjou resolves ${km.toFixed(1)} km from its town hall`);
    // Celles (15) has no former commune the list locates: its point is said to be approximate.
    assert.equal(
      gazetteer.communes.find((c) => c.insee === '15031' && c.type === 'COM')?.approximateCentre,
      true,
    );
    assert.equal(
      gazetteer.communes.find((c) => c.insee === '49126' && c.type === 'COM')?.approximateCentre,
      undefined,
    );
  });

  test('Saint-Laurent-du-Maroni: its own CAF a few kilometres away, not 61', () => {
    const index = new PlaceIndex(readReal('counters').places);
    const o = orient(index, where('97320'), { procedure: 'caf-aides-logement' }, { at: TUESDAY_MORNING });
    const caf = o.results.find((r) => r.actor === 'body-counter' && /Saint-Laurent/.test(r.nom));
    assert.ok(caf, o.results.map((r) => `${r.nom} ${r.distance_km}`).join(', '));
    assert.ok(caf.distance_km < 3, `${caf.distance_km} km`);
  });

  test('typed coordinates and a position stay where they are', () => {
    const resolved = resolveLocation(gazetteer, '4.95,-54.01');
    assert.ok(resolved.ok);
    assert.deepEqual([resolved.location.latitude, resolved.location.longitude], [4.95, -54.01]);
  });

  test('Mata-Utu, Wallis’s chief town, resolves to its commune (Uvea), from the small files too', async () => {
    for (const typed of ['Mata-Utu', 'Mata Utu', 'matautu', 'Mata-Utu 98600']) {
      const resolved = resolveLocation(gazetteer, typed);
      assert.ok(resolved.ok, `${typed}: ${resolved.ok ? '' : resolved.error}`);
      assert.equal(resolved.location.commune?.insee, '98613', typed);
      assert.equal(resolved.location.approximate, true);
    }
    const label = resolveLocation(gazetteer, 'Mata-Utu');
    assert.equal(label.ok && label.location.label, 'Mata-Utu (Uvea, 98600)');
    assert.equal(gazetteer.search('mata')[0]?.name, 'Uvea');
    const { index, files } = shardGazetteer(realGazetteerMeta(), gazetteer.communes);
    const read = async (file: string) => Gazetteer.parse(files.get(file) as string);
    const fromSmall = await locateInFiles('Mata-Utu', index, read, async (file) =>
      parseSpelling(files.get(file) as string),
    );
    assert.ok(fromSmall, 'the small files answer');
    assert.equal(fromSmall.ok && fromSmall.location.commune?.insee, '98613');
  });
});
