import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { useLocale } from '../src/cli/locale.js';
import { main } from '../src/cli/main.js';
import { kindLabel } from '../src/messages/labels.js';
import { FILES, fixture, needsSharedData, SHARED } from './helpers.js';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { write: (t: string) => (out += t) }, { write: (t: string) => (err += t) });
  return { code, out, err };
}

const GAZETTEER = ['--gazetteer', join(import.meta.dirname ?? '.', '../data/gazetteer.tsv')];

describe('mediation-finder validate', () => {
  test(
    'prints rows, accepted, approximate, rejected and merged per file, and reasons',
    needsSharedData,
    async (t) => {
      const { existsSync } = await import('node:fs');
      if (!existsSync(GAZETTEER[1] as string)) return t.skip('run "pnpm run data" first');
      const files = [FILES.cnfs, FILES.franceServices].map((f) => join(SHARED, f));
      const { code, out } = await run([
        'validate',
        ...GAZETTEER,
        '--today',
        '2026-11-23',
        '--locale',
        'en',
        ...files,
        fixture('hostile-v1.csv'),
      ]);
      assert.equal(code, 0);
      const lines = out.split('\n');
      assert.match(lines[0] ?? '', /^file\s+format\s+rows\s+accepted\s+approximate\s+rejected\s+merged$/);
      assert.match(out, /liste-fs-20240801\.csv\s+france-services\s+2845\s+2845\s+0\s+0\s+\d+/);
      assert.match(
        out,
        /hostile-v1\.csv:\n {2}Rejected rows, by reason\n( {4}.+: \d+ rows \(lines [\d, …]+\)\n {6}".+"\n {6}Fix: .+\n)+/,
      );
      const json = await run(['validate', '--json', ...GAZETTEER, ...files]);
      const summary = JSON.parse(json.out);
      assert.equal(summary.files[0].rows, 4930);
      assert.equal(summary.total.places, summary.total.accepted - summary.total.merged);
    },
  );

  test('problems are named, with a non-zero exit and nothing on stdout', async () => {
    const missing = await run(['validate', ...GAZETTEER, '/nonexistent/file.csv']);
    assert.equal(missing.code, 2);
    assert.equal(missing.out, '');
    assert.match(missing.err, /cannot read \/nonexistent\/file\.csv: ENOENT/);
    const noGazetteer = await run(['validate', '--gazetteer', '/nonexistent.tsv', fixture('hostile-v1.csv')]);
    assert.match(noGazetteer.err, /cannot read the communes gazetteer/);
    const badDate = await run(['validate', ...GAZETTEER, '--today', 'yesterday', fixture('hostile-v1.csv')]);
    assert.match(badDate.err, /--today must be a date/);
    const unknown = await run(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown command "frobnicate"/);
  });
});

describe('mediation-finder --locale', () => {
  test('speaks the catalogue’s languages without giving Node a window', async () => {
    await useLocale('es');
    assert.equal(kindLabel('social-work'), 'Acompañamiento social');
    await useLocale('fr');
    assert.equal(kindLabel('social-work'), 'Accompagnement social');
    assert.equal('window' in globalThis, false);
    await useLocale('en');
  });
});

describe('mediation-finder build, procedures, orient', () => {
  const gazetteerFile = GAZETTEER[1] as string;
  const ready = async () => (await import('node:fs')).existsSync(gazetteerFile);

  test('build is deterministic and orient reads its output', needsSharedData, async (t) => {
    if (!(await ready())) return t.skip('run "pnpm run data" first');
    const { mkdtempSync, readFileSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const files = [FILES.franceServices, FILES.hinaura].map((f) => join(SHARED, f));
    const a = mkdtempSync(join(tmpdir(), 'mf-build-a-'));
    const b = mkdtempSync(join(tmpdir(), 'mf-build-b-'));
    const first = await run(['build', ...GAZETTEER, '--today', '2026-11-23', ...files, '--out', a]);
    assert.equal(first.code, 0, first.err);
    assert.match(
      first.out,
      /^\d+ places \(\d+ duplicates merged\) in \d+ files \(by département, dense ones in parts\), data up to 2024-08-01/,
    );
    await run(['build', ...GAZETTEER, '--today', '2026-11-23', ...files, '--out', b]);
    const names = readdirSync(a).sort();
    assert.deepEqual(readdirSync(b).sort(), names);
    for (const name of names)
      assert.ok(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name);
    const manifest = JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8'));
    assert.match(manifest.attribution, /Licence Ouverte 2\.0/);
    const rhone = Object.entries(manifest.shards as Record<string, { places: number }>)
      .filter(([key]) => /^69(-\d+)?$/.test(key))
      .reduce((n, [, shard]) => n + shard.places, 0);
    assert.ok(rhone > 50, 'Hinaura places in the Rhône shards');

    const orient = await run([
      'orient',
      ...GAZETTEER,
      '--data',
      a,
      '--where',
      'Lyon',
      '--procedure',
      'caf-rsa',
      '--difficulty',
      'do-for-me',
      '--at',
      '2026-11-24T10:00:00+01:00',
      '--limit',
      '3',
      '--json',
    ]);
    assert.equal(orient.code, 0, orient.err);
    const o = JSON.parse(orient.out);
    assert.deepEqual(Object.keys(o), [
      'location',
      'procedure',
      'need',
      'rule',
      'actors',
      'radius_km',
      'widened',
      'notices',
      'results',
      'remote',
    ]);
    assert.equal(o.location.label, 'Lyon (69001)');
    assert.equal(o.actors[0].kind, 'do-it-for-me');
    assert.equal(o.results.length, 3);
    for (const r of o.results) {
      for (const key of ['id', 'nom', 'distance_km', 'score', 'actor', 'open', 'reasons'])
        assert.ok(key in r, key);
    }
    assert.ok(o.remote.length >= 2);
    const text = await run(['orient', ...GAZETTEER, '--data', a, '--where', '69003', '--limit', '2']);
    assert.match(text.out, /^Where: 69003 Lyon 3e Arrondissement/);
    assert.match(text.out, /Without travelling:\n {2}Solidarité Numérique 01 70 77 23 72/);
    // A person's words come from the widget's message catalogue, in the language asked for.
    const words = async (locale: string) =>
      (
        await run([
          'orient',
          ...GAZETTEER,
          '--data',
          a,
          '--where',
          '69003',
          '--difficulty',
          'understand',
          '--at',
          '2026-11-24T10:00:00+01:00',
          '--limit',
          '1',
          '--locale',
          locale,
        ])
      ).out;
    assert.match(
      await words('en'),
      /1\. Help with procedures \[admin-help\]: An agent explains the procedure or the letter to you\./,
    );
    assert.match(
      await words('fr'),
      /1\. Aide aux démarches \[admin-help\]: Un agent vous explique la démarche ou le courrier\./,
    );
    assert.match(await words('es'), /1\. .+ \[admin-help\]: Un agente le explica el trámite o la carta\./);
    assert.match(await words('fr'), / km/);
  });

  test(
    'orient in a crisis: the line first in the text and in the JSON, places for tomorrow at night',
    needsSharedData,
    async (t) => {
      if (!(await ready())) return t.skip('run "pnpm run data" first');
      const data = join(import.meta.dirname ?? '.', '../data/places');
      const args = ['orient', ...GAZETTEER, '--data', data, '--where', '31000', '--procedure', 'caf-rsa'];
      const night = ['--situation', 'violence', '--at', '2026-11-24T23:00:00+01:00'];
      const text = await run([...args, ...night, '--locale', 'en']);
      assert.equal(text.code, 0, text.err);
      const first = text.out.indexOf('Call first (violence):');
      assert.ok(first > 0 && first < text.out.indexOf('Kinds of help'), text.out);
      assert.match(
        text.out,
        /Call first \(violence\):\n {2}3919 — Violences Femmes Info 3919 — \S+\n {4}Violence against women: .+\n {4}Day and night, 7 days a week\n {2}17 — Police secours 17/,
      );
      assert.match(text.out, /114 — par SMS Send a text message 114/);
      assert.match(text.out, /Places within \d+ km, for tomorrow \(the line above is the answer now\):/);
      assert.ok(text.out.indexOf('CAF 3230') > text.out.indexOf('Places within'), 'the CAF after the places');
      const json = JSON.parse((await run([...args, ...night, '--json'])).out);
      assert.deepEqual(json.crisis, {
        situations: ['violence'],
        lines: ['violences-3919', 'police-17', 'sms-114'],
        placesLater: true,
      });
      assert.deepEqual(
        json.remote.slice(0, 4).map((r: { id: string }) => r.id),
        ['violences-3919', 'police-17', 'sms-114', 'caf-3230'],
      );
      const calm = JSON.parse((await run([...args, '--json'])).out);
      assert.ok(!('crisis' in calm));
      // The person's language throughout: the procedure, what to bring, what each line is for.
      const ukrainian = (await run([...args, ...night, '--locale', 'uk'])).out;
      assert.match(ukrainian, /^Procedure: Подати заяву на RSA \(мінімальний дохід\) \[caf-rsa\]$/m);
      assert.match(ukrainian, /^To bring: Документ, що посвідчує особу · /m);
      assert.match(ukrainian, /3919 — \S+\n {4}Насильство щодо жінок: /);
      const arabic = JSON.parse((await run([...args, ...night, '--json', '--locale', 'ar'])).out);
      assert.equal(arabic.procedure.label, 'طلب دخل التضامن النشط (RSA)');
      assert.equal(arabic.procedure.bring[0].id, 'identity');
      assert.equal(arabic.procedure.bring[0].label, 'وثيقة هوية');
      assert.match(arabic.remote[0].description, /^العنف ضد النساء/);
    },
  );

  test(
    "orient --territory: the institution's places first within their kind, the nearest right door named and kept",
    needsSharedData,
    async (t) => {
      if (!(await ready())) return t.skip('run "pnpm run data" first');
      const data = join(import.meta.dirname ?? '.', '../data/places');
      const orient = async (where: string, ...more: string[]) => {
        const args = ['orient', ...GAZETTEER, '--data', data, '--where', where, '--procedure', 'caf-rsa'];
        const result = await run([...args, '--difficulty', 'do-for-me', '--json', ...more]);
        assert.equal(result.code, 0, result.err);
        return JSON.parse(result.out) as {
          notices: Array<{ code: string; id?: string; km?: number }>;
          results: Array<{ id: string; distance_km: number; reasons: Array<{ code: string; km?: number }> }>;
        };
      };
      // Château-Landon, at the Loiret's border: its nearest France Services is in the Loiret.
      const plain = await orient('77570', '--limit', '3');
      const nearest = plain.results[0];
      assert.ok(nearest);
      const own = await orient('77570', '--limit', '3', '--territory', '77');
      assert.notEqual(own.results[0]?.id, nearest.id);
      assert.ok(
        own.results.some((r) => r.id === nearest.id),
        'the nearest right door stays in the list',
      );
      assert.deepEqual(
        own.notices.find((n) => n.code === 'beyond-area'),
        {
          ...own.notices.find((n) => n.code === 'beyond-area'),
          id: nearest.id,
          // The distance its card shows.
          km: nearest.reasons.find((r) => r.code === 'distance')?.km,
        },
      );
      // An EPCI from the gazetteer's files: Meaux lives in its agglomeration, Château-Landon does not.
      const meaux = await orient('77100', '--territory', '200072130');
      assert.ok(!meaux.notices.some((n) => n.code.endsWith('-area')), JSON.stringify(meaux.notices));
      const outside = await orient('77570', '--territory', '200072130');
      assert.ok(outside.notices.some((n) => n.code === 'outside-area'));
      assert.deepEqual(
        outside.results.map((r) => r.id),
        (await orient('77570')).results.map((r) => r.id),
      );
      const wrong = await run([
        'orient',
        ...GAZETTEER,
        '--data',
        data,
        '--where',
        '77570',
        '--territory',
        '77 Melun',
      ]);
      assert.equal(wrong.code, 2);
      assert.match(
        wrong.err,
        /--territory: "MELUN" is not a département, an INSEE code of a commune nor the SIREN number of an EPCI/,
      );
    },
  );

  test(
    'build never loses a published dataset, and touches only its own files',
    needsSharedData,
    async (t) => {
      if (!(await ready())) return t.skip('run "pnpm run data" first');
      const { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const site = mkdtempSync(join(tmpdir(), 'mf-site-'));
      const out = join(site, 'data');
      const build = (...args: string[]) => run(['build', ...GAZETTEER, '--today', '2026-11-23', ...args]);
      const franceServices = join(SHARED, FILES.franceServices);
      const published = await build(franceServices, '--out', out);
      assert.equal(published.code, 0, published.err);
      const snapshot = () =>
        Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name), 'utf8')]));
      writeFileSync(join(out, 'index.html'), '<p>the site</p>');
      const good = snapshot();
      const places = JSON.parse(good['manifest.json'] as string).places;

      // An empty download: refused, the dataset and the site's page as they were.
      const empty = join(site, 'empty.csv');
      writeFileSync(empty, '');
      const fromEmpty = await build(empty, '--out', out);
      assert.equal(fromEmpty.code, 2);
      // Skipped, named (issue 25); with no other input, nothing to build.
      assert.match(
        fromEmpty.err,
        /^warning: skipped: no place could be read from empty\.csv \(empty file\)/m,
      );
      assert.match(fromEmpty.err, /no input could be read: .* was left as it was/);
      assert.deepEqual(snapshot(), good);

      // A truncated file: more than half of the places lost is refused unless asked for.
      const lines = readFileSync(franceServices, 'utf8').split('\n');
      const truncated = join(site, 'liste-fs-20240801.csv');
      writeFileSync(truncated, lines.slice(0, 200).join('\n'));
      const shrunk = await build(truncated, '--out', out);
      assert.equal(shrunk.code, 2);
      assert.match(shrunk.err, new RegExp(`has ${places} places and this build only \\d+: refusing`));
      assert.match(shrunk.err, /--allow-shrink/);
      assert.deepEqual(snapshot(), good);

      // A crash while writing (here: a place that cannot be serialised) leaves it as it was too.
      const { buildDataset } = await import('../src/dataset/build.js');
      const { writeDataset } = await import('../src/cli/dataset.js');
      const { readFiles, loadGazetteer } = await import('../src/cli/load.js');
      const gazetteer = await loadGazetteer(GAZETTEER[1]);
      const reports = await readFiles([franceServices], gazetteer, new Date('2026-11-23'));
      const built = buildDataset(reports, gazetteer);
      const shard = [...built.shards.values()].at(-1) as unknown as Array<Record<string, unknown>>;
      (shard[0] as Record<string, unknown>).broken = 1n;
      await assert.rejects(writeDataset(out, built, reports), /BigInt/);
      assert.deepEqual(snapshot(), good);
      assert.deepEqual(
        readdirSync(site).sort(),
        ['data', 'empty.csv', 'liste-fs-20240801.csv'],
        'no temporary folder left',
      );

      // Asked for: the smaller dataset replaces the old one, whose files stay one build more (a
      // page that read its manifest still finds them); the next build removes the shards neither
      // it nor the previous one has; the site's own page stays.
      const shardsOf = (name: string) =>
        Object.values(JSON.parse(readFileSync(join(out, name), 'utf8')).shards).map(
          (s) => (s as { file: string }).file,
        );
      const oldShards = shardsOf('manifest.json');
      const allowed = await build(truncated, '--out', out, '--allow-shrink');
      assert.equal(allowed.code, 0, allowed.err);
      for (const file of oldShards) assert.ok(existsSync(join(out, file)), `${file} kept one build more`);
      assert.equal((await build(truncated, '--out', out)).code, 0);
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
      const listed = shardsOf('manifest.json');
      assert.deepEqual(
        readdirSync(out).sort(),
        ['index.html', 'manifest.json', 'manifest.previous.json', 'report.json', ...listed].sort(),
      );
      assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), '<p>the site</p>');
      for (const file of listed) assert.ok(existsSync(join(out, file)));

      // What is published names the input file, never the folders of the machine that built it.
      for (const name of readdirSync(out)) {
        assert.ok(!readFileSync(join(out, name), 'utf8').includes(site), `${name} names no local folder`);
      }
      assert.equal(manifest.sources[0].file, 'liste-fs-20240801.csv');
    },
  );

  test('procedures, as a list and as JSON', async () => {
    const list = await run(['procedures']);
    assert.match(list.out, /^caf-rsa\s+Apply for RSA/m);
    const json = JSON.parse((await run(['procedures', '--json'])).out);
    assert.ok(json.length >= 25);
    assert.ok(json.every((p: { id: string; portals: unknown[] }) => p.id && Array.isArray(p.portals)));
    // In --locale, from the one message catalogue: legal names kept, explained.
    assert.match(
      (await run(['procedures', '--locale', 'ar'])).out,
      /^caf-rsa\s+طلب دخل التضامن النشط \(RSA\)$/m,
    );
    type Listed = { id: string; label: string; bring?: Array<{ id: string; label: string }> };
    const spanish: Listed[] = JSON.parse((await run(['procedures', '--locale', 'es', '--json'])).out);
    const c2s = spanish.find((p) => p.id === 'ameli-c2s');
    assert.equal(c2s?.label, 'Solicitar la Complémentaire santé solidaire (C2S)');
    assert.deepEqual(c2s?.bring?.[0], { id: 'identity', label: 'Un documento de identidad' });
    const wrong = await run(['procedures', '--locale', 'xx']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /unknown --locale "xx"/);
  });

  test('orient errors name the problem and print nothing else', needsSharedData, async (t) => {
    if (!(await ready())) return t.skip('run "pnpm run data" first');
    const data = ['--data', join(SHARED, FILES.hinaura)];
    const cases: Array<[string[], RegExp]> = [
      [['--where', '99999'], /No town has the postal code 99999/],
      [['--where', 'Saint-Denis'], /Several towns match "Saint-Denis": .*Add the postal code/],
      [['--where', 'Melum'], /No town is called "Melum"\. Did you mean Melun \(77000\)\?/],
      [
        ['--where', 'Lyon', '--locale', 'de'],
        /unknown --locale "de" \(one of fr, ar, en, es, fr-x-falc, uk\)/,
      ],
      [['--where', 'Lyon', '--procedure', 'nope'], /unknown procedure "nope"/],
      [['--where', 'Lyon', '--difficulty', 'hard'], /unknown difficulty "hard"/],
      [['--where', 'Lyon', '--max-km', '0'], /--max-km must be a positive number/],
      [['--where', 'Lyon', '--at', 'tomorrow'], /--at must be a date/],
    ];
    for (const [args, message] of cases) {
      const result = await run(['orient', ...GAZETTEER, ...data, ...args]);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.out, '');
      assert.match(result.err, message);
    }
    // A postal code first, as address lines write it; an arrondissement by its number.
    for (const [where, label] of [
      ['69003 Lyon', 'Lyon 3e Arrondissement (69003)'],
      ['69003, Lyon', 'Lyon 3e Arrondissement (69003)'],
      ['Lyon 3', 'Lyon 3e Arrondissement (69003)'],
    ]) {
      const found = await run(['orient', ...GAZETTEER, ...data, '--where', where as string, '--json']);
      assert.equal(found.code, 0, `${where}: ${found.err}`);
      assert.equal(JSON.parse(found.out).location.label, label, where);
    }
    const missing = await run(['orient', ...GAZETTEER, '--data', '/nonexistent', '--where', 'Lyon']);
    assert.match(missing.err, /cannot read \/nonexistent: no such file or directory/);
    const notDataset = await run(['orient', ...GAZETTEER, '--data', SHARED, '--where', 'Lyon']);
    assert.match(notDataset.err, /is not a dataset built by "mediation-finder build"/);
  });
});
