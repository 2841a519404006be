import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * The integrator's guides stay as complete as the element: every attribute and custom property
 * the built element declares (its Custom Elements Manifest, made from the class's JSDoc) is in the
 * English README and the French guide, and so is every parameter embed.html accepts.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const manifest = JSON.parse(read('packages/widget/dist/custom-elements.json'));
const finder = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'mediation-finder');
const params = read('packages/widget/src/embed/params.ts');
const table = params.slice(
  params.indexOf('export const PARAMETERS'),
  params.indexOf('\n};', params.indexOf('export const PARAMETERS')),
);
const embedParameters = [...table.matchAll(/^ {2}'?([a-z-]+)'?: /gm)].map((m) => m[1]);

const guides = {
  'README.md': read('README.md'),
  'docs/fr/integrer-le-widget.md': read('docs/fr/integrer-le-widget.md'),
};

test('every attribute and custom property of the element is documented, in English and in French', () => {
  assert.ok(finder.attributes.length >= 18);
  for (const [path, text] of Object.entries(guides)) {
    for (const { name } of finder.attributes)
      assert.ok(text.includes(`\`${name}\``), `${path}: attribute ${name}`);
    for (const { name } of finder.cssProperties) assert.ok(text.includes(`\`${name}\``), `${path}: ${name}`);
  }
});

test('every parameter embed.html accepts is documented, in English and in French', () => {
  assert.ok(embedParameters.length >= 12, embedParameters.join(' '));
  for (const [path, text] of Object.entries(guides)) {
    const section = text.slice(text.indexOf('embed.html'));
    for (const name of embedParameters)
      assert.ok(section.includes(`\`${name}\``), `${path}: parameter ${name}`);
    assert.ok(section.includes('mediation-finder:height'), `${path}: the height message`);
    // What a link may never set is said too.
    for (const name of ['referrer', 'share-url', 'tiles', 'tiles-attribution'])
      assert.ok(section.includes(`\`${name}\``), `${path}: ${name} refused from a link`);
  }
});

test('the French index links the integrator’s, the data manager’s and the extension’s guides', () => {
  const index = read('docs/fr/README.md');
  for (const page of ['integrer-le-widget.md', 'publier-les-donnees.md', 'extension.md'])
    assert.ok(index.includes(`](${page})`), page);
});
