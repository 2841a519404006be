import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { release } from '../scripts/release.mjs';

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
