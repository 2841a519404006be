import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { needsSharedData, readReal } from './helpers.js';

describe('legacy v0 to v1', needsSharedData, () => {
  test('a real data·inclusion row (APIJE Lunel) maps services, modalities, and "A ma place" to step by step', () => {
    const place = readReal('dataInclusion').places.find(
      (p) => p.id === '010c714a-71ce-44aa-a8bf-45d63ae4d1e8',
    );
    assert.ok(place);
    assert.deepEqual([...place.services].sort(), [
      'Accès internet et matériel informatique',
      'Aide aux démarches administratives',
      'Compréhension du monde numérique',
      'Insertion professionnelle via le numérique',
      'Maîtrise des outils numériques du quotidien',
    ]);
    assert.deepEqual([...place.modalites_accompagnement].sort(), [
      'Accompagnement individuel',
      'Dans un atelier collectif',
      'En autonomie',
    ]);
    // Nobody authorised this association to act in people's names: it accompanies step by step.
    assert.equal(place.capabilities.doesItForYou, false);
    assert.equal(place.capabilities.stepByStep, true);
    assert.ok(
      place.legacy?.modalites_accompagnement?.includes(
        'A ma place : une personne habilitée fait les démarches à ma place',
      ),
    );
    assert.equal(place.legacy?.services?.length, 8, 'the original wording is kept');
    assert.deepEqual(place.typologie, ['AI']);
    assert.equal(place.telephone, '+33467714850');
    assert.deepEqual(place.site_web, ['https://apije.org/']);
    assert.equal(place.code_insee, '34145');
  });

  test('v0 publics split into v1 publics and specific support', () => {
    const place = readReal('hinaura').places.find(
      (p) => p.nom === "MAISON DE SERVICES AU PUBLIC D'ABONDANCE",
    );
    assert.ok(place);
    assert.deepEqual([...place.publics_specifiquement_adresses].sort(), [
      'Familles et/ou enfants',
      'Jeunes',
      'Seniors',
    ]);
    assert.deepEqual([...place.prise_en_charge_specifique].sort(), [
      'Déficience visuelle',
      'Handicaps mentaux',
      'Illettrisme',
      'Surdité',
    ]);
    assert.deepEqual(place.frais_a_charge, ['Gratuit']);
    assert.equal(place.horaires, 'Tu-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00');
    assert.equal(place.quality.unparsedHours, false);
  });

  test('Aidants Connect label means the place may do the procedure for the person', () => {
    const places = readReal('dataInclusion').places.filter((p) =>
      p.legacy?.labels_nationaux?.includes('Aidants Connect'),
    );
    assert.ok(places.length > 100);
    assert.ok(
      places.every(
        (p) => p.capabilities.doesItForYou && p.dispositif_programmes_nationaux.includes('Aidants Connect'),
      ),
    );
  });
});

describe('France Services hours', needsSharedData, () => {
  test('weekday columns become OSM opening hours (Valserhône, id_fs 1)', () => {
    const place = readReal('franceServices').places.find((p) => p.id === 'france-services-1');
    assert.ok(place);
    assert.equal(place.nom, 'France services de Valserhône');
    assert.equal(place.horaires, 'Mo 13:30-17:00; Tu-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00');
    assert.equal(place.telephone, '+33450568749');
    assert.deepEqual(place.courriels, ['franceservices@ccpb01.fr']);
    assert.deepEqual(place.modalites_acces, ['Se présenter', 'Téléphoner']);
  });

  test('Saturday mornings and sites without hours', () => {
    const places = readReal('franceServices').places;
    const stTrivier = places.find((p) => p.id === 'france-services-2');
    assert.equal(stTrivier?.horaires, 'Tu-Fr 09:00-12:00,14:00-16:30; Sa 09:00-12:00');
    // PROVENANCE.md: 48 rows have no opening hours at all.
    assert.equal(places.filter((p) => !p.horaires).length, 48);
  });
});
