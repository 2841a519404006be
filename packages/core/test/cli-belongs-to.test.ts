import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../src/cli/main.js';
import { Gazetteer } from '../src/geo/gazetteer.js';
import { BELONGS_TO_IDS } from '../src/routing/need.js';

/**
 * `orient --belongs-to` is `Need.belongsTo`: a person who says they belong to a public (a
 * shelter's residents, young people of 16 to 25…) is offered the places reserved to it, and
 * only they are; the CLI had no way to say it.
 */

const DATA = join(import.meta.dirname ?? '.', '../data');
const PLACES = join(DATA, 'places');
const built = existsSync(join(DATA, 'gazetteer.tsv')) && existsSync(PLACES);

async function orientJson(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(
    [
      'orient',
      '--gazetteer',
      join(DATA, 'gazetteer.tsv'),
      '--data',
      PLACES,
      '--at',
      '2026-12-08T10:00:00+01:00',
      ...args,
    ],
    { write: (t: string) => (out += t) },
    { write: (t: string) => (err += t) },
  );
  return { code, out, err };
}

describe('orient --belongs-to', { skip: built ? false : 'run "pnpm run data" first' }, () => {
  test('every 1500th commune: what saying it adds is only places reserved to those publics', async () => {
    const reserved = new Map<string, string[]>();
    for (const file of readdirSync(PLACES).filter((f) => f.startsWith('places-'))) {
      for (const p of JSON.parse(readFileSync(join(PLACES, file), 'utf8')) as Array<{
        id: string;
        restrictedTo?: string[];
      }>)
        if (p.restrictedTo?.length) reserved.set(p.id, p.restrictedTo);
    }
    const gazetteer = Gazetteer.parse(readFileSync(join(DATA, 'gazetteer.tsv'), 'utf8'));
    const communes = gazetteer.communes.filter((c) => c.type === 'COM' && c.latitude !== null);
    const belongs = BELONGS_TO_IDS.flatMap((id) => ['--belongs-to', id]);
    let opened = 0;
    let asked = 0;
    for (const [i, c] of communes.entries()) {
      if (i % 1500) continue;
      for (const need of [
        ['--procedure', 'caf-rsa', '--difficulty', 'situation'],
        ['--procedure', 'france-travail-inscription', '--difficulty', 'learn'],
      ]) {
        const where = ['--where', `${c.latitude},${c.longitude}`, ...need, '--limit', '30', '--json'];
        const without = await orientJson(where);
        const with_ = await orientJson([...where, ...belongs]);
        assert.equal(with_.code, 0, with_.err);
        const said = JSON.parse(with_.out);
        assert.deepEqual(said.need.belongsTo, [...BELONGS_TO_IDS]);
        const before = new Set((JSON.parse(without.out).results as Array<{ id: string }>).map((r) => r.id));
        for (const r of said.results as Array<{ id: string; nom: string }>) {
          if (before.has(r.id)) continue;
          // Added by saying it: reserved to one of those publics (or pushed in by one that was).
          if (reserved.has(r.id)) opened++;
        }
        for (const r of JSON.parse(without.out).results as Array<{ id: string; nom: string }>)
          assert.ok(!reserved.has(r.id), `${c.name}: « ${r.nom} » is reserved, offered to everyone`);
        asked++;
      }
    }
    assert.ok(asked > 40, `${asked} answers`);
    assert.ok(opened > 0, 'saying it opened no reserved place anywhere');
  });

  test('an id it does not know is refused, naming the ones it knows', async () => {
    const { code, err } = await orientJson(['--where', '75018', '--belongs-to', 'nobody']);
    assert.equal(code, 2);
    assert.match(err, /unknown public "nobody" for belongsTo \(one of residents, patients, young-16-25/);
  });
});
