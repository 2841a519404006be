import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { release } from '../scripts/release.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `pnpm release` (after a build): what the README tells an institution to take until the packages are published. */
test('pnpm release: the widget with its data, the extension zips and the npm tarballs, with their SHA-256', () => {
  const out = mkdtempSync(join(tmpdir(), 'mf-release-'));
  try {
    const { files } = release({ out });
    const names = files.map((file) => file.name).sort();
    assert.deepEqual(
      names.map((name) => name.replace(/-\d+\.\d+\.\d+/, '')),
      [
        'mediation-finder-chrome.zip',
        'mediation-finder-core.tgz',
        'mediation-finder-data.tgz',
        'mediation-finder-firefox.zip',
        'mediation-finder-widget.tgz',
        'mediation-finder-widget.zip',
      ],
    );
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    assert.equal(sums.length, names.length);
    for (const line of sums) {
      const [sha256, name] = line.split(/ {2}/);
      assert.equal(
        createHash('sha256')
          .update(readFileSync(join(out, name)))
          .digest('hex'),
        sha256,
        name,
      );
    }
    const widgetZip = names.find((name) => /widget.*\.zip$/.test(name));
    const inside = [];
    unzipSync(readFileSync(join(out, widgetZip)), {
      filter: (file) => {
        inside.push(file.name);
        return false;
      },
    });
    for (const file of [
      'mediation-finder/mediation-finder.js',
      'mediation-finder/element.js',
      'mediation-finder/embed.html',
      'mediation-finder/embed.js',
      'mediation-finder/embed.css',
      'mediation-finder/embed-host.js',
      'mediation-finder/custom-elements.json',
      'mediation-finder/data/places/manifest.json',
      'mediation-finder/data/gazetteer/index.json',
      'mediation-finder/data/gazetteer.tsv',
      'mediation-finder/data/LICENCE.md',
      'mediation-finder/LICENSE',
      'mediation-finder/README.md',
    ])
      assert.ok(inside.includes(file), file);
    assert.deepEqual(
      inside.filter((file) => file.endsWith('.map')),
      [],
    );
    // The same build gives the same zip, in any time zone: its checksum can be published and checked.
    const again = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { release } from ${JSON.stringify(new URL('../scripts/release.mjs', import.meta.url).href)};
           console.log(JSON.stringify(release({ out: ${JSON.stringify(out)} }).files));`,
        ],
        { env: { ...process.env, TZ: 'America/Montreal' }, encoding: 'utf8' },
      )
        .trim()
        .split('\n')
        .at(-1),
    );
    assert.equal(
      again.find((file) => file.name === widgetZip).sha256,
      files.find((file) => file.name === widgetZip).sha256,
      'the same widget zip in Montréal',
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

/**
 * Every pending changeset is one `changeset version` can read: its frontmatter names packages of
 * the repository (Biome formats Markdown, and once made a lone `"pkg": patch` line under `---`
 * into a heading, which left six changesets without frontmatter).
 */
test('every changeset has the frontmatter changesets reads, naming this repository’s packages', () => {
  const require = createRequire(import.meta.url);
  const cli = dirname(require.resolve('@changesets/cli/package.json'));
  const parsed = createRequire(join(cli, 'package.json'))('@changesets/parse');
  const parse = parsed.default ?? parsed;
  const packages = ['core', 'widget', 'data'].map((name) => `@mediation-finder/${name}`);
  const files = readdirSync(join(ROOT, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  for (const file of files) {
    const { releases, summary } = parse(readFileSync(join(ROOT, '.changeset', file), 'utf8'));
    assert.ok(releases.length, `${file}: no package named`);
    for (const { name, type } of releases) {
      assert.ok(packages.includes(name), `${file}: ${name}`);
      assert.ok(['patch', 'minor', 'major'].includes(type), `${file}: ${type}`);
    }
    assert.ok(summary.trim().length > 20, `${file}: no summary`);
  }
});
