import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { folderFiles } from '../src/cli/files.js';
import { Gazetteer } from '../src/geo/gazetteer.js';
import { gazetteerFilesOfPostalDigits } from '../src/geo/postal-digits.js';
import type { Place } from '../src/places/place.js';
import { fetchSteps } from '../src/routing/widening.js';
import { GazetteerFiles } from '../src/search/communes.js';
import { DatasetPlaces } from '../src/search/places.js';
import { firstShardFiles } from '../src/search/shards.js';

/** The data `pnpm run data` builds from ../shared/data: what the widget ships (never committed). */
const SHIPPED = join(import.meta.dirname ?? '.', '../data');
const needsShippedData = existsSync(join(SHIPPED, 'places/manifest.json'))
  ? {}
  : { skip: `needs the shipped data in ${SHIPPED} ("pnpm run data", from ../shared/data)` };

describe(
  'the first shards, named before the search runs (the widget’s first script)',
  needsShippedData,
  () => {
    const text = (path: string) => readFileSync(join(SHIPPED, path), 'utf8');
    const manifest = JSON.parse(text('places/manifest.json'));
    const idsOf = (files: string[]) =>
      new Set(files.flatMap((file) => (JSON.parse(text(`places/${file}`)) as Place[]).map((p) => p.id)));

    test('every postal code of France: the places of the files named are those of the search’s first circle', async () => {
      const files = folderFiles(SHIPPED);
      const places = await DatasetPlaces.open(files, 'places/manifest.json');
      const communes = new GazetteerFiles(files);
      const codes = [
        ...new Set(Gazetteer.parse(text('gazetteer.tsv')).communes.flatMap((c) => c.postalCodes)),
      ];
      assert.ok(codes.length > 6000, `${codes.length} postal codes`);
      const [km] = fetchSteps();
      const differ: string[] = [];
      let named = 0;
      for (const code of codes.sort()) {
        const located = await communes.locate(code);
        if (!located.ok) continue;
        const gazetteers = gazetteerFilesOfPostalDigits(code).map(text);
        const first = firstShardFiles(manifest, gazetteers, code);
        named += first.length;
        const around = await places.around(
          located.location.latitude,
          located.location.longitude,
          km as number,
        );
        const expected = new Set(around.places.map((p) => p.id));
        const got = idsOf(first);
        if (got.size !== expected.size || [...got].some((id) => !expected.has(id))) differ.push(code);
      }
      // A postal code's file holds every commune of that code, whatever its département (94390:
      // Orly's and Paray-Vieille-Poste's): the first script finds the commune the search finds.
      assert.deepEqual(differ, []);
      assert.ok(named / codes.length < 8, `${(named / codes.length).toFixed(1)} files a code`);
    });

    test('a position, a radius chosen, and what names nothing', () => {
      const melun = { latitude: 48.5396, longitude: 2.6597 };
      const within15 = firstShardFiles(manifest, [], melun);
      assert.ok(within15.length >= 1 && within15.every((f) => /^places-(77|91)-/.test(f)), within15.join());
      const within5 = firstShardFiles(manifest, [], melun, { maxKm: 5 });
      assert.ok(within5.length >= 1 && within5.length <= within15.length);
      assert.deepEqual(firstShardFiles(manifest, [text('gazetteer/77.tsv')], '99999'), [], 'an unknown code');
      assert.deepEqual(
        firstShardFiles({ format: 'x' }, [text('gazetteer/77.tsv')], '77000'),
        [],
        'no manifest',
      );
      assert.deepEqual(firstShardFiles(manifest, ['<!doctype html>'], '77000'), [], 'an HTML page');
      const hostile = {
        ...manifest,
        shards: { 77: { file: 'https://elsewhere.example/x.json', places: 1, bounds: [48, 2, 49, 3] } },
      };
      assert.deepEqual(firstShardFiles(hostile, [text('gazetteer/77.tsv')], '77000'), [], 'a file elsewhere');
    });
  },
);
