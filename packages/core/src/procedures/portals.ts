import type { Portal } from './types.js';

/**
 * Where each procedure of the catalogue lives on the web, by procedure id: the extension
 * recognises a page from its URL and title (see `matchProcedure`). Kept apart from the
 * catalogue: the widget never needs them. A procedure an institution adds carries its own
 * `portals`.
 */

const CAF_PORTAL = 'caf.fr';

export const PORTALS: Record<string, Portal[]> = {
  'caf-rsa': [
    {
      host: CAF_PORTAL,
      paths: ['rsa', 'revenu-de-solidarite'],
      titles: ['\\bRSA\\b', 'revenu de solidarité'],
    },
    { host: 'service-public.fr', paths: ['/F19778', '/R1761'] },
  ],
  'caf-prime-activite': [
    { host: CAF_PORTAL, paths: ['prime-d-activite', 'prime-activite'], titles: ['prime d.activité'] },
  ],
  'caf-aides-logement': [
    {
      host: CAF_PORTAL,
      paths: ['aides-au-logement', 'logement'],
      titles: ['aide.* au logement', '\\bAPL\\b'],
    },
  ],
  'caf-declaration-trimestrielle': [
    {
      host: CAF_PORTAL,
      paths: ['declaration-trimestrielle', 'dtr'],
      titles: ['déclaration trimestrielle'],
    },
  ],
  'caf-changement-situation': [
    {
      host: CAF_PORTAL,
      paths: ['changement-de-situation', 'changement-situation'],
      titles: ['changement de situation'],
    },
  ],
  aah: [
    {
      host: CAF_PORTAL,
      paths: ['allocation-aux-adultes-handicapes', '\\baah\\b'],
      titles: ['\\bAAH\\b', 'adultes handicapés'],
    },
    { host: 'service-public.fr', paths: ['/F12242'] },
  ],
  'caf-autre': [{ host: CAF_PORTAL }],
  'ameli-compte': [
    // The account itself lives on assure.ameli.fr; pages about it on www.ameli.fr.
    { host: 'assure.ameli.fr' },
    {
      host: 'ameli.fr',
      paths: ['compte-ameli', 'connexion', 'mot-de-passe'],
      titles: ['compte ameli', 'mot de passe'],
    },
  ],
  'ameli-c2s': [
    {
      host: 'ameli.fr',
      paths: ['complementaire-sante-solidaire', 'c2s'],
      titles: ['complémentaire santé solidaire'],
    },
    { host: 'complementaire-sante-solidaire.gouv.fr' },
  ],
  'ameli-carte-vitale': [{ host: 'ameli.fr', paths: ['carte-vitale'], titles: ['carte vitale'] }],
  'mon-espace-sante': [{ host: 'monespacesante.fr' }],
  ame: [
    {
      host: 'ameli.fr',
      paths: ['aide-medicale-de-l-etat', 'aide-medicale-etat', '\\bame\\b'],
      titles: ['aide médicale de l.État', '\\bAME\\b'],
    },
    { host: 'service-public.fr', paths: ['/F3079'] },
  ],
  'ameli-autre': [{ host: 'ameli.fr' }],
  'impots-declaration': [
    {
      host: 'impots.gouv.fr',
      paths: ['declaration', 'declarer', 'dec-ir'],
      titles: ['déclaration.* revenus', 'déclarer'],
    },
  ],
  'impots-espace-particulier': [{ host: 'impots.gouv.fr' }],
  'ants-carte-grise': [
    { host: 'immatriculation.ants.gouv.fr' },
    {
      host: 'ants.gouv.fr',
      paths: ['vehicule', 'carte-grise', 'immatriculation'],
      titles: ['carte grise', 'immatriculation', 'véhicule'],
    },
  ],
  'ants-permis': [
    { host: 'permisdeconduire.ants.gouv.fr' },
    { host: 'ants.gouv.fr', paths: ['permis'], titles: ['permis de conduire'] },
  ],
  'ants-identite': [
    { host: 'passeport.ants.gouv.fr' },
    {
      host: 'ants.gouv.fr',
      paths: ['identite', 'passeport', 'carte-nationale'],
      titles: ['carte.* d.identité', 'passeport'],
    },
  ],
  'ants-autre': [{ host: 'ants.gouv.fr' }],
  'france-travail-inscription': [
    { host: 'francetravail.fr', paths: ['inscription', 'inscrire'], titles: ['inscription', "m'inscrire"] },
  ],
  'france-travail-actualisation': [
    { host: 'francetravail.fr', paths: ['actualis'], titles: ['actualisation', "m'actualiser"] },
  ],
  'france-travail-autre': [{ host: 'francetravail.fr' }],
  'retraite-reversion': [
    { host: 'info-retraite.fr', paths: ['reversion'], titles: ['réversion'] },
    { host: 'lassuranceretraite.fr', paths: ['reversion'], titles: ['réversion'] },
    { host: 'service-public.fr', paths: ['/F12372'] },
  ],
  'retraite-demande': [
    { host: 'info-retraite.fr', paths: ['demande', 'retraite'], titles: ['demande.* retraite'] },
    { host: 'lassuranceretraite.fr' },
  ],
  'retraite-aspa': [
    {
      host: 'lassuranceretraite.fr',
      paths: ['aspa', 'minimum-vieillesse'],
      titles: ['\\bASPA\\b', 'minimum vieillesse'],
    },
  ],
  'msa-demarche': [{ host: 'msa.fr' }],
  naturalisation: [
    {
      host: 'administration-etrangers-en-france.interieur.gouv.fr',
      paths: ['naturalisation', 'nationalite'],
      titles: ['naturalisation', 'nationalité'],
    },
    { host: 'service-public.fr', paths: ['/F2213'] },
  ],
  'anef-titre-sejour': [{ host: 'administration-etrangers-en-france.interieur.gouv.fr' }],
  'franceconnect-identite': [{ host: 'franceconnect.gouv.fr' }, { host: 'app.franceconnect.gouv.fr' }],
  'cheque-energie': [{ host: 'chequeenergie.gouv.fr' }],
  'mdph-demande': [{ host: 'mdphenligne.cnsa.fr' }, { host: 'monparcourshandicap.gouv.fr' }],
  'logement-social-demande': [{ host: 'demande-logement-social.gouv.fr' }],
  procuration: [
    { host: 'maprocuration.gouv.fr' },
    { host: 'service-public.fr', paths: ['/F1604', '/R12675'] },
  ],
  apa: [
    {
      host: 'pour-les-personnes-agees.gouv.fr',
      paths: ['apa', 'allocation-personnalisee'],
      titles: ['\\bAPA\\b'],
    },
    { host: 'service-public.fr', paths: ['/F10009'] },
  ],
  maprimerenov: [
    { host: 'maprimerenov.gouv.fr' },
    { host: 'france-renov.gouv.fr' },
    { host: 'monprojet.anah.gouv.fr' },
  ],
  'antai-amende': [{ host: 'antai.gouv.fr' }, { host: 'amendes.gouv.fr' }],
  'mon-compte-formation': [{ host: 'moncompteformation.gouv.fr' }],
  'etudiant-bourse-logement': [
    { host: 'messervices.etudiant.gouv.fr' },
    { host: 'etudiant.gouv.fr', paths: ['bourse', 'dse', 'logement'] },
  ],
  parcoursup: [{ host: 'parcoursup.gouv.fr' }, { host: 'parcoursup.fr' }],
  'urssaf-micro-entrepreneur': [
    { host: 'autoentrepreneur.urssaf.fr' },
    {
      host: 'urssaf.fr',
      paths: ['micro-entrepreneur', 'auto-entrepreneur'],
      titles: ['micro.entrepreneur'],
    },
    { host: 'formalites.entreprises.gouv.fr' },
  ],
  'tarif-social-transport': [
    {
      host: 'iledefrance-mobilites.fr',
      paths: ['solidarite', 'tarification-solidarite'],
      titles: ['solidarité transport'],
    },
  ],
  'bourse-scolaire-cantine': [
    { host: 'educonnect.education.gouv.fr' },
    {
      host: 'education.gouv.fr',
      paths: ['bourse', 'cantine', 'restauration-scolaire'],
      titles: ['bourse'],
    },
    { host: 'service-public.fr', paths: ['/F984', '/F12703'] },
  ],
  mesdroitssociaux: [{ host: 'mesdroitssociaux.gouv.fr' }],
  'service-public-demarche': [{ host: 'service-public.fr' }, { host: 'service-public.gouv.fr' }],
  'demarches-simplifiees': [{ host: 'demarches-simplifiees.fr' }, { host: 'demarche.numerique.gouv.fr' }],
  'autre-demarche': [],
};
