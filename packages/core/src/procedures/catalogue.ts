import type { Procedure, Text } from './types.js';

/**
 * The procedures people get stuck on, as data. Institutions extend this list (see the core README);
 * ids are stable. Portal patterns drive the extension; actors, services, programmes and counters
 * drive routing.
 */

const IDENTITY: Text = { fr: "Une pièce d'identité", en: 'An identity document' };
const LOGINS: Text = {
  fr: 'Vos identifiants (numéro allocataire, numéro fiscal, etc.) si vous les avez',
  en: 'Your login details (claimant number, tax number, etc.) if you have them',
};
const PHONE: Text = {
  fr: 'Votre téléphone portable, si vous en avez un',
  en: 'Your mobile phone, if you have one',
};
const LETTERS: Text = { fr: 'Les courriers reçus à ce sujet', en: 'The letters you received about it' };
const INCOME: Text = { fr: 'Vos justificatifs de ressources récents', en: 'Recent proof of income' };

const CAF_PORTAL = 'caf.fr';
const CAF_COUNTERS = ['CAF'];
const CAF_PROGRAMMES: Procedure['programmes'] = ["Point d'accès numérique CAF", 'France Services'];

export const PROCEDURES: Procedure[] = [
  {
    id: 'caf-rsa',
    body: 'caf',
    label: { fr: 'Demander le RSA (revenu de solidarité active)', en: 'Apply for RSA (minimum income)' },
    portals: [
      {
        host: CAF_PORTAL,
        paths: ['rsa', 'revenu-de-solidarite'],
        titles: ['\\bRSA\\b', 'revenu de solidarité'],
      },
      { host: 'service-public.fr', paths: ['/F19778', '/R1761'] },
    ],
    actors: ['social-work', 'admin-help', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: CAF_PROGRAMMES,
    counters: [...CAF_COUNTERS, 'CCAS', 'CIAS', 'DEPT', 'MDS'],
    bring: [IDENTITY, LOGINS, INCOME, { fr: 'Un RIB', en: 'Your bank details (RIB)' }],
  },
  {
    id: 'caf-prime-activite',
    body: 'caf',
    label: { fr: "Demander la prime d'activité", en: 'Apply for the activity bonus (prime d’activité)' },
    portals: [
      { host: CAF_PORTAL, paths: ['prime-d-activite', 'prime-activite'], titles: ['prime d.activité'] },
    ],
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: CAF_PROGRAMMES,
    counters: CAF_COUNTERS,
    bring: [IDENTITY, LOGINS, INCOME],
  },
  {
    id: 'caf-aides-logement',
    body: 'caf',
    label: {
      fr: 'Demander une aide au logement (APL, ALS, ALF)',
      en: 'Apply for housing benefit (APL, ALS, ALF)',
    },
    portals: [
      {
        host: CAF_PORTAL,
        paths: ['aides-au-logement', 'logement'],
        titles: ['aide.* au logement', '\\bAPL\\b'],
      },
    ],
    actors: ['admin-help', 'do-it-for-me', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: CAF_PROGRAMMES,
    counters: CAF_COUNTERS,
    bring: [
      IDENTITY,
      LOGINS,
      INCOME,
      { fr: 'Votre bail ou contrat de location', en: 'Your lease' },
      { fr: 'Un RIB', en: 'Your bank details (RIB)' },
    ],
  },
  {
    id: 'caf-declaration-trimestrielle',
    body: 'caf',
    label: {
      fr: 'Faire la déclaration trimestrielle de ressources (RSA, prime d’activité)',
      en: 'Send the quarterly income declaration (RSA, activity bonus)',
    },
    portals: [
      {
        host: CAF_PORTAL,
        paths: ['declaration-trimestrielle', 'dtr'],
        titles: ['déclaration trimestrielle'],
      },
    ],
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
    programmes: CAF_PROGRAMMES,
    counters: CAF_COUNTERS,
    bring: [LOGINS, INCOME],
  },
  {
    id: 'caf-changement-situation',
    body: 'caf',
    label: {
      fr: 'Déclarer un changement de situation à la CAF',
      en: 'Report a change of situation to the CAF',
    },
    portals: [
      {
        host: CAF_PORTAL,
        paths: ['changement-de-situation', 'changement-situation'],
        titles: ['changement de situation'],
      },
    ],
    actors: ['admin-help', 'body-counter', 'social-work'],
    services: ['Aide aux démarches administratives'],
    programmes: CAF_PROGRAMMES,
    counters: CAF_COUNTERS,
    bring: [LOGINS, LETTERS, { fr: 'Les justificatifs du changement', en: 'Proof of the change' }],
  },
  {
    id: 'caf-autre',
    body: 'caf',
    label: { fr: 'Une autre démarche avec la CAF', en: 'Another procedure with the CAF' },
    portals: [{ host: CAF_PORTAL }],
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: CAF_PROGRAMMES,
    counters: CAF_COUNTERS,
    bring: [IDENTITY, LOGINS, LETTERS],
  },
  {
    id: 'ameli-compte',
    body: 'assurance-maladie',
    label: { fr: 'Créer ou retrouver son compte ameli', en: 'Create or recover your ameli account' },
    portals: [
      // The account itself lives on assure.ameli.fr; pages about it on www.ameli.fr.
      { host: 'assure.ameli.fr' },
      {
        host: 'ameli.fr',
        paths: ['compte-ameli', 'connexion', 'mot-de-passe'],
        titles: ['compte ameli', 'mot de passe'],
      },
    ],
    actors: ['digital-mediation', 'admin-help', 'body-counter'],
    services: ['Maîtrise des outils numériques du quotidien', 'Aide aux démarches administratives'],
    programmes: ['France Services', 'Conseillers numériques'],
    counters: ['CPAM'],
    bring: [
      { fr: 'Votre carte Vitale', en: 'Your carte Vitale' },
      IDENTITY,
      PHONE,
      { fr: 'Votre adresse e-mail et son mot de passe', en: 'Your email address and its password' },
    ],
  },
  {
    id: 'ameli-c2s',
    body: 'assurance-maladie',
    label: {
      fr: 'Demander la Complémentaire santé solidaire',
      en: 'Apply for Complémentaire santé solidaire (C2S)',
    },
    portals: [
      {
        host: 'ameli.fr',
        paths: ['complementaire-sante-solidaire', 'c2s'],
        titles: ['complémentaire santé solidaire'],
      },
      { host: 'complementaire-sante-solidaire.gouv.fr' },
    ],
    actors: ['admin-help', 'social-work', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CPAM', 'CCAS'],
    bring: [IDENTITY, { fr: 'Votre carte Vitale', en: 'Your carte Vitale' }, INCOME],
  },
  {
    id: 'ameli-carte-vitale',
    body: 'assurance-maladie',
    label: { fr: 'Commander ou remplacer sa carte Vitale', en: 'Order or replace your carte Vitale' },
    portals: [{ host: 'ameli.fr', paths: ['carte-vitale'], titles: ['carte vitale'] }],
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CPAM'],
    bring: [IDENTITY, { fr: "Une photo d'identité récente", en: 'A recent ID photo' }],
  },
  {
    id: 'mon-espace-sante',
    body: 'assurance-maladie',
    label: { fr: 'Activer et utiliser Mon Espace Santé', en: 'Activate and use Mon Espace Santé' },
    portals: [{ host: 'monespacesante.fr' }],
    actors: ['digital-mediation', 'admin-help'],
    services: ['Maîtrise des outils numériques du quotidien', 'Utilisation sécurisée du numérique'],
    trainingLabels: ['Formé à « Mon Espace Santé »'],
    programmes: ['Conseillers numériques'],
    bring: [{ fr: 'Votre carte Vitale', en: 'Your carte Vitale' }, PHONE],
  },
  {
    id: 'ameli-autre',
    body: 'assurance-maladie',
    label: {
      fr: "Une autre démarche avec l'Assurance Maladie",
      en: 'Another procedure with health insurance (ameli)',
    },
    portals: [{ host: 'ameli.fr' }],
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CPAM'],
    bring: [{ fr: 'Votre carte Vitale', en: 'Your carte Vitale' }, LETTERS],
  },
  {
    id: 'impots-declaration',
    body: 'impots',
    label: { fr: 'Déclarer ses revenus', en: 'File your income tax return' },
    portals: [
      {
        host: 'impots.gouv.fr',
        paths: ['declaration', 'declarer', 'dec-ir'],
        titles: ['déclaration.* revenus', 'déclarer'],
      },
    ],
    actors: ['admin-help', 'do-it-for-me', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CFP'],
    bring: [
      {
        fr: 'Votre numéro fiscal et votre mot de passe, ou votre dernier avis d’impôt',
        en: 'Your tax number and password, or your last tax notice',
      },
      INCOME,
    ],
  },
  {
    id: 'impots-espace-particulier',
    body: 'impots',
    label: {
      fr: 'Créer ou utiliser son espace particulier (impots.gouv.fr)',
      en: 'Create or use your personal tax account',
    },
    portals: [{ host: 'impots.gouv.fr' }],
    actors: ['digital-mediation', 'admin-help', 'body-counter'],
    services: ['Maîtrise des outils numériques du quotidien', 'Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CFP'],
    bring: [{ fr: 'Votre dernier avis d’impôt', en: 'Your last tax notice' }, PHONE],
  },
  {
    id: 'ants-carte-grise',
    body: 'ants',
    label: { fr: 'Faire une démarche de carte grise', en: 'Car registration (carte grise)' },
    portals: [
      { host: 'immatriculation.ants.gouv.fr' },
      {
        host: 'ants.gouv.fr',
        paths: ['vehicule', 'carte-grise', 'immatriculation'],
        titles: ['carte grise', 'immatriculation', 'véhicule'],
      },
    ],
    actors: ['admin-help', 'do-it-for-me', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['PREF'],
    bring: [
      IDENTITY,
      {
        fr: 'La carte grise actuelle et le certificat de cession',
        en: 'The current registration and the transfer certificate',
      },
      { fr: 'Un justificatif de domicile', en: 'Proof of address' },
    ],
  },
  {
    id: 'ants-permis',
    body: 'ants',
    label: { fr: 'Faire une démarche de permis de conduire', en: 'Driving licence procedure' },
    portals: [
      { host: 'permisdeconduire.ants.gouv.fr' },
      { host: 'ants.gouv.fr', paths: ['permis'], titles: ['permis de conduire'] },
    ],
    actors: ['admin-help', 'do-it-for-me', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['PREF'],
    bring: [
      IDENTITY,
      { fr: 'Une photo-signature numérique (code ePhoto)', en: 'A digital photo-signature (ePhoto code)' },
      { fr: 'Un justificatif de domicile', en: 'Proof of address' },
    ],
  },
  {
    id: 'ants-identite',
    body: 'ants',
    label: {
      fr: "Faire une pré-demande de carte d'identité ou de passeport",
      en: 'Pre-apply for an identity card or passport',
    },
    portals: [
      { host: 'passeport.ants.gouv.fr' },
      {
        host: 'ants.gouv.fr',
        paths: ['identite', 'passeport', 'carte-nationale'],
        titles: ['carte.* d.identité', 'passeport'],
      },
    ],
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['MUNI'],
    bring: [
      IDENTITY,
      { fr: "Une photo d'identité de moins de 6 mois", en: 'An ID photo less than 6 months old' },
      { fr: 'Un justificatif de domicile', en: 'Proof of address' },
    ],
  },
  {
    id: 'ants-autre',
    body: 'ants',
    label: { fr: "Une autre démarche sur le site de l'ANTS", en: 'Another procedure on the ANTS website' },
    portals: [{ host: 'ants.gouv.fr' }],
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: [IDENTITY],
  },
  {
    id: 'france-travail-inscription',
    body: 'france-travail',
    label: { fr: "S'inscrire à France Travail", en: 'Register with France Travail (job seekers)' },
    portals: [
      { host: 'francetravail.fr', paths: ['inscription', 'inscrire'], titles: ['inscription', "m'inscrire"] },
    ],
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives', 'Insertion professionnelle via le numérique'],
    programmes: ['France Services'],
    counters: ['FT', 'ML', 'MDE', 'CAP_EMPLOI'],
    bring: [
      IDENTITY,
      { fr: 'Votre CV, si vous en avez un', en: 'Your CV, if you have one' },
      { fr: 'Un RIB', en: 'Your bank details (RIB)' },
    ],
  },
  {
    id: 'france-travail-actualisation',
    body: 'france-travail',
    label: {
      fr: "S'actualiser chaque mois à France Travail",
      en: 'Do your monthly update with France Travail',
    },
    portals: [{ host: 'francetravail.fr', paths: ['actualis'], titles: ['actualisation', "m'actualiser"] }],
    actors: ['digital-mediation', 'admin-help', 'body-counter'],
    services: ['Maîtrise des outils numériques du quotidien', 'Aide aux démarches administratives'],
    programmes: ['France Services', 'Conseillers numériques'],
    counters: ['FT'],
    bring: [
      {
        fr: 'Votre identifiant France Travail et votre mot de passe',
        en: 'Your France Travail login and password',
      },
    ],
  },
  {
    id: 'france-travail-autre',
    body: 'france-travail',
    label: { fr: 'Une autre démarche avec France Travail', en: 'Another procedure with France Travail' },
    portals: [{ host: 'francetravail.fr' }],
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives', 'Insertion professionnelle via le numérique'],
    programmes: ['France Services'],
    counters: ['FT'],
    bring: [{ fr: 'Votre identifiant France Travail', en: 'Your France Travail login' }, LETTERS],
  },
  {
    id: 'retraite-demande',
    body: 'retraite',
    label: { fr: 'Demander sa retraite', en: 'Claim your pension' },
    portals: [
      { host: 'info-retraite.fr', paths: ['demande', 'retraite'], titles: ['demande.* retraite'] },
      { host: 'lassuranceretraite.fr' },
    ],
    actors: ['admin-help', 'do-it-for-me', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: [
      IDENTITY,
      { fr: 'Votre numéro de sécurité sociale', en: 'Your social security number' },
      { fr: 'Un RIB', en: 'Your bank details (RIB)' },
    ],
  },
  {
    id: 'retraite-aspa',
    body: 'retraite',
    label: { fr: "Demander l'ASPA (minimum vieillesse)", en: 'Apply for ASPA (minimum old-age pension)' },
    portals: [
      {
        host: 'lassuranceretraite.fr',
        paths: ['aspa', 'minimum-vieillesse'],
        titles: ['\\bASPA\\b', 'minimum vieillesse'],
      },
    ],
    actors: ['social-work', 'admin-help', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CCAS', 'CIAS'],
    bring: [IDENTITY, INCOME, { fr: 'Votre dernier avis d’impôt', en: 'Your last tax notice' }],
  },
  {
    id: 'msa-demarche',
    body: 'msa',
    label: {
      fr: 'Faire une démarche avec la MSA (agriculteurs, salariés agricoles)',
      en: 'Procedure with the MSA (farm social security)',
    },
    portals: [{ host: 'msa.fr' }],
    actors: ['admin-help', 'body-counter', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['MSA'],
    bring: [IDENTITY, LOGINS, LETTERS],
  },
  {
    id: 'anef-titre-sejour',
    body: 'interieur',
    label: {
      fr: 'Demander ou renouveler un titre de séjour (ANEF)',
      en: 'Apply for or renew a residence permit (ANEF)',
    },
    portals: [{ host: 'administration-etrangers-en-france.interieur.gouv.fr' }],
    actors: ['admin-help', 'do-it-for-me', 'social-work'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['PREF'],
    bring: [
      {
        fr: 'Votre passeport et votre titre de séjour actuel',
        en: 'Your passport and current residence permit',
      },
      { fr: 'Un justificatif de domicile', en: 'Proof of address' },
      { fr: 'Une adresse e-mail que vous consultez', en: 'An email address you check' },
    ],
  },
  {
    id: 'franceconnect-identite',
    body: 'franceconnect',
    label: { fr: 'Se connecter avec FranceConnect', en: 'Log in with FranceConnect' },
    portals: [{ host: 'franceconnect.gouv.fr' }, { host: 'app.franceconnect.gouv.fr' }],
    actors: ['digital-mediation', 'admin-help'],
    services: ['Maîtrise des outils numériques du quotidien', 'Utilisation sécurisée du numérique'],
    programmes: ['Conseillers numériques', 'France Services'],
    bring: [
      PHONE,
      {
        fr: "Les identifiants d'un compte (ameli, impots.gouv.fr, La Poste…)",
        en: 'The login of one account (ameli, tax, La Poste…)',
      },
    ],
  },
  {
    id: 'cheque-energie',
    body: 'energie',
    label: {
      fr: 'Utiliser ou réclamer son chèque énergie',
      en: 'Use or claim your energy cheque (chèque énergie)',
    },
    portals: [{ host: 'chequeenergie.gouv.fr' }],
    actors: ['admin-help', 'social-work', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CCAS'],
    bring: [
      {
        fr: 'Le chèque énergie reçu, ou votre avis d’impôt',
        en: 'The energy cheque received, or your tax notice',
      },
    ],
  },
  {
    id: 'mdph-demande',
    body: 'mdph',
    label: { fr: 'Faire une demande à la MDPH (handicap)', en: 'Apply to the MDPH (disability)' },
    portals: [{ host: 'mdphenligne.cnsa.fr' }, { host: 'monparcourshandicap.gouv.fr' }],
    actors: ['social-work', 'admin-help', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['MDPH', 'MDA', 'CCAS'],
    bring: [
      IDENTITY,
      { fr: 'Le certificat médical de moins d’un an', en: 'The medical certificate (less than a year old)' },
    ],
  },
  {
    id: 'logement-social-demande',
    body: 'logement',
    label: { fr: 'Demander un logement social', en: 'Apply for social housing' },
    portals: [{ host: 'demande-logement-social.gouv.fr' }],
    actors: ['admin-help', 'social-work', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CCAS', 'MUNI'],
    bring: [IDENTITY, INCOME, { fr: 'Votre dernier avis d’impôt', en: 'Your last tax notice' }],
  },
  {
    id: 'service-public-demarche',
    body: 'service-public',
    label: { fr: 'Une démarche sur service-public.fr', en: 'A procedure on service-public.fr' },
    portals: [{ host: 'service-public.fr' }, { host: 'service-public.gouv.fr' }],
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: [IDENTITY, LETTERS],
  },
  {
    id: 'demarches-simplifiees',
    body: 'service-public',
    label: { fr: 'Un formulaire sur demarches-simplifiees.fr', en: 'A form on demarches-simplifiees.fr' },
    portals: [{ host: 'demarches-simplifiees.fr' }, { host: 'demarche.numerique.gouv.fr' }],
    actors: ['admin-help', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: [IDENTITY, LETTERS],
  },
  {
    id: 'autre-demarche',
    body: 'autre',
    label: { fr: 'Une autre démarche en ligne', en: 'Another online procedure' },
    portals: [],
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: [IDENTITY, LETTERS],
  },
];

export const procedureById = (id: string): Procedure | undefined => PROCEDURES.find((p) => p.id === id);
