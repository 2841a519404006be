import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mergePlaces } from '../src/places/merge.js';
import { readPlaces } from '../src/places/reader.js';
import { withoutEventDates } from '../src/text/event-dates.js';
import { needsSharedData, readReal, realGazetteer, TODAY } from './helpers.js';

/**
 * A place's name never carries the days of past visits (« MDF Nord itinérante : Passage le
 * 21/11/22 - 19/12/22 »): shown in 2026, they read as the next ones.
 */

describe('names without their visit dates', () => {
  test('the dated part goes, the name stays', () => {
    const cases: Array<[string, string]> = [
      ['MDF Nord itinérante : Passage le 21/11/22 - 19/12/22 - 16/01/23 - 13/02/23', 'MDF Nord itinérante'],
      ['MDF Nord itinérante (Passage les 06/12/22 - 03/01/23 -31/01/23 - 28/02/23', 'MDF Nord itinérante'],
      ['MDF Sud itinérante (29 /11/22 - 24 /01/23)', 'MDF Sud itinérante'],
      ['Espace de la Treille - Salle des Hortensias (14/12)', 'Espace de la Treille - Salle des Hortensias'],
      ['Mairie de Pannecé (les lundis du 9 janvier au 13 février 2022)', 'Mairie de Pannecé'],
      ['Atelier numérique (3/10) Centre social', 'Atelier numérique Centre social'],
    ];
    for (const [name, shown] of cases) assert.equal(withoutEventDates(name), shown, name);
    // What is a name, not a date, stays; a name that is only a date stays whole.
    for (const name of [
      'Salle du 8 mai 1945',
      'Espace du 11 novembre',
      'Accueil 24/24',
      'Espace 1/2 lune',
      'ADJ Le Passage',
      'passage 33',
      '12/10',
    ]) {
      assert.equal(withoutEventDates(name), name);
    }
  });

  test('a row read with a dated name is shown without it, and the report says so', () => {
    const csv = [
      'id,nom,commune,code_postal,adresse,latitude,longitude,date_maj,services',
      'x1,"MDF Nord itinérante : Passage le 21/11/22 - 19/12/22",Melun,77000,1 rue de la Paix,48.54,2.66,2022-11-01,Prendre en main un ordinateur',
    ].join('\n');
    const report = readPlaces(csv, { file: 'dated.csv', gazetteer: realGazetteer(), today: TODAY });
    assert.equal(report.places[0]?.nom, 'MDF Nord itinérante');
    assert.ok(
      report.warnings.some((w) => w.messages.some((m) => m.startsWith('visit dates removed from the name'))),
    );
  });

  test('a dated name is a visiting service’s stop: two stops stay two places', () => {
    const csv = [
      'id,nom,commune,code_postal,adresse,latitude,longitude,date_maj,services',
      'a,"MDF Nord itinérante : Passage le 23/11/22 - 21/12/22",Pouilly-les-Nonains,42155,Route de Roanne,46.038474,3.995834,2022-11-09,Prendre en main un ordinateur',
      'b,"MDF Nord itinérante : Passage le 17/11/22 - 15/12/22",Saint-Léger-sur-Roanne,42155,65 Route de Saint-André,46.038474,3.995834,2022-11-11,Prendre en main un ordinateur',
    ].join('\n');
    const report = readPlaces(csv, { file: 'stops.csv', gazetteer: realGazetteer(), today: TODAY });
    assert.deepEqual(
      report.places.map((p) => [p.nom, p.itinerance]),
      [
        ['MDF Nord itinérante', ['Itinérant']],
        ['MDF Nord itinérante', ['Itinérant']],
      ],
    );
    assert.equal(mergePlaces(report.places).places.length, 2);
  });

  test(
    'every place of the real files: no name keeps a visit date, and none lost more',
    needsSharedData,
    () => {
      const dated = /\(\s*(?:passages?\s+les?\s+)?\d{1,2}\s*\/\s*\d{1,2}|passages?\s+les?\s+\d{1,2}\s*\//i;
      const changed = new Set<string>();
      let places = 0;
      for (const key of [
        'cnfs',
        'dataInclusion',
        'hinaura',
        'franceServices',
        'counters',
        'townHalls',
      ] as const) {
        const report = readReal(key);
        places += report.places.length;
        for (const place of report.places) assert.doesNotMatch(place.nom, dated, place.nom);
        for (const warning of report.warnings) {
          for (const m of warning.messages) {
            const written = /^visit dates removed from the name: "(.*)"$/.exec(m)?.[1];
            if (!written) continue;
            changed.add(written);
            const shown = withoutEventDates(written);
            // Only the dated part went: what remains begins the name as written, and still names.
            assert.ok(written.startsWith(shown), written);
            assert.ok(shown.length >= 5, shown);
          }
        }
      }
      assert.ok(places > 50_000, `${places} places`);
      // 63 rows, 38 names (the same places in several files; 37 once merged).
      assert.equal(changed.size, 38, [...changed].join('\n'));
    },
  );
});
