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

const CAF_COUNTERS = ['CAF'];
/**
 * The pension bodies' counters: the CARSAT (the CGSS overseas, listed under the same annuaire
 * type) and the MSA for farm workers. Source: service-public.fr, « Retraite du salarié : demande »
 * and « ASPA » (the request goes to the body that pays the pension).
 */
const PENSION_COUNTERS = ['CARSAT', 'MSA'];
/**
 * A timbre fiscal (droit de timbre), bought online on timbres.impots.gouv.fr or at a tobacconist:
 * 55 € for a naturalisation request, 225 € for most residence permits (CESEDA art. L436-1;
 * service-public.fr, « Naturalisation » and « Titre de séjour : taxes »).
 */
const TAX_STAMP: Text = {
  fr: 'Un timbre fiscal (à acheter en ligne sur timbres.impots.gouv.fr ou chez un buraliste)',
  en: 'A tax stamp (timbre fiscal: bought online on timbres.impots.gouv.fr or at a tobacconist)',
};
/**
 * The ANEF's requests take a digital photo-signature: the code of an ePhoto booth or approved
 * photographer (service-public.fr, « Titre de séjour : demande en ligne »).
 */
const EPHOTO: Text = {
  fr: 'Le code e-photo d’une photo d’identité faite en cabine agréée ou chez un photographe agréé',
  en: 'The e-photo code of an ID photo taken in an approved booth or by an approved photographer',
};
const CAF_PROGRAMMES: Procedure['programmes'] = ["Point d'accès numérique CAF", 'France Services'];

export const PROCEDURES: Procedure[] = [
  {
    id: 'caf-rsa',
    body: 'caf',
    label: { fr: 'Demander le RSA (revenu de solidarité active)', en: 'Apply for RSA (minimum income)' },
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
    actors: ['admin-help', 'body-counter', 'social-work'],
    services: ['Aide aux démarches administratives'],
    programmes: CAF_PROGRAMMES,
    counters: CAF_COUNTERS,
    bring: [LOGINS, LETTERS, { fr: 'Les justificatifs du changement', en: 'Proof of the change' }],
  },
  {
    id: 'aah',
    body: 'mdph',
    label: {
      fr: "Demander l'AAH (allocation aux adultes handicapés)",
      en: 'Apply for the AAH (disabled adults’ allowance)',
    },
    // The request goes to the MDPH (one form for all disability rights); the CAF pays it.
    actors: ['social-work', 'admin-help', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['MDPH', 'MDA', 'CCAS'],
    bring: [
      IDENTITY,
      { fr: 'Le certificat médical de moins d’un an', en: 'The medical certificate (less than a year old)' },
      INCOME,
    ],
  },
  {
    id: 'caf-autre',
    body: 'caf',
    label: { fr: 'Une autre démarche avec la CAF', en: 'Another procedure with the CAF' },
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
    actors: ['digital-mediation', 'admin-help'],
    services: ['Maîtrise des outils numériques du quotidien', 'Utilisation sécurisée du numérique'],
    trainingLabels: ['Formé à « Mon Espace Santé »'],
    programmes: ['Conseillers numériques'],
    bring: [{ fr: 'Votre carte Vitale', en: 'Your carte Vitale' }, PHONE],
  },
  {
    id: 'ame',
    body: 'assurance-maladie',
    label: { fr: "Demander l'AME (aide médicale de l'État)", en: 'Apply for AME (state medical aid)' },
    // A first request is filed in person at the CPAM (since 2020): its counter comes first.
    actors: ['body-counter', 'social-work', 'admin-help'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CPAM', 'CCAS'],
    bring: [
      IDENTITY,
      {
        fr: 'Une preuve de présence en France depuis plus de 3 mois',
        en: 'Proof of presence in France for more than 3 months',
      },
      { fr: 'Un justificatif de domicile ou d’hébergement', en: 'Proof of address or of being housed' },
      INCOME,
    ],
  },
  {
    id: 'ameli-autre',
    body: 'assurance-maladie',
    label: {
      fr: "Une autre démarche avec l'Assurance Maladie",
      en: 'Another procedure with health insurance (ameli)',
    },
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
    actors: ['admin-help', 'do-it-for-me', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    // No counter: since the 2017 reform (PPNG) préfectures no longer handle registrations; the
    // points numériques and France Services help with the online procedure, the ANTS answers on 34 00.
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
    actors: ['admin-help', 'do-it-for-me', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    // No counter: préfectures no longer handle driving licences (PPNG, 2017).
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
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: [IDENTITY],
  },
  {
    id: 'france-travail-inscription',
    body: 'france-travail',
    label: { fr: "S'inscrire à France Travail", en: 'Register with France Travail (job seekers)' },
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
    // Urgent: a missed update stops the allowance. Done now with someone (or by phone on the
    // 3949); learning to do it alone comes after.
    actors: ['admin-help', 'body-counter', 'digital-mediation'],
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
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives', 'Insertion professionnelle via le numérique'],
    programmes: ['France Services'],
    counters: ['FT'],
    bring: [{ fr: 'Votre identifiant France Travail', en: 'Your France Travail login' }, LETTERS],
  },
  {
    id: 'retraite-reversion',
    body: 'retraite',
    label: { fr: 'Demander une pension de réversion', en: 'Claim a survivor’s pension (réversion)' },
    actors: ['admin-help', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CARSAT'],
    bring: [
      IDENTITY,
      {
        fr: 'L’acte de décès et le livret de famille',
        en: 'The death certificate and the family record book',
      },
      { fr: 'Le numéro de sécurité sociale du défunt', en: 'The social security number of the deceased' },
      INCOME,
    ],
  },
  {
    id: 'retraite-demande',
    body: 'retraite',
    label: { fr: 'Demander sa retraite', en: 'Claim your pension' },
    // The pension body's counter receives the claim (by appointment): right after the help with
    // the online procedure.
    actors: ['admin-help', 'body-counter', 'do-it-for-me', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: PENSION_COUNTERS,
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
    actors: ['social-work', 'admin-help', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    // Requested from the pension body (or through the town hall's CCAS).
    counters: ['CCAS', 'CIAS', ...PENSION_COUNTERS],
    bring: [IDENTITY, INCOME, { fr: 'Votre dernier avis d’impôt', en: 'Your last tax notice' }],
  },
  {
    id: 'msa-demarche',
    body: 'msa',
    label: {
      fr: 'Faire une démarche avec la MSA (agriculteurs, salariés agricoles)',
      en: 'Procedure with the MSA (farm social security)',
    },
    actors: ['admin-help', 'body-counter', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['MSA'],
    bring: [IDENTITY, LOGINS, LETTERS],
  },
  {
    id: 'naturalisation',
    body: 'interieur',
    label: { fr: 'Demander la nationalité française (naturalisation)', en: 'Apply for French citizenship' },
    actors: ['admin-help', 'do-it-for-me', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    // The préfecture's point d'accueil numérique helps with the online request.
    counters: ['PREF'],
    bring: [
      { fr: 'Votre titre de séjour et votre passeport', en: 'Your residence permit and passport' },
      { fr: 'Votre acte de naissance', en: 'Your birth certificate' },
      {
        fr: 'Votre diplôme ou attestation de niveau de français',
        en: 'Your French-language diploma or test',
      },
      { fr: 'Vos trois derniers avis d’impôt', en: 'Your last three tax notices' },
      TAX_STAMP,
    ],
  },
  {
    id: 'anef-titre-sejour',
    body: 'interieur',
    label: {
      fr: 'Demander ou renouveler un titre de séjour (ANEF)',
      en: 'Apply for or renew a residence permit (ANEF)',
    },
    actors: ['admin-help', 'do-it-for-me', 'social-work', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    // The préfecture's point d'accueil numérique (PAN) helps with the online request; the ANEF's
    // contact centre answers by phone (remote options).
    counters: ['PREF'],
    bring: [
      {
        fr: 'Votre passeport et votre titre de séjour actuel',
        en: 'Your passport and current residence permit',
      },
      { fr: 'Un justificatif de domicile', en: 'Proof of address' },
      { fr: 'Une adresse e-mail que vous consultez', en: 'An email address you check' },
      EPHOTO,
      TAX_STAMP,
    ],
  },
  {
    id: 'franceconnect-identite',
    body: 'franceconnect',
    label: { fr: 'Se connecter avec FranceConnect', en: 'Log in with FranceConnect' },
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
    actors: ['social-work', 'body-counter', 'admin-help', 'do-it-for-me'],
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
    actors: ['admin-help', 'social-work', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CCAS', 'MUNI'],
    bring: [IDENTITY, INCOME, { fr: 'Votre dernier avis d’impôt', en: 'Your last tax notice' }],
  },
  {
    id: 'procuration',
    body: 'elections',
    label: { fr: 'Donner procuration pour voter', en: 'Give a proxy to vote' },
    actors: ['admin-help', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: [
      IDENTITY,
      {
        fr: 'Le numéro national d’électeur de la personne qui votera pour vous',
        en: 'The national voter number of the person who will vote for you',
      },
    ],
  },
  {
    id: 'apa',
    body: 'departement',
    label: {
      fr: "Demander l'APA (allocation personnalisée d'autonomie)",
      en: 'Apply for the APA (personal autonomy allowance, 60+)',
    },
    // Paid by the département after a visit of its team: its social service, the CCAS or the
    // CLIC helps with the file.
    actors: ['social-work', 'admin-help', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CCAS', 'CIAS', 'DEPT', 'CLIC'],
    bring: [IDENTITY, INCOME, { fr: 'Votre dernier avis d’impôt', en: 'Your last tax notice' }],
  },
  {
    id: 'maprimerenov',
    body: 'renovation',
    label: {
      fr: "Demander MaPrimeRénov' (travaux de rénovation)",
      en: 'Apply for MaPrimeRénov’ (renovation grant)',
    },
    actors: ['admin-help', 'do-it-for-me', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: [
      IDENTITY,
      { fr: 'Votre dernier avis d’impôt', en: 'Your last tax notice' },
      { fr: 'Les devis des artisans', en: 'The contractors’ quotes' },
    ],
  },
  {
    id: 'antai-amende',
    body: 'antai',
    label: { fr: 'Payer ou contester une amende (ANTAI)', en: 'Pay or contest a fine (ANTAI)' },
    actors: ['admin-help', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: [
      { fr: 'L’avis de contravention reçu', en: 'The fine notice you received' },
      { fr: 'La carte grise du véhicule', en: 'The vehicle’s registration certificate' },
    ],
  },
  {
    id: 'mon-compte-formation',
    body: 'formation',
    label: {
      fr: 'Utiliser Mon compte formation (CPF)',
      en: 'Use your training account (Mon compte formation)',
    },
    actors: ['digital-mediation', 'admin-help'],
    services: ['Insertion professionnelle via le numérique', 'Aide aux démarches administratives'],
    programmes: ['France Services', 'Conseillers numériques'],
    bring: [
      { fr: 'Votre numéro de sécurité sociale', en: 'Your social security number' },
      {
        fr: 'Une identité numérique (FranceConnect+ ou France Identité)',
        en: 'A digital identity (FranceConnect+ or France Identité)',
      },
    ],
  },
  {
    id: 'etudiant-bourse-logement',
    body: 'etudes',
    label: {
      fr: 'Demander une bourse ou un logement étudiant (Crous)',
      en: 'Apply for a student grant or housing (Crous)',
    },
    actors: ['admin-help', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services', 'Promeneurs du net'],
    bring: [
      IDENTITY,
      { fr: 'L’avis d’impôt de vos parents', en: 'Your parents’ tax notice' },
      {
        fr: 'Votre numéro INE (sur vos relevés de notes)',
        en: 'Your INE student number (on your transcripts)',
      },
    ],
  },
  {
    id: 'parcoursup',
    body: 'etudes',
    label: {
      fr: "S'inscrire dans l'enseignement supérieur (Parcoursup)",
      en: 'Apply to higher education (Parcoursup)',
    },
    actors: ['digital-mediation', 'admin-help'],
    services: ['Aide aux démarches administratives'],
    programmes: ['Promeneurs du net', 'France Services'],
    bring: [
      {
        fr: 'Votre numéro INE (sur vos relevés de notes)',
        en: 'Your INE student number (on your transcripts)',
      },
      { fr: 'Vos bulletins scolaires', en: 'Your school reports' },
      { fr: 'Une adresse e-mail que vous consultez', en: 'An email address you check' },
    ],
  },
  {
    id: 'urssaf-micro-entrepreneur',
    body: 'urssaf',
    label: {
      fr: 'Déclarer son chiffre d’affaires de micro-entrepreneur (Urssaf)',
      en: 'Declare your micro-entrepreneur turnover (Urssaf)',
    },
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives', 'Insertion professionnelle via le numérique'],
    programmes: ['France Services'],
    counters: ['URSSAF'],
    bring: [
      { fr: 'Votre numéro SIRET', en: 'Your SIRET number' },
      { fr: 'Le montant encaissé sur la période', en: 'The turnover received in the period' },
    ],
  },
  {
    id: 'tarif-social-transport',
    body: 'transport',
    label: {
      fr: 'Demander un tarif social de transport (solidarité transport)',
      en: 'Apply for a reduced public-transport fare (social fare)',
    },
    // Set by each transport authority, on conditions of resources: the CCAS knows the local scheme.
    actors: ['social-work', 'admin-help'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CCAS', 'CIAS'],
    bring: [
      IDENTITY,
      {
        fr: 'Votre attestation de droits (CAF, C2S, France Travail…)',
        en: 'Your proof of entitlement (CAF, C2S, France Travail…)',
      },
      { fr: 'Une photo d’identité', en: 'An ID photo' },
    ],
  },
  {
    id: 'bourse-scolaire-cantine',
    body: 'education',
    label: {
      fr: 'Demander une bourse de collège ou de lycée, inscrire à la cantine',
      en: 'Apply for a school grant, register for school meals',
    },
    // School grants are requested online (EduConnect, Scolarité services); school meals and
    // their social fares are the commune's (its town hall or CCAS).
    actors: ['admin-help', 'digital-mediation', 'body-counter'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    counters: ['CCAS', 'MUNI'],
    bring: [
      {
        fr: 'Vos identifiants EduConnect (donnés par l’école)',
        en: 'Your EduConnect login (given by the school)',
      },
      { fr: 'Votre dernier avis d’impôt', en: 'Your last tax notice' },
    ],
  },
  {
    id: 'mesdroitssociaux',
    body: 'service-public',
    label: {
      fr: 'Savoir à quelles aides on a droit (simulateur mesdroitssociaux)',
      en: 'Find out which benefits you are entitled to (mesdroitssociaux)',
    },
    actors: ['admin-help', 'social-work', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: [INCOME, { fr: 'Votre dernier avis d’impôt', en: 'Your last tax notice' }],
  },
  {
    id: 'service-public-demarche',
    body: 'service-public',
    label: { fr: 'Une démarche sur service-public.fr', en: 'A procedure on service-public.fr' },
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: [IDENTITY, LETTERS],
  },
  {
    id: 'demarches-simplifiees',
    body: 'service-public',
    label: { fr: 'Un formulaire sur demarches-simplifiees.fr', en: 'A form on demarches-simplifiees.fr' },
    actors: ['admin-help', 'digital-mediation'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: [IDENTITY, LETTERS],
  },
  {
    id: 'autre-demarche',
    body: 'autre',
    label: { fr: 'Une autre démarche en ligne', en: 'Another online procedure' },
    actors: ['admin-help', 'digital-mediation', 'do-it-for-me'],
    services: ['Aide aux démarches administratives'],
    programmes: ['France Services'],
    bring: [IDENTITY, LETTERS],
  },
];

export const procedureById = (id: string): Procedure | undefined => PROCEDURES.find((p) => p.id === id);
