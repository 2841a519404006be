import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { distanceKm } from '../src/geo/distance.js';
import type { Place } from '../src/places/place.js';
import { readPlaces } from '../src/places/reader.js';
import { ownDoors } from '../src/routing/doors.js';
import { needsSharedData, realDeployment, realGazetteer, where } from './helpers.js';

/** How far « Votre mairie » may be from a person who typed their commune's name. */
const NEAR_KM = 5;

describe('« Votre mairie »: the commune’s own town hall, where it is', needsSharedData, () => {
  test(`for every commune typed by its name, its own town hall lies within ${NEAR_KM} km of where the person is placed`, () => {
    // The 2017 annuaire geocoded 1,330 town halls elsewhere (Gournay-sur-Marne's in the
    // Hauts-de-Seine, 31 km away; Bouchet's 134 km off): the gazetteer refused those points as
    // the communes', but the doors kept them, and « Votre mairie » was shown that far.
    const { doorsOf } = realDeployment();
    let checked = 0;
    const far: string[] = [];
    for (const commune of realGazetteer().communes) {
      if (commune.type !== 'COM' || commune.latitude === null || !commune.postalCodes.length) continue;
      const location = where(`${commune.name} ${commune.postalCodes[0]}`);
      if (!location.territory) continue;
      const { townHall } = ownDoors(doorsOf(location.territory.departement), location.territory, location);
      if (!townHall) continue;
      checked++;
      const km = distanceKm(location.latitude, location.longitude, townHall.latitude, townHall.longitude);
      if (km <= NEAR_KM) continue;
      // Left: a large commune nouvelle whose town hall the gazetteer's guard found too far from
      // the centre of its area (Orée d'Anjou, 20.9 km): the person is at that centre, and the
      // town hall, at its own address, is right.
      const atAreaCentre = commune.point === 'centre' && townHall.quality.position !== 'town';
      if (!atAreaCentre)
        far.push(`${commune.name} (${commune.insee}): « ${townHall.nom} » at ${km.toFixed(1)} km`);
    }
    assert.ok(checked > 30_000, `${checked} communes`);
    assert.deepEqual(far, []);
  });

  test('Gournay-sur-Marne: its town hall at its own commune, known only by its town', () => {
    const location = where('Gournay-sur-Marne');
    const { townHall } = ownDoors(realDeployment().doorsOf('93'), location.territory!, location);
    assert.equal(townHall?.nom, 'Mairie de Gournay-sur-Marne');
    assert.equal(townHall?.quality.position, 'town');
    assert.ok(distanceKm(location.latitude, location.longitude, townHall.latitude, townHall.longitude) < 1.5);
  });

  test('Lille resolves to its Hôtel de Ville, not to the associated commune of Lomme filed under its code', () => {
    const lille = where('Lille');
    // Place Augustin-Laurent.
    assert.ok(
      distanceKm(lille.latitude, lille.longitude, 50.6308, 3.0709) < 0.5,
      `${lille.latitude}, ${lille.longitude}`,
    );
    const { townHall } = ownDoors(realDeployment().doorsOf('59'), lille.territory!, lille);
    assert.equal(townHall?.nom, 'Mairie de Lille');
  });

  test('of a commune’s several town halls, the nearest: Saint-Denis and Pierrefitte-sur-Seine, one commune since 2025', () => {
    const csv = [
      'id,type,nom,adresse,code_postal,commune,code_insee,departement,latitude,longitude,telephone,email,url,horaires,date_mise_a_jour',
      'mairie-93066-01,mairie,Mairie de Saint-Denis,2 place Victor-Hugo,93200,Saint-Denis,93066,93,48.9358,2.3596,01 49 33 66 66,,,,2017-05-10',
      'a-93066-pierrefitte,mairie,Mairie de Pierrefitte-sur-Seine,2 place de la Libération,93380,Pierrefitte-sur-Seine,93066,93,48.9655,2.3613,01 72 09 34 36,,,,2017-05-10',
    ].join('\n');
    const doors: Place[] = readPlaces(csv, { file: 'mairies.csv', gazetteer: realGazetteer() }).places;
    assert.equal(doors.length, 2);
    const saintDenis = where('93200 Saint-Denis');
    assert.equal(ownDoors(doors, saintDenis.territory!, saintDenis).townHall?.nom, 'Mairie de Saint-Denis');
    const pierrefitte = { ...saintDenis, latitude: 48.964, longitude: 2.362 };
    assert.equal(
      ownDoors(doors, pierrefitte.territory!, pierrefitte).townHall?.nom,
      'Mairie de Pierrefitte-sur-Seine',
    );
  });
});
