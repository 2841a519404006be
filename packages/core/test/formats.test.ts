import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectFormat, readPlaces } from '../src/places/reader.js';
import { realGazetteer, TODAY } from './helpers.js';

const read = (input: string, file: string) =>
  readPlaces(input, { file, gazetteer: realGazetteer(), today: TODAY });

describe('formats', () => {
  test('standard v1 as JSON, with arrays or pipe-separated values', () => {
    const report = read(
      JSON.stringify([
        {
          id: 'v1-json',
          pivot: '21770288500013',
          nom: 'Médiathèque Astrolabe',
          commune: 'Melun',
          code_postal: '77000',
          adresse: '25 rue du Château',
          latitude: 48.5405,
          longitude: 2.658,
          date_maj: '2025-03-14',
          services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'],
          prise_en_charge_specifique: 'Surdité|Langues étrangères (anglais)',
          dispositif_programmes_nationaux: 'Aidants Connect',
          courriels: 'a@melun.fr|b@melun.fr',
          frais_a_charge: 'Gratuit|Inconnu',
        },
      ]),
      'lieux.json',
    );
    assert.equal(report.format, 'standard-v1');
    const place = report.places[0]!;
    assert.deepEqual(place.services, [
      'Aide aux démarches administratives',
      'Accès internet et matériel informatique',
    ]);
    assert.deepEqual(place.prise_en_charge_specifique, ['Surdité', 'Langues étrangères (anglais)']);
    assert.deepEqual(place.courriels, ['a@melun.fr', 'b@melun.fr']);
    assert.equal(place.capabilities.doesItForYou, true, 'Aidants Connect');
    assert.equal(place.code_insee, '77288', 'filled in from the gazetteer');
    assert.equal(place.quality.stale, false);
    assert.deepEqual(report.warnings[0]?.messages, ['unknown frais_a_charge value "Inconnu" ignored']);
  });

  test('data·inclusion structures export', () => {
    const report = read(
      JSON.stringify({
        data: [
          {
            id: 'di-1',
            siret: '21770288500013',
            nom: 'CCAS de Melun',
            commune: 'Melun',
            code_postal: '77000',
            code_insee: '77288',
            adresse: '16 rue Paul Doumer',
            latitude: 48.54,
            longitude: 2.66,
            typologie: 'CCAS',
            courriel: 'ccas@melun.fr',
            horaires_ouverture: 'Mo-Fr 08:30-12:00,13:30-17:00',
            labels_nationaux: ['aidants-connect', 'france-service'],
            thematiques: [
              'numerique--realiser-des-demarches-administratives-avec-un-accompagnement',
              'logement',
            ],
            source: 'dora',
            date_maj: '2024-10-01T08:00:00Z',
          },
        ],
      }),
      'structures.json',
    );
    assert.equal(report.format, 'data-inclusion');
    const place = report.places[0]!;
    assert.equal(place.pivot, '21770288500013');
    assert.deepEqual(place.typologie, ['CCAS']);
    assert.equal(place.horaires, 'Mo-Fr 08:30-12:00,13:30-17:00');
    // A data·inclusion "france-services" label is not the official list: kept, not used.
    assert.deepEqual(place.dispositif_programmes_nationaux, ['Aidants Connect']);
    assert.deepEqual(place.claims.find((c) => c.kind === 'france-services')?.confidence, 'unconfirmed');
    assert.deepEqual(
      place.claims.find((c) => c.kind === 'ccas'),
      {
        kind: 'ccas',
        evidence: 'typologie',
        value: 'CCAS',
        confidence: 'high',
      },
    );
    assert.equal(place.capabilities.doesItWithYou, false);
    assert.deepEqual(place.services, ['Aide aux démarches administratives']);
    assert.equal(place.capabilities.doesItForYou, true);
    assert.equal(place.date_maj, '2024-10-01');
    assert.deepEqual(place.legacy?.thematiques, [
      'numerique--realiser-des-demarches-administratives-avec-un-accompagnement',
      'logement',
    ]);
  });

  test('detection from shared columns falls back on the service wording', () => {
    const shared = ['id', 'nom', 'services', 'pivot', 'commune'];
    assert.equal(detectFormat(shared, [{ services: 'Prendre en main un ordinateur' }]), 'legacy-v0');
    assert.equal(detectFormat(shared, [{ services: 'Aide aux démarches administratives' }]), 'standard-v1');
    assert.equal(detectFormat(['a', 'b'], []), null);
  });

  test('stale rows are flagged, not rejected', () => {
    const csv =
      'id,pivot,nom,commune,code_postal,adresse,latitude,longitude,date_maj,services\nold,21770288500013,Vieux lieu,Melun,77000,1 rue,48.54,2.655,2019-01-01,Aide aux démarches administratives\n';
    const place = read(csv, 'old.csv').places[0]!;
    assert.equal(place.quality.stale, true);
    assert.equal(place.date_maj, '2019-01-01');
  });
});
