import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { useLocale } from '../src/cli/locale.js';
import { needsSharedData } from './helpers.js';
import { SCENARIOS, scenarioRunner, scenarioTable } from './scenarios.js';

describe('how it orients: expert scenarios on the real data', needsSharedData, () => {
  const run = scenarioRunner();
  for (const s of SCENARIOS) {
    test(s.name, () => {
      const o = run(s);
      const first = o.results[0];
      if (s.first) {
        assert.ok(first, 'a place is offered');
        if (s.first.actor) assert.equal(first.actor, s.first.actor, first.nom);
        if (s.first.name) assert.match(first.nom, s.first.name);
        if (s.first.maxKm !== undefined)
          assert.ok(first.distance_km <= s.first.maxKm, `${first.nom} at ${first.distance_km} km`);
        if (s.first.reason)
          assert.ok(
            first.reasons.some((r) => r.code === s.first?.reason),
            `${first.nom}: ${s.first.reason}`,
          );
        if (s.first.yours)
          assert.ok(
            first.reasons.some((r) => r.code === 'yours' || r.code === 'town-hall'),
            `${first.nom} is theirs`,
          );
      }
      if (s.notice)
        assert.ok(
          o.notices.some((n) => n.code === s.notice),
          o.notices.map((n) => n.code).join(),
        );
      for (const id of s.remote ?? [])
        assert.ok(
          o.remote.some((r) => r.id === id),
          `remote ${id}`,
        );
      for (const id of s.notRemote ?? []) assert.ok(!o.remote.some((r) => r.id === id), `no remote ${id}`);
      if (s.never) {
        for (const r of o.results) {
          if (r.actor === 'social-work') assert.doesNotMatch(`${r.nom} ${r.place.commune}`, s.never);
        }
      }
      s.check?.(o);
    });
  }

  test('the core README prints these scenarios as they orient today', async () => {
    await useLocale('en');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    // Compared cell by cell: the formatter pads the README's columns.
    const cells = (text: string) =>
      text
        .split('\n')
        .map((line) =>
          line
            .split('|')
            .map((c) => c.trim().replace(/^-+$/, '-'))
            .join('|'),
        )
        .join('\n');
    assert.ok(
      cells(readme).includes(cells(scenarioTable(run))),
      'README "How it orients" is stale: run `npx tsx test/scenarios.ts` in packages/core and paste its output',
    );
  });
});
