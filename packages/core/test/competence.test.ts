import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Location } from '../src/geo/location.js';
import { competenceOf, usable } from '../src/places/classification.js';
import { BY_ADDRESS, SECTORISED, SOCIAL_DOORS } from '../src/routing/doors.js';
import type { Need } from '../src/routing/need.js';
import { orient } from '../src/routing/orient.js';
import { needsSharedData, realDeployment, realGazetteer, said, where } from './helpers.js';

const AT = new Date('2026-11-24T10:00:00+01:00');

describe('competence you can stand behind', needsSharedData, () => {
  const { index, doorsOf } = realDeployment();
  const gazetteer = realGazetteer();
  const run = (location: Location, need: Need) =>
    orient(index, location, need, { at: AT, doors: doorsOf(location.territory?.departement) });

  test('a France Travail agency, a tax office or a sous-préfecture is never "yours": one of the département’s, ask which', () => {
    // Each such counter's own commune, for its body's procedure: the person lives in its
    // département, yet the agency is chosen by their address (three of Besançon's were each "yours").
    const procedureOf: Record<string, string> = {
      'france-travail': 'france-travail-inscription',
      'tax-office': 'impots-declaration',
      prefecture: 'anef-titre-sejour',
    };
    const towns = new Map<string, string>();
    for (const place of index.places) {
      const kind = competenceOf(place)?.kind;
      if (kind && BY_ADDRESS.has(kind) && place.code_insee) towns.set(`${place.code_insee} ${kind}`, kind);
    }
    let asked = 0;
    let told = 0;
    for (const [key, kind] of [...towns].filter((_, i) => i % 5 === 0)) {
      const commune = gazetteer.byInsee(key.split(' ')[0] as string);
      if (!commune || commune.latitude === null || commune.type !== 'COM') continue;
      const o = orient(
        index,
        where(`${commune.name} ${commune.postalCodes[0] ?? commune.departement}`),
        { procedure: procedureOf[kind] as string, difficulty: 'do-for-me' },
        { at: AT, limit: 20 },
      );
      asked++;
      for (const r of o.results) {
        const its = competenceOf(r.place)?.kind;
        if (!its || !BY_ADDRESS.has(its)) continue;
        assert.ok(!r.reasons.some((x) => x.code === 'yours'), `${r.nom} (${commune.name}): "yours"`);
        if (r.reasons.some((x) => x.code === 'address-office')) told++;
      }
    }
    assert.ok(asked > 100, `${asked} towns`);
    assert.ok(told > 100, `${told} counters said to be one of the département’s`);
    const besancon = orient(
      index,
      where('Besançon'),
      { procedure: 'france-travail-inscription', difficulty: 'do-for-me' },
      { at: AT, limit: 20 },
    );
    const agency = besancon.results.find((r) => competenceOf(r.place)?.kind === 'france-travail');
    assert.match(said(agency), /Un des accueils de votre département : demandez lequel sert votre adresse/);
  });

  test('Villeneuve-Saint-Georges: no office of the Val-de-Marne’s social service is called "yours"; each is an office to ask, and the switchboard is given', () => {
    const o = run(where('Villeneuve-Saint-Georges'), { difficulty: 'situation' });
    const offices = o.results.filter((r) => competenceOf(r.place)?.kind === 'departement-social-service');
    assert.ok(offices.length >= 3, `${offices.length} offices`);
    for (const r of offices) {
      assert.ok(!r.reasons.some((x) => x.code === 'yours'), r.nom);
      assert.match(
        said(r),
        /Un accueil du service social de votre département : demandez lequel sert votre adresse/,
      );
    }
    const notice = o.notices.find((n) => n.code === 'departement-social-service');
    assert.ok(notice?.code === 'departement-social-service' && /Val-de-Marne/.test(notice.name));
  });

  test('Roubaix: the only office of the Nord in the data is far; the switchboard’s notice is given all the same', () => {
    const o = run(where('Roubaix'), { difficulty: 'situation' });
    const notice = o.notices.find((n) => n.code === 'departement-social-service');
    assert.ok(notice?.code === 'departement-social-service' && /Nord/.test(notice.name) && notice.phone);
  });

  test('Vénissieux, "do it for me": never the CCAS of Caluire, though it carries an Aidants Connect label', () => {
    const o = run(where('Vénissieux'), { procedure: 'caf-rsa', difficulty: 'do-for-me' });
    assert.ok(o.results.length > 0);
    for (const r of o.results) assert.ok(!/caluire/i.test(r.place.commune) || !/CCAS/i.test(r.nom), r.nom);
    // Caluire's own residents are offered it.
    const caluire = run(where('Caluire-et-Cuire'), { procedure: 'caf-rsa', difficulty: 'do-for-me' });
    assert.ok(caluire.results.some((r) => /CCAS de Caluire/i.test(r.nom)));
  });

  test('on random communes and needs: no "yours" without sector data, no social door of another commune or département, the switchboard whenever social work leads', () => {
    const communes = gazetteer.communes.filter((c) => c.latitude !== null && c.type === 'COM');
    const needs: Need[] = [
      { difficulty: 'situation' },
      { procedure: 'caf-rsa' },
      { procedure: 'caf-rsa', difficulty: 'do-for-me' },
      { procedure: 'apa' },
      { procedure: 'ameli-c2s', difficulty: 'understand' },
    ];
    let led = 0;
    for (let n = 0; n < 500; n++) {
      const commune = communes[(n * 104729) % communes.length];
      assert.ok(commune);
      const territory = gazetteer.territoryOf(commune);
      const location = {
        latitude: commune.latitude as number,
        longitude: commune.longitude as number,
        label: commune.name,
        territory,
      };
      const o = run(location, needs[n % needs.length] as Need);
      for (const r of o.results) {
        const competence = competenceOf(r.place);
        if (competence && SECTORISED.has(competence.kind))
          assert.ok(!r.reasons.some((x) => x.code === 'yours'), `${commune.name}: ${r.nom} called yours`);
        for (const claim of r.place.claims ?? []) {
          if (!SOCIAL_DOORS.has(claim.kind) || !usable(claim)) continue;
          if (claim.kind === 'ccas' && r.place.code_insee)
            assert.ok(
              territory.communes.includes(r.place.code_insee),
              `${commune.name}: ${r.nom} (${r.place.commune})`,
            );
        }
      }
      const council = doorsOf(territory.departement).some(
        (d) => competenceOf(d)?.kind === 'departement-council',
      );
      if (o.actors[0]?.kind === 'social-work' && council) {
        led++;
        assert.ok(
          o.notices.some((x) => x.code === 'departement-social-service'),
          `${commune.name}: no switchboard notice`,
        );
      }
    }
    assert.ok(led > 200, `${led} orientations led by social work`);
  });
});

describe('people who cannot travel', needsSharedData, () => {
  const { index, doorsOf } = realDeployment();
  const run = (text: string, need: Need) => {
    const location = where(text);
    return orient(index, location, need, { at: AT, doors: doorsOf(location.territory?.departement) });
  };

  test('Saint-Girons, APA: the département’s home visit first, then the CCAS’s, then lines, then places; no Aidants Connect 60 km away', () => {
    const o = run('Saint-Girons 09200', { procedure: 'apa', cannotTravel: true });
    assert.equal(o.actors[0]?.kind, 'remote');
    const [first, second] = o.notices;
    assert.ok(first?.code === 'home-visit' && first.by === 'departement' && /Ariège/.test(first.name));
    assert.ok(first.phone);
    assert.ok(second?.code === 'home-visit' && second.by === 'commune' && /Saint-Girons/.test(second.name));
    assert.ok(!o.notices.some((n) => n.code === 'far' || n.code === 'none-of-first-kind'));
    assert.ok(
      o.results.every((r) => r.distance_km <= 30),
      'not widened for a kind of help',
    );
  });

  test('APA, for anyone: the département’s team, which assesses every request at home, is named first; the CCAS’s visit only for who cannot travel', () => {
    // Florac: a senior was first told of a place 45 km away; the département's visit was said only with "cannot travel".
    const o = run('Florac Trois Rivières', {
      procedure: 'apa',
      difficulty: 'do-for-me',
      publics: ['senior'],
    });
    const [first] = o.notices;
    assert.ok(
      first?.code === 'home-visit' && first.by === 'departement' && /Lozère/.test(first.name),
      JSON.stringify(first),
    );
    assert.ok(first.phone);
    assert.ok(!o.notices.some((n) => n.code === 'home-visit' && n.by === 'commune'));
  });

  test('a tax return by someone who cannot travel: no home visit, the tax line first', () => {
    const o = run('Mende', { procedure: 'impots-declaration', cannotTravel: true });
    assert.ok(!o.notices.some((n) => n.code === 'home-visit'));
    assert.equal(o.remote[0]?.id, 'impots-0809401401');
  });
});
