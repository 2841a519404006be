import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { joinNearbySimilarNames, mergePlaces, nameSimilarity } from '../src/places/merge.js';
import type { Place } from '../src/places/place.js';
import { readPlaces } from '../src/places/reader.js';
import { needsSharedData, readReal, TODAY } from './helpers.js';

describe('merging duplicates', needsSharedData, () => {
  const all = () => [
    ...readReal('cnfs').places,
    ...readReal('dataInclusion').places,
    ...readReal('hinaura').places,
    ...readReal('franceServices').places,
  ];

  test('the real sources overlap: counts per rule', () => {
    const { places, report } = mergePlaces(all());
    // Every accepted row (the four shelters for women fleeing violence are withheld, not read in).
    assert.equal(report.input, 12268);
    assert.equal(report.output, places.length);
    assert.equal(report.merged, report.input - report.output);
    assert.ok(report.merged > 3000, `merged ${report.merged}`);
    assert.ok(report.byRule['siret-address'] > 2000);
    assert.ok(report.byRule['name-postal-code'] > 0);
    assert.ok(report.byRule['nearby-similar-name'] > 0);
    assert.equal(
      new Set(places.flatMap((p) => p.provenance.map((s) => `${s.file}|${s.id}`))).size,
      report.input,
    );
  });

  test('a France Services site listed by the conseillers numériques too becomes one place', () => {
    const { places } = mergePlaces(all());
    const site = places.filter((p) => p.provenance.some((s) => s.id === 'france-services-385'));
    assert.equal(site.length, 1);
    const place = site[0]!;
    assert.equal(place.nom, 'France services Mauléon-Licharre');
    assert.deepEqual(place.provenance.map((s) => s.format).sort(), ['france-services', 'legacy-v0']);
    assert.ok(place.dispositif_programmes_nationaux.includes('France Services'));
    assert.ok(place.dispositif_programmes_nationaux.includes('Conseillers numériques'));
    // The France Services list is newer (2024): it leads; the CNFS row adds its other name's
    // services. Neither source gives a SIRET here.
    assert.equal(place.date_maj, '2024-08-01');
    assert.equal(place.quality.placeholderPivot, true);
    assert.ok(place.services.includes('Maîtrise des outils numériques du quotidien'));
  });

  test('one place from three files keeps every provenance (Mpt du Petit Charran, Valence)', () => {
    const { places } = mergePlaces(all());
    const matches = places.filter((p) => p.nom === 'Association Mpt du Petit Charran');
    assert.equal(matches.length, 1);
    assert.deepEqual(new Set(matches[0]!.provenance.map((s) => s.file)).size, 3);
  });

  test('same generic name far apart in one postal code stays two places', () => {
    const base = readReal('franceServices').places[0]!;
    const a = { ...structuredClone(base), id: 'a', nom: 'Médiathèque' };
    const b = {
      ...structuredClone(base),
      id: 'b',
      nom: 'Médiathèque',
      latitude: base.latitude + 0.05,
    };
    assert.equal(mergePlaces([a, b]).places.length, 2);
    const c = {
      ...structuredClone(base),
      id: 'c',
      nom: 'Mediatheque',
      latitude: base.latitude + 0.001,
    };
    assert.equal(mergePlaces([a, c]).places.length, 1);
  });

  test('offices official lists name differently stay two places, however alike their names (Saint-Laurent-du-Maroni)', () => {
    const base = readReal('franceServices').places[0]!;
    const official = (kind: Place['claims'][number]['kind'], value: string) => [
      { kind, evidence: 'official-list' as const, value, confidence: 'certain' as const },
    ];
    // The annuaire gives its town hall and its Pôle emploi one point; their names share the town's words.
    const townHall = {
      ...structuredClone(base),
      id: 'mairie-97311-01',
      nom: 'Mairie de Saint-Laurent-du-Maroni',
      claims: official('town-hall', 'annuaire : mairie'),
    };
    const agency = {
      ...structuredClone(base),
      id: 'pole_emploi-97311-01',
      nom: 'Pôle emploi - Saint-Laurent-du-Maroni',
      claims: official('france-travail', 'annuaire : pole_emploi'),
    };
    assert.ok(nameSimilarity(townHall.nom, agency.nom) >= 0.5, 'alike enough to be merged by name');
    assert.equal(mergePlaces([townHall, agency]).places.length, 2);
    // A mediation file's row for the same town hall (no official claim) is still the same place.
    const listed = {
      ...structuredClone(base),
      id: 'di-1',
      nom: 'Mairie Saint-Laurent-du-Maroni',
      claims: [],
    };
    assert.equal(mergePlaces([townHall, listed]).places.length, 1);
    // Two lists naming the same kind of office (the annuaire's CCAS, a CCAS's own row) merge.
    const ccas = {
      ...townHall,
      id: 'ccas-1',
      nom: 'CCAS de Saint-Laurent-du-Maroni',
      claims: official('ccas', 'annuaire : ccas'),
    };
    const ccasListed = {
      ...structuredClone(base),
      id: 'ccas-2',
      nom: 'CCAS Saint-Laurent-du-Maroni',
      claims: official('ccas', 'typologie'),
    };
    assert.equal(mergePlaces([ccas, ccasListed]).places.length, 1);
  });

  test('name similarity ignores accents, case and small words', () => {
    assert.equal(nameSimilarity('France Services de Valserhône', 'FRANCE SERVICES VALSERHONE'), 1);
    assert.ok(nameSimilarity('Médiathèque de Lunel', 'Mairie de Lunel') < 0.5);
  });
});

describe('merging at scale', () => {
  /** A place as the reader gives it, at a point, with a name and its own SIRET and postal code. */
  const template = readPlaces(
    'id,nom,commune,code_postal,adresse,latitude,longitude,date_maj\nt,Lieu,Paris,75001,1 rue,48.85,2.35,2025-01-01\n',
    { file: 'scale.csv', today: TODAY },
  ).places[0] as Place;
  const at = (i: number, nom: string, latitude: number, longitude: number): Place => ({
    ...structuredClone(template),
    id: `p${i}`,
    nom,
    pivot: String(10_000_000_000_000 + i),
    code_postal: String(10_000 + i),
    adresse: `${i} rue`,
    latitude,
    longitude,
    provenance: [{ ...(template.provenance[0] as Place['provenance'][number]), id: `p${i}` }],
  });

  /** The nearby rule by brute force: every pair within 50 m with similar names. */
  function bruteForceGroups(places: Place[]): string[] {
    const parent = places.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] as number;
      return i;
    };
    for (let a = 0; a < places.length; a++) {
      for (let b = a + 1; b < places.length; b++) {
        const p = places[a] as Place;
        const q = places[b] as Place;
        const dLat = (p.latitude - q.latitude) * 111_320;
        const dLon = (p.longitude - q.longitude) * 111_320 * Math.cos((p.latitude * Math.PI) / 180);
        if (Math.hypot(dLat, dLon) <= 50 && nameSimilarity(p.nom, q.nom) >= 0.5) parent[find(b)] = find(a);
      }
    }
    const groups = new Map<number, string[]>();
    for (const [i, p] of places.entries()) groups.set(find(i), [...(groups.get(find(i)) ?? []), p.id]);
    return [...groups.values()].map((ids) => ids.sort().join(',')).sort();
  }
  const groupsOf = (merged: Place[]) =>
    merged
      .map((p) =>
        p.provenance
          .map((s) => s.id)
          .sort()
          .join(','),
      )
      .sort();

  test('compares only near places with a word in common, and finds every pair the rule would', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const words = [
      'espace',
      'numerique',
      'mediatheque',
      'centre',
      'social',
      'france',
      'services',
      'point',
      'accueil',
    ];
    const places = Array.from({ length: 1500 }, (_, i) => {
      const name = Array.from(
        { length: 1 + Math.floor(rand() * 4) },
        () => words[Math.floor(rand() * words.length)],
      );
      if (rand() < 0.3) name.push(`n${Math.floor(rand() * 50)}`);
      const place = at(i, name.join(' '), 45 + rand() * 0.004, 5 + rand() * 0.006);
      // Provenance as the readers give it, so that groups can be read back.
      Object.assign(place, { provenance: [{ id: place.id }], claims: [], capabilities: {}, typologie: [] });
      return place;
    });
    const { places: merged } = mergePlaces(places.map((p) => ({ ...p, code_postal: p.id, pivot: p.id })));
    assert.deepEqual(groupsOf(merged), bruteForceGroups(places));
  });

  test('ten thousand rows at one point are merged by name with a few thousand comparisons, not fifty million', () => {
    // Before the word index every pair was compared: 5,000 rows took 79 s, 10,000 took 325 s.
    const places = Array.from({ length: 10_000 }, (_, i) =>
      at(i, i % 5 === 0 ? 'Médiathèque' : i % 5 === 1 ? `Point numérique ${i}` : `Lieu ${i}`, 48.85, 2.35),
    );
    const { report } = mergePlaces(places);
    // The 2,000 "Médiathèque" become one, and the 2,000 "Point numérique n" (two words of three in
    // common) another; "Lieu n" and "Lieu m" share one word of three: not the same place.
    assert.equal(report.output, 6_002);
    assert.equal(report.byRule['nearby-similar-name'], 3_998);
    // The same join, counting the pairs looked at: each crowd is joined by its first member's
    // comparisons, and the rest are skipped as already joined.
    const group = places.map((_, i) => i);
    const root = (i: number): number => {
      while (group[i] !== i) i = group[i] as number;
      return i;
    };
    let looked = 0;
    let measured = 0;
    joinNearbySimilarNames(
      places,
      (a, b) => {
        measured++;
        group[root(b)] = root(a);
      },
      (a, b) => {
        looked++;
        return root(a) === root(b);
      },
    );
    assert.equal(measured, 1_999 + 1_999);
    assert.ok(looked < 2_100_000, `${looked} pairs looked at`);
  });
});
