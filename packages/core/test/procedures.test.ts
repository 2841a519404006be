import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SERVICES } from '../src/places/vocabulary.js';
import { BRING } from '../src/procedures/bring.js';
import { PROCEDURES } from '../src/procedures/catalogue.js';
import { matchProcedure, portalHosts, portalsOf } from '../src/procedures/match.js';
import { ACTOR_KINDS } from '../src/routing/actors.js';

const FIXED_IDS = [
  'caf-rsa',
  'caf-prime-activite',
  'caf-aides-logement',
  'ameli-compte',
  'ameli-c2s',
  'impots-declaration',
  'ants-carte-grise',
  'ants-permis',
  'ants-identite',
  'france-travail-inscription',
  'france-travail-actualisation',
  'retraite-demande',
  'anef-titre-sejour',
];

describe('procedure catalogue', () => {
  test('at least 25 procedures, with the fixed ids, unique', () => {
    assert.ok(PROCEDURES.length >= 25, `${PROCEDURES.length}`);
    const ids = PROCEDURES.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of FIXED_IDS) assert.ok(ids.includes(id), id);
    assert.ok(ids.includes('autre-demarche'), 'a generic "other procedure"');
  });

  test('every entry is complete and uses known vocabulary', () => {
    for (const p of PROCEDURES) {
      assert.match(p.id, /^[a-z0-9-]+$/);
      assert.ok(
        p.actors.length > 0 && p.actors.every((a) => (ACTOR_KINDS as readonly string[]).includes(a)),
        p.id,
      );
      assert.ok(
        p.services.every((s) => (SERVICES as readonly string[]).includes(s)),
        p.id,
      );
      for (const portal of portalsOf(p)) {
        assert.match(portal.host, /^[a-z0-9.-]+\.[a-z]{2,}$/, p.id);
        for (const pattern of [...(portal.paths ?? []), ...(portal.titles ?? [])]) new RegExp(pattern, 'i');
      }
      assert.ok(
        (p.bring ?? []).every((b) => (BRING as readonly string[]).includes(b)),
        p.id,
      );
    }
  });

  test('URLs and titles are recognised, most specific first', () => {
    const cases: Array<[string, string, string | undefined]> = [
      [
        'https://wwwd.caf.fr/wps/portal/caffr/aidesetdemarches/mesdemarches/faireunedemandedeprestation/demanderlerevenudesolidariteactivers',
        'Demander le RSA',
        'caf-rsa',
      ],
      [
        'https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/vie-professionnelle/la-prime-d-activite',
        '',
        'caf-prime-activite',
      ],
      ['https://www.caf.fr/allocataires/mon-compte', 'Mon Compte', 'caf-autre'],
      ['https://www.caf.fr/app', 'Déclaration trimestrielle de ressources', 'caf-declaration-trimestrielle'],
      [
        'https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure?_somtc=true',
        'Mot de passe oublié',
        'ameli-compte',
      ],
      [
        'https://www.ameli.fr/assure/droits-demarches/difficultes-acces-droits-soins/complementaire-sante/complementaire-sante-solidaire',
        '',
        'ameli-c2s',
      ],
      ['https://cfspart.impots.gouv.fr/LoginMDP', 'Déclarer mes revenus', 'impots-declaration'],
      ['https://immatriculation.ants.gouv.fr/', '', 'ants-carte-grise'],
      ['https://permisdeconduire.ants.gouv.fr/', '', 'ants-permis'],
      ['https://candidat.francetravail.fr/inscription', '', 'france-travail-inscription'],
      ['https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/', '', 'anef-titre-sejour'],
      ['https://www.monespacesante.fr/', '', 'mon-espace-sante'],
      ['https://www.caf.fr.evil.example/rsa', '', undefined],
      ['https://notcaf.fr/rsa', '', undefined],
      ['https://www.wikipedia.org/', '', undefined],
      ['javascript:alert(1)', '', undefined],
    ];
    for (const [url, title, expected] of cases) {
      assert.equal(matchProcedure(url, title)?.procedure.id, expected, url);
    }
  });

  test('portal hosts for the extension permissions', () => {
    const hosts = portalHosts();
    for (const host of [
      'caf.fr',
      'ameli.fr',
      'impots.gouv.fr',
      'ants.gouv.fr',
      'francetravail.fr',
      'msa.fr',
    ]) {
      assert.ok(hosts.includes(host), host);
    }
  });
});

test('the READMEs count the procedures the catalogue has', () => {
  const read = (file: string) => readFileSync(join(import.meta.dirname ?? '.', file), 'utf8');
  const counts = [
    ['README.md', /`mediation-finder procedures` lists all (\d+)/.exec(read('../../../README.md'))?.[1]],
    [
      'packages/core/README.md',
      /`src\/procedures\/catalogue\.ts`\s*\|\s*(\d+) procedures/.exec(read('../README.md'))?.[1],
    ],
  ];
  for (const [file, count] of counts) assert.equal(Number(count), PROCEDURES.length, `${file} says ${count}`);
});

test('the procedures are grouped by body for a person choosing one: each once, the CAF first, "other" last', async () => {
  const { groupProcedures, PROCEDURE_GROUPS } = await import('../src/procedures/groups.js');
  const { procedureGroupLabel } = await import('../src/messages/procedures.js');
  const groups = groupProcedures(PROCEDURES);
  assert.deepEqual(
    groups.flatMap((g) => g.procedures.map((p) => p.id)).sort(),
    PROCEDURES.map((p) => p.id).sort(),
  );
  assert.deepEqual(
    groups.map((g) => g.group),
    PROCEDURE_GROUPS.filter((g) => groups.some((x) => x.group === g)),
  );
  assert.equal(groups[0]?.group, 'caf');
  assert.equal(groups.at(-1)?.group, 'other');
  const of = (id: string) => groups.find((g) => g.procedures.some((p) => p.id === id))?.group;
  assert.equal(of('ants-carte-grise'), of('antai-amende'));
  assert.equal(of('anef-titre-sejour'), 'residence');
  // A group of one would be a heading for one line: none but the catalogue's own "other".
  for (const g of groups) assert.ok(g.procedures.length >= 2, g.group);
  for (const g of PROCEDURE_GROUPS) assert.ok(procedureGroupLabel(g), g);
});
