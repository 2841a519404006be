/**
 * A large standard (v1) CSV as a consolidated history of places would be: rows spread over the
 * communes of the gazetteer, one place in ten listed again by another source a few metres away,
 * and a crowd of rows at one single point (a geocoder's default, a bad import). Deterministic.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Gazetteer } from '../src/geo/gazetteer.js';
import { random } from './random.js';

export interface LargeInputOptions {
  rows: number;
  /** Rows at one single point, among `rows`. */
  atOnePoint: number;
}

const COLUMNS = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'latitude',
  'longitude',
  'telephone',
  'horaires',
  'date_maj',
  'services',
  'source',
];

const NAMES = ['Médiathèque', 'Espace numérique', 'France Services', 'Centre social', 'Point numérique'];
const SERVICES = [
  'Aide aux démarches administratives',
  'Accès internet et matériel informatique',
  'Maîtrise des outils numériques du quotidien',
];

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** Writes the file and returns its size in bytes. */
export async function writeLargeInput(
  path: string,
  gazetteer: Gazetteer,
  { rows, atOnePoint }: LargeInputOptions,
): Promise<number> {
  const communes = gazetteer.communes.filter(
    (c) => c.latitude !== null && c.longitude !== null && /^\d{5}$/.test(c.postalCodes[0] ?? ''),
  );
  const rand = random(2026);
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (line: string) => {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`${COLUMNS.join(',')}\n`);
  const crowd = communes[0];
  let previous: string[] | undefined;
  for (let i = 0; i < rows; i++) {
    const one = i < atOnePoint;
    const commune = (
      one ? crowd : communes[Math.floor(rand() * communes.length)]
    ) as (typeof communes)[number];
    const again = !one && previous && rand() < 0.1;
    const name = one
      ? i % 5 === 0
        ? 'Médiathèque'
        : `Point numérique ${i}`
      : `${NAMES[Math.floor(rand() * NAMES.length)]} ${commune.name} ${i}`;
    const row = again
      ? [
          `copy-${i}`,
          ...(previous as string[]).slice(1, 7),
          String(Number((previous as string[])[7]) + 0.0001),
          String(Number((previous as string[])[8]) + 0.0001),
          ...(previous as string[]).slice(9, 13),
          'Autre source',
        ]
      : [
          `row-${i}`,
          String(10_000_000_000_000 + i),
          name,
          commune.name,
          commune.postalCodes[0] as string,
          commune.insee,
          `${1 + (i % 200)} rue de la République`,
          ((commune.latitude as number) + (one ? 0 : (rand() - 0.5) * 0.02)).toFixed(5),
          ((commune.longitude as number) + (one ? 0 : (rand() - 0.5) * 0.03)).toFixed(5),
          `01${String(10_000_000 + (i % 89_999_999)).padStart(8, '0')}`,
          'Mo-Fr 09:00-12:00,14:00-17:00',
          `2025-${String(1 + (i % 12)).padStart(2, '0')}-15`,
          SERVICES.slice(0, 1 + (i % 3)).join('|'),
          'Source historique',
        ];
    previous = row;
    await write(`${row.map(quote).join(',')}\n`);
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
