import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Commune } from '../src/geo/gazetteer.js';
import { mainPostalCodesFirst } from '../src/geo/main-postal-code.js';
import { resolveLocation } from '../src/geo/resolve.js';
import { publicOfficesOf } from '../src/places/town-halls.js';
import { FILES, needsSharedData, publishedCommunes, realGazetteer, SHARED } from './helpers.js';

/**
 * A commune with several postal codes is labelled by its own: Saint-Benoît (La Réunion) was shown
 * as "Saint-Benoît (97437)", the code of its village Sainte-Anne, because the lists sort codes.
 */

const commune = (insee: string, postalCodes: string[]): Commune => ({
  insee,
  name: `Commune ${insee}`,
  type: 'COM',
  departement: insee.slice(0, 2),
  postalCodes,
  population: 100,
  latitude: 45,
  longitude: 5,
});
const LINES = [
  'Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps',
  '97410;ST BENOIT;97437;STE ANNE;ST BENOIT;',
  '97410;ST BENOIT;97470;;ST BENOIT;',
  '97410;ST BENOIT;97470;BEAUFONDS;ST BENOIT;',
  '33236;LEGE CAP FERRET;33950;;LEGE CAP FERRET;',
  '33236;LEGE CAP FERRET;33970;;LEGE CAP FERRET;',
].join('\n');

describe('a commune is labelled by its main postal code', () => {
  test('the rules: La Poste’s own line, else the town hall’s address, else the lowest', () => {
    const hall = (insee: string, postalCode: string) => ({
      insee,
      name: 'Mairie',
      latitude: 45,
      longitude: 5,
      role: 'town-hall' as const,
      postalCode,
    });
    const { communes, changed } = mainPostalCodesFirst(
      [
        commune('97410', ['97437', '97470']),
        commune('33236', ['33950', '33970']),
        commune('01001', ['01100', '01200']),
        // Two town halls filed under Lille's code give two of its codes: they do not tell.
        commune('59350', ['59000', '59160']),
      ],
      // A town hall that La Poste contradicts does not win; a CEDEX code is none of the commune's.
      {
        postalLines: LINES,
        offices: [
          hall('97410', '97437'),
          hall('33236', '33970'),
          hall('01001', '01999'),
          hall('59350', '59160'),
          hall('59350', '59000'),
        ],
      },
    );
    assert.deepEqual(
      communes.map((c) => c.postalCodes),
      [
        ['97470', '97437'],
        ['33970', '33950'],
        ['01100', '01200'],
        ['59000', '59160'],
      ],
    );
    assert.equal(changed.length, 2);
  });

  test(
    'every 3rd commune of the gazetteer with several codes: its label’s code is its own',
    needsSharedData,
    () => {
      const own = new Map<string, Set<string>>();
      for (const line of readFileSync(join(SHARED, 'communes/laposte_hexasmal-2020.csv'), 'utf8')
        .split(/\r?\n/)
        .slice(1)) {
        const [insee, , postal, fifth] = line.split(';');
        if (!insee || !postal || fifth) continue;
        own.set(insee, (own.get(insee) ?? new Set()).add(postal));
      }
      const halls = new Map<string, Set<string>>();
      for (const o of publicOfficesOf(readFileSync(join(SHARED, FILES.townHalls)))) {
        if (o.role === 'town-hall' && o.postalCode)
          halls.set(o.insee, (halls.get(o.insee) ?? new Set()).add(o.postalCode));
      }
      const gazetteer = realGazetteer();
      const published = new Map(publishedCommunes().map((c) => [`${c.type} ${c.insee}`, c]));
      const cities = new Set(
        gazetteer.communes.flatMap((c) => (c.type === 'ARM' && c.parent ? [c.parent] : [])),
      );
      const several = gazetteer.communes.filter((c) => c.postalCodes.length > 1 && !cities.has(c.insee));
      assert.ok(several.length > 150, `${several.length} communes with several codes`);
      let checked = 0;
      let labels = 0;
      for (const [i, c] of several.entries()) {
        if (i % 3) continue;
        // The same codes as the list gives, only in another order.
        assert.deepEqual(
          [...c.postalCodes].sort(),
          [...(published.get(`${c.type} ${c.insee}`)?.postalCodes ?? [])].sort(),
          c.name,
        );
        const lines = c.postalCodes.filter((code) => own.get(c.insee)?.has(code));
        const hall = c.postalCodes.filter((code) => halls.get(c.insee)?.has(code));
        const expected =
          lines.length === 1 ? lines[0] : hall.length === 1 ? hall[0] : [...c.postalCodes].sort()[0];
        assert.equal(c.postalCodes[0], expected, `${c.name} (${c.insee}): ${c.postalCodes.join(' ')}`);
        // What a person sees on typing the town's name (homonyms aside).
        const resolved = resolveLocation(gazetteer, `${c.name} ${c.departement}`);
        if (resolved.ok && resolved.location.label.startsWith(`${c.name} (`)) {
          assert.equal(resolved.location.label, `${c.name} (${expected})`);
          labels++;
        }
        checked++;
      }
      assert.ok(checked > 50 && labels > 40, `${checked} checked, ${labels} labels`);
    },
  );

  test('Paris, Lyon and Marseille keep their first arrondissement’s code', needsSharedData, () => {
    for (const [insee, code] of [
      ['75056', '75001'],
      ['69123', '69001'],
      ['13055', '13001'],
    ])
      assert.equal(realGazetteer().byInsee(insee as string)?.postalCodes[0], code);
  });

  test(
    'Saint-Benoît (La Réunion) is "Saint-Benoît (97470)", and its village’s code still finds it',
    needsSharedData,
    () => {
      const gazetteer = realGazetteer();
      const byName = resolveLocation(gazetteer, 'Saint-Benoît 974');
      assert.ok(byName.ok);
      assert.equal(byName.location.label, 'Saint-Benoît (97470)');
      const byVillage = resolveLocation(gazetteer, '97437');
      assert.ok(byVillage.ok);
      assert.equal(byVillage.location.label, '97437 Saint-Benoît'); // what they typed
    },
  );
});
