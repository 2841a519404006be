import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PROCEDURES } from '../src/procedures/catalogue.js';
import { matchProcedure, portalHosts, portalsOf } from '../src/procedures/match.js';
import { portalHosts as hostsOfPortals, matchPortal } from '../src/procedures/portal-match.js';
import { PORTALS } from '../src/procedures/portals.js';

/**
 * For every procedure of the catalogue: pages that must be recognised as it (URL, and title for
 * single-page apps), and near misses that must not be.
 */
const SAMPLES: Record<string, { match: Array<[string, string?]>; near: Array<[string, string?]> }> = {
  aah: {
    match: [
      [
        'https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/handicap/l-allocation-aux-adultes-handicapes-aah',
      ],
      ['https://www.service-public.fr/particuliers/vosdroits/F12242'],
    ],
    near: [['https://www.caf.fr/allocataires/aides-et-demarches/la-prime-d-activite']],
  },
  ame: {
    match: [
      ['https://www.ameli.fr/assure/droits-demarches/situations-particulieres/aide-medicale-de-l-etat'],
    ],
    near: [['https://www.ameli.fr/assure/remboursements/carte-vitale']],
  },
  'retraite-reversion': {
    match: [
      ['https://www.info-retraite.fr/portail-services/demande-de-reversion'],
      ['https://www.lassuranceretraite.fr/portail-info/home/retraites/reversion.html'],
    ],
    near: [['https://www.info-retraite.fr/portail-services/demande-de-retraite']],
  },
  naturalisation: {
    match: [['https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/naturalisation']],
    near: [
      [
        'https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/espace-personnel/mon-compte',
      ],
    ],
  },
  procuration: {
    match: [['https://www.maprocuration.gouv.fr/']],
    near: [['https://www.service-public.fr/particuliers/vosdroits/F1367']],
  },
  apa: {
    match: [
      [
        'https://www.pour-les-personnes-agees.gouv.fr/beneficier-d-aides/l-allocation-personnalisee-d-autonomie-apa',
      ],
    ],
    near: [['https://www.pour-les-personnes-agees.gouv.fr/vivre-a-domicile']],
  },
  maprimerenov: {
    match: [
      ['https://www.maprimerenov.gouv.fr/prweb/PRAuth/app/AIDES_/'],
      ['https://france-renov.gouv.fr/aides/maprimerenov'],
    ],
    near: [['https://www.impots.gouv.fr/renovation']],
  },
  'antai-amende': {
    match: [['https://www.antai.gouv.fr/'], ['https://www.amendes.gouv.fr/tai']],
    near: [['https://antai.example.org/']],
  },
  'mon-compte-formation': {
    match: [['https://www.moncompteformation.gouv.fr/espace-prive/html/']],
    near: [['https://www.francetravail.fr/candidat/en-formation.html']],
  },
  'etudiant-bourse-logement': {
    match: [
      ['https://www.messervices.etudiant.gouv.fr/envole/'],
      ['https://www.etudiant.gouv.fr/fr/bourse-sur-criteres-sociaux'],
    ],
    near: [['https://www.etudiant.gouv.fr/fr/sante']],
  },
  parcoursup: {
    match: [
      ['https://dossierappel.parcoursup.fr/Candidat/authentification'],
      ['https://www.parcoursup.gouv.fr/'],
    ],
    near: [['https://www.etudiant.gouv.fr/fr/sante']],
  },
  'urssaf-micro-entrepreneur': {
    match: [
      ['https://www.autoentrepreneur.urssaf.fr/portail/accueil.html'],
      ['https://www.urssaf.fr/accueil/independant/micro-entrepreneur.html'],
    ],
    near: [['https://www.urssaf.fr/accueil/employeur.html']],
  },
  'tarif-social-transport': {
    match: [['https://www.iledefrance-mobilites.fr/titres-et-tarifs/tarification-solidarite']],
    near: [['https://www.iledefrance-mobilites.fr/titres-et-tarifs/detail/forfait-navigo-mois']],
  },
  'bourse-scolaire-cantine': {
    match: [
      ['https://educonnect.education.gouv.fr/idp/profile/SAML2/'],
      ['https://www.education.gouv.fr/les-bourses-de-college-et-de-lycee-1234'],
    ],
    near: [['https://www.education.gouv.fr/le-calendrier-scolaire']],
  },
  mesdroitssociaux: {
    match: [['https://www.mesdroitssociaux.gouv.fr/accueil/']],
    near: [['https://mesdroitssociaux.example.fr/']],
  },
  'caf-rsa': {
    match: [
      [
        'https://wwwd.caf.fr/wps/portal/caffr/aidesetdemarches/mesdemarches/demanderlerevenudesolidariteactive/rsa',
      ],
      ['https://www.caf.fr/app', 'Demande de RSA'],
      ['https://www.service-public.fr/particuliers/vosdroits/F19778'],
    ],
    near: [['https://rsa.example.org/'], ['https://www.caf.fr.example.net/rsa']],
  },
  'caf-prime-activite': {
    match: [['https://www.caf.fr/allocataires/aides-et-demarches/la-prime-d-activite']],
    near: [['https://www.impots.gouv.fr/prime-d-activite']],
  },
  'caf-aides-logement': {
    match: [
      [
        'https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/logement/les-aides-au-logement',
      ],
    ],
    near: [['https://www.logement.gouv.fr/aides-au-logement']],
  },
  'caf-declaration-trimestrielle': {
    match: [['https://www.caf.fr/app', 'Déclaration trimestrielle de ressources']],
    near: [['https://www.msa.fr/app', 'Déclaration trimestrielle de ressources']],
  },
  'caf-changement-situation': {
    match: [['https://www.caf.fr/allocataires/mes-demarches/changement-de-situation']],
    near: [['https://www.ameli.fr/changement-de-situation']],
  },
  'caf-autre': {
    match: [['https://www.caf.fr/allocataires/mon-compte'], ['https://caf.fr/']],
    near: [['https://www.caff.fr/'], ['https://caf.fr.example.com/']],
  },
  'ameli-compte': {
    match: [
      ['https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure'],
      ['https://www.ameli.fr/assure/compte-ameli'],
    ],
    near: [['https://ameli.example.fr/compte']],
  },
  'ameli-c2s': {
    match: [
      ['https://www.ameli.fr/assure/droits-demarches/complementaire-sante-solidaire'],
      ['https://www.complementaire-sante-solidaire.gouv.fr/'],
    ],
    near: [['https://www.caf.fr/complementaire-sante-solidaire']],
  },
  'ameli-carte-vitale': {
    match: [['https://www.ameli.fr/assure/remboursements/carte-vitale']],
    near: [['https://carte-vitale.example.com/']],
  },
  'mon-espace-sante': {
    match: [['https://www.monespacesante.fr/']],
    near: [['https://monespacesante.fr.example.org/']],
  },
  'ameli-autre': {
    match: [['https://www.ameli.fr/assure/remboursements']],
    near: [['https://www.ameli.com/']],
  },
  'impots-declaration': {
    match: [
      ['https://cfspart.impots.gouv.fr/enp/', 'Déclarer mes revenus'],
      ['https://www.impots.gouv.fr/particulier/declarer-mes-revenus'],
    ],
    near: [['https://www.impots.fr/declaration']],
  },
  'impots-espace-particulier': {
    match: [['https://www.impots.gouv.fr/accueil']],
    near: [['https://impots.gouv.example.fr/']],
  },
  'ants-carte-grise': {
    match: [
      ['https://immatriculation.ants.gouv.fr/'],
      ['https://ants.gouv.fr/nos-missions/les-titres-geres-par-l-ants/certificat-d-immatriculation'],
    ],
    near: [['https://www.cartegrise.com/']],
  },
  'ants-permis': {
    match: [['https://permisdeconduire.ants.gouv.fr/'], ['https://ants.gouv.fr/permis']],
    near: [['https://www.permisdeconduire.fr/']],
  },
  'ants-identite': {
    match: [
      ['https://passeport.ants.gouv.fr/'],
      ['https://ants.gouv.fr/nos-missions/les-titres-geres-par-l-ants/carte-nationale-d-identite'],
    ],
    near: [['https://passeport.example.gouv.fr/']],
  },
  'ants-autre': { match: [['https://ants.gouv.fr/']], near: [['https://ants.fr/']] },
  'france-travail-inscription': {
    match: [
      ['https://candidat.francetravail.fr/inscription'],
      ['https://candidat.francetravail.fr/espace', 'Inscription - France Travail'],
    ],
    near: [['https://www.pole-emploi.example/inscription']],
  },
  'france-travail-actualisation': {
    match: [
      ['https://candidat.francetravail.fr/actualisation'],
      ['https://candidat.francetravail.fr/', 'Mon actualisation'],
    ],
    near: [['https://www.francetravail.org/actualisation']],
  },
  'france-travail-autre': {
    match: [['https://www.francetravail.fr/accueil']],
    near: [['https://francetravail.fr.example.com/']],
  },
  'retraite-demande': {
    match: [
      ['https://www.info-retraite.fr/portail-services/demande-retraite'],
      ['https://www.lassuranceretraite.fr/portail-info/home.html'],
    ],
    near: [['https://www.retraite.com/']],
  },
  'retraite-aspa': {
    match: [['https://www.lassuranceretraite.fr/portail-info/sites/pub/hors-menu/aspa.html']],
    near: [['https://www.info-retraite.example/aspa']],
  },
  'msa-demarche': { match: [['https://www.msa.fr/lfp/accueil']], near: [['https://www.msa.com/']] },
  'anef-titre-sejour': {
    match: [['https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/']],
    near: [['https://www.interieur.gouv.fr/']],
  },
  'franceconnect-identite': {
    match: [['https://app.franceconnect.gouv.fr/api/v1/authorize'], ['https://franceconnect.gouv.fr/']],
    near: [['https://france-connect.example.fr/']],
  },
  'cheque-energie': {
    match: [['https://chequeenergie.gouv.fr/beneficiaire/']],
    near: [['https://www.cheque-energie.example.fr/']],
  },
  'mdph-demande': {
    match: [['https://mdphenligne.cnsa.fr/'], ['https://www.monparcourshandicap.gouv.fr/']],
    near: [['https://www.cnsa.fr/']],
  },
  'logement-social-demande': {
    match: [['https://www.demande-logement-social.gouv.fr/']],
    near: [['https://www.logement-social.example.fr/']],
  },
  'service-public-demarche': {
    match: [
      ['https://www.service-public.fr/particuliers/vosdroits/N19810'],
      ['https://www.service-public.gouv.fr/'],
    ],
    near: [['https://www.service-public.example.fr/']],
  },
  'demarches-simplifiees': {
    match: [
      ['https://www.demarches-simplifiees.fr/commencer/xyz'],
      ['https://demarche.numerique.gouv.fr/commencer/xyz'],
    ],
    near: [['https://demarches-simplifiees.example.fr/']],
  },
  'autre-demarche': { match: [], near: [['https://www.example.org/']] },
};

describe('recognising a procedure from a page', () => {
  test('every catalogue entry has samples', () => {
    for (const p of PROCEDURES) {
      assert.ok(SAMPLES[p.id], `no samples for ${p.id}`);
      if (portalsOf(p).length) assert.ok(SAMPLES[p.id]?.match.length, `no matching sample for ${p.id}`);
    }
  });

  for (const [id, { match, near }] of Object.entries(SAMPLES)) {
    test(id, () => {
      for (const [url, title] of match)
        assert.equal(matchProcedure(url, title ?? '')?.procedure.id, id, `${url} ${title ?? ''}`);
      for (const [url, title] of near)
        assert.notEqual(matchProcedure(url, title ?? '')?.procedure.id, id, `${url} should not be ${id}`);
    });
  }
});

describe('the portals alone (the extension’s content script, without the catalogue)', () => {
  test('recognise every sample page as the catalogue does', () => {
    for (const { match, near } of Object.values(SAMPLES))
      for (const [url, title] of [...match, ...near]) {
        const byCatalogue = matchProcedure(url, title ?? '');
        assert.deepEqual(
          matchPortal(url, title ?? ''),
          byCatalogue && { id: byCatalogue.procedure.id, by: byCatalogue.by },
          url,
        );
      }
  });

  test('list the catalogue’s procedures in its order, and its hosts', () => {
    const ids = PROCEDURES.map((p) => p.id).filter((id) => id in PORTALS);
    assert.deepEqual(Object.keys(PORTALS), ids);
    assert.deepEqual(hostsOfPortals(), portalHosts());
  });
});
