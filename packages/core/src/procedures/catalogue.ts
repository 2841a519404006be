import type { Procedure } from './types.js';

/**
 * The procedures people get stuck on, as data. Institutions extend this list (see the core README);
 * ids are stable. Portal patterns drive the extension; actors, services, programmes and counters
 * drive routing.
 */

const CAF_COUNTERS = ['CAF'];
/**
 * The pension bodies' counters: the CARSAT (the CGSS overseas, listed under the same annuaire
 * type) and the MSA for farm workers. Source: service-public.fr, « Retraite du salarié : demande »
 * and « ASPA » (the request goes to the body that pays the pension).
 */
const PENSION_COUNTERS = ['CARSAT', 'MSA'];
const CAF_PROGRAMMES: Procedure['programmes'] = ["Point d'accès numérique CAF", 'France Services'];

export const PROCEDURES: Procedure[] = [
  {
    id: 'caf-rsa',
    body: 'caf',
    actors: ['social-work', 'admin-help', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: CAF_PROGRAMMES,
    counters: [...CAF_COUNTERS, 'CCAS', 'CIAS', 'DEPT', 'MDS'],
    bring: ['identity', 'logins', 'income', 'bank-details'],
  },
  {
    id: 'caf-prime-activite',
    body: 'caf',
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: CAF_PROGRAMMES,
    counters: CAF_COUNTERS,
    bring: ['identity', 'logins', 'income'],
  },
  {
    id: 'caf-aides-logement',
    body: 'caf',
    actors: ['admin-help', 'do-it-for-me', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: CAF_PROGRAMMES,
    counters: CAF_COUNTERS,
    bring: ['identity', 'logins', 'income', 'lease', 'bank-details'],
  },
  {
    id: 'caf-declaration-trimestrielle',
    body: 'caf',
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
    programmes: CAF_PROGRAMMES,
    counters: CAF_COUNTERS,
    bring: ['logins', 'income'],
  },
  {
    id: 'caf-changement-situation',
    body: 'caf',
    actors: ['admin-help', 'body-counter', 'social-work'],
    services: ['Aide aux démarches administratives'],
    programmes: CAF_PROGRAMMES,
    counters: CAF_COUNTERS,
    bring: ['logins', 'letters', 'change-proof'],
  },
  {
    id: 'aah',
    body: 'mdph',
    // The request goes to the MDPH (one form for all disability rights); the CAF pays it.
    actors: ['social-work', 'admin-help', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['MDPH', 'MDA', 'CCAS'],
    bring: ['identity', 'medical-certificate', 'income'],
  },
  {
    id: 'caf-autre',
    body: 'caf',
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: CAF_PROGRAMMES,
    counters: CAF_COUNTERS,
    bring: ['identity', 'logins', 'letters'],
  },
  {
    id: 'ameli-compte',
    body: 'assurance-maladie',
    actors: ['digital-mediation', 'admin-help', 'body-counter'],
    services: ['Maîtrise des outils numériques du quotidien', 'Aide aux démarches administratives'],
    programmes: ['France Services', 'Conseillers numériques'],
    counters: ['CPAM'],
    bring: ['carte-vitale', 'identity', 'mobile-phone', 'email-and-password'],
  },
  {
    id: 'ameli-c2s',
    body: 'assurance-maladie',
    actors: ['admin-help', 'social-work', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CPAM', 'CCAS'],
    bring: ['identity', 'carte-vitale', 'income'],
  },
  {
    id: 'ameli-carte-vitale',
    body: 'assurance-maladie',
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CPAM'],
    bring: ['identity', 'recent-photo'],
  },
  {
    id: 'mon-espace-sante',
    body: 'assurance-maladie',
    actors: ['digital-mediation', 'admin-help'],
    services: ['Maîtrise des outils numériques du quotidien', 'Utilisation sécurisée du numérique'],
    trainingLabels: ['Formé à « Mon Espace Santé »'],
    programmes: ['Conseillers numériques'],
    bring: ['carte-vitale', 'mobile-phone'],
  },
  {
    id: 'ame',
    body: 'assurance-maladie',
    // A first request is filed in person at the CPAM (since 2020): its counter comes first.
    actors: ['body-counter', 'social-work', 'admin-help'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CPAM', 'CCAS'],
    bring: ['identity', 'presence-in-france', 'address-or-housing-proof', 'income'],
  },
  {
    id: 'ameli-autre',
    body: 'assurance-maladie',
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CPAM'],
    bring: ['carte-vitale', 'letters'],
  },
  {
    id: 'impots-declaration',
    body: 'impots',
    actors: ['admin-help', 'do-it-for-me', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CFP'],
    bring: ['tax-logins-or-notice', 'income'],
  },
  {
    id: 'impots-espace-particulier',
    body: 'impots',
    actors: ['digital-mediation', 'admin-help', 'body-counter'],
    services: ['Maîtrise des outils numériques du quotidien', 'Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CFP'],
    bring: ['tax-notice', 'mobile-phone'],
  },
  {
    id: 'ants-carte-grise',
    body: 'ants',
    actors: ['admin-help', 'do-it-for-me', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    // No counter: since the 2017 reform (PPNG) préfectures no longer handle registrations; the
    // points numériques and France Services help with the online procedure, the ANTS answers on 34 00.
    bring: ['identity', 'registration-and-transfer', 'address-proof'],
  },
  {
    id: 'ants-permis',
    body: 'ants',
    actors: ['admin-help', 'do-it-for-me', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    // No counter: préfectures no longer handle driving licences (PPNG, 2017).
    bring: ['identity', 'photo-signature', 'address-proof'],
  },
  {
    id: 'ants-identite',
    body: 'ants',
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['MUNI'],
    bring: ['identity', 'photo-under-6-months', 'address-proof'],
  },
  {
    id: 'ants-autre',
    body: 'ants',
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: ['identity'],
  },
  {
    id: 'france-travail-inscription',
    body: 'france-travail',
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives', 'Insertion professionnelle via le numérique'],
    programmes: ['France Services'],
    counters: ['FT', 'ML', 'MDE', 'CAP_EMPLOI'],
    bring: ['identity', 'cv', 'bank-details'],
  },
  {
    id: 'france-travail-actualisation',
    body: 'france-travail',
    // Urgent: a missed update stops the allowance. Done now with someone (or by phone on the
    // 3949); learning to do it alone comes after.
    actors: ['admin-help', 'body-counter', 'digital-mediation'],
    services: ['Maîtrise des outils numériques du quotidien', 'Aide aux démarches administratives'],
    programmes: ['France Services', 'Conseillers numériques'],
    counters: ['FT'],
    bring: ['france-travail-logins'],
  },
  {
    id: 'france-travail-autre',
    body: 'france-travail',
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives', 'Insertion professionnelle via le numérique'],
    programmes: ['France Services'],
    counters: ['FT'],
    bring: ['france-travail-id', 'letters'],
  },
  {
    id: 'retraite-reversion',
    body: 'retraite',
    actors: ['admin-help', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CARSAT'],
    bring: ['identity', 'death-certificate', 'deceased-social-security-number', 'income'],
  },
  {
    id: 'retraite-demande',
    body: 'retraite',
    // The pension body's counter receives the claim (by appointment): right after the help with
    // the online procedure.
    actors: ['admin-help', 'body-counter', 'do-it-for-me', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: PENSION_COUNTERS,
    bring: ['identity', 'social-security-number', 'bank-details'],
  },
  {
    id: 'retraite-aspa',
    body: 'retraite',
    actors: ['social-work', 'admin-help', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    // Requested from the pension body (or through the town hall's CCAS).
    counters: ['CCAS', 'CIAS', ...PENSION_COUNTERS],
    bring: ['identity', 'income', 'tax-notice'],
  },
  {
    id: 'msa-demarche',
    body: 'msa',
    actors: ['admin-help', 'body-counter', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['MSA'],
    bring: ['identity', 'logins', 'letters'],
  },
  {
    id: 'naturalisation',
    body: 'interieur',
    actors: ['admin-help', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    // The préfecture's point d'accueil numérique helps with the online request.
    counters: ['PREF'],
    bring: [
      'residence-permit-and-passport',
      'birth-certificate',
      'french-level',
      'three-tax-notices',
      'tax-stamp',
    ],
  },
  {
    id: 'anef-titre-sejour',
    body: 'interieur',
    actors: ['admin-help', 'do-it-for-me', 'social-work', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    // The préfecture's point d'accueil numérique (PAN) helps with the online request; the ANEF's
    // contact centre answers by phone (remote options).
    counters: ['PREF'],
    bring: ['passport-and-permit', 'address-proof', 'email-address', 'ephoto-code', 'tax-stamp'],
  },
  {
    id: 'franceconnect-identite',
    body: 'franceconnect',
    actors: ['digital-mediation', 'admin-help'],
    services: ['Maîtrise des outils numériques du quotidien', 'Utilisation sécurisée du numérique'],
    programmes: ['Conseillers numériques', 'France Services'],
    bring: ['mobile-phone', 'account-logins'],
  },
  {
    id: 'cheque-energie',
    body: 'energie',
    actors: ['admin-help', 'social-work', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CCAS'],
    bring: ['energy-cheque'],
  },
  {
    id: 'mdph-demande',
    body: 'mdph',
    actors: ['social-work', 'body-counter', 'admin-help', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['MDPH', 'MDA', 'CCAS'],
    bring: ['identity', 'medical-certificate'],
  },
  {
    id: 'logement-social-demande',
    body: 'logement',
    actors: ['admin-help', 'social-work', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CCAS', 'MUNI'],
    bring: ['identity', 'income', 'tax-notice'],
  },
  {
    id: 'procuration',
    body: 'elections',
    actors: ['admin-help', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: ['identity', 'proxy-voter-number'],
    // The request is made online (maprocuration.gouv.fr) or on paper, then the person who gives
    // the proxy shows up in person at a police station, a gendarmerie or a consulate, or checks
    // their identity online with France Identité; a police officer or gendarme can come to the
    // home of a person who cannot travel, asked in writing with a proof (service-public.fr,
    // « Vote par procuration », F1604; code électoral art. R72).
    inPerson: 'police',
  },
  {
    id: 'apa',
    body: 'departement',
    // Paid by the département after a visit of its team: its social service, the CCAS or the
    // CLIC helps with the file.
    actors: ['social-work', 'admin-help', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CCAS', 'CIAS', 'DEPT', 'CLIC'],
    bring: ['identity', 'income', 'tax-notice'],
  },
  {
    id: 'maprimerenov',
    body: 'renovation',
    actors: ['admin-help', 'do-it-for-me', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: ['identity', 'tax-notice', 'quotes'],
  },
  {
    id: 'antai-amende',
    body: 'antai',
    actors: ['admin-help', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: ['fine-notice', 'vehicle-registration'],
  },
  {
    id: 'mon-compte-formation',
    body: 'formation',
    actors: ['digital-mediation', 'admin-help'],
    services: ['Insertion professionnelle via le numérique', 'Aide aux démarches administratives'],
    programmes: ['France Services', 'Conseillers numériques'],
    bring: ['social-security-number', 'digital-identity'],
  },
  {
    id: 'etudiant-bourse-logement',
    body: 'etudes',
    actors: ['admin-help', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services', 'Promeneurs du net'],
    bring: ['identity', 'parents-tax-notice', 'ine-number'],
  },
  {
    id: 'parcoursup',
    body: 'etudes',
    actors: ['digital-mediation', 'admin-help'],
    services: ['Aide aux démarches administratives'],
    programmes: ['Promeneurs du net', 'France Services'],
    bring: ['ine-number', 'school-reports', 'email-address'],
  },
  {
    id: 'urssaf-micro-entrepreneur',
    body: 'urssaf',
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives', 'Insertion professionnelle via le numérique'],
    programmes: ['France Services'],
    counters: ['URSSAF'],
    bring: ['siret', 'turnover'],
  },
  {
    id: 'tarif-social-transport',
    body: 'transport',
    // Set by each transport authority, on conditions of resources: the CCAS knows the local scheme.
    actors: ['social-work', 'admin-help'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CCAS', 'CIAS'],
    bring: ['identity', 'entitlement-proof', 'photo'],
  },
  {
    id: 'bourse-scolaire-cantine',
    body: 'education',
    // School grants are requested online (EduConnect, Scolarité services); school meals and
    // their social fares are the commune's (its town hall or CCAS).
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CCAS', 'MUNI'],
    bring: ['educonnect-logins', 'tax-notice'],
  },
  {
    id: 'mesdroitssociaux',
    body: 'service-public',
    actors: ['admin-help', 'social-work', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: ['income', 'tax-notice'],
  },
  {
    id: 'service-public-demarche',
    body: 'service-public',
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: ['identity', 'letters'],
  },
  {
    id: 'demarches-simplifiees',
    body: 'service-public',
    actors: ['admin-help', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: ['identity', 'letters'],
  },
  {
    id: 'autre-demarche',
    body: 'autre',
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: ['identity', 'letters'],
  },
];

export const procedureById = (id: string): Procedure | undefined => PROCEDURES.find((p) => p.id === id);
