import { msg } from '@lit/localize';
import type { Bring } from '../procedures/bring.js';
import type { ProcedureGroup } from '../procedures/groups.js';

/**
 * The built-in procedures' labels, by id, in the active language. Their message ids are the
 * extension's `browser.i18n` keys (`procedure_<id>`, hyphens as underscores): its build writes them
 * to its _locales, so that the content script names a procedure without carrying the catalogue.
 * Legal names keep their French acronym (CAF, RSA, C2S), explained in each language.
 */
const LABELS: Record<string, () => string> = {
  'caf-rsa': () => msg('Demander le RSA (revenu de solidarité active)', { id: 'procedure_caf_rsa' }),
  'caf-prime-activite': () => msg("Demander la prime d'activité", { id: 'procedure_caf_prime_activite' }),
  'caf-aides-logement': () =>
    msg('Demander une aide au logement (APL, ALS, ALF)', { id: 'procedure_caf_aides_logement' }),
  'caf-declaration-trimestrielle': () =>
    msg('Faire la déclaration trimestrielle de ressources (RSA, prime d’activité)', {
      id: 'procedure_caf_declaration_trimestrielle',
    }),
  'caf-changement-situation': () =>
    msg('Déclarer un changement de situation à la CAF', { id: 'procedure_caf_changement_situation' }),
  aah: () => msg("Demander l'AAH (allocation aux adultes handicapés)", { id: 'procedure_aah' }),
  'caf-autre': () => msg('Une autre démarche avec la CAF', { id: 'procedure_caf_autre' }),
  'ameli-compte': () => msg('Créer ou retrouver son compte ameli', { id: 'procedure_ameli_compte' }),
  'ameli-c2s': () => msg('Demander la Complémentaire santé solidaire (C2S)', { id: 'procedure_ameli_c2s' }),
  'ameli-carte-vitale': () =>
    msg('Commander ou remplacer sa carte Vitale', { id: 'procedure_ameli_carte_vitale' }),
  'mon-espace-sante': () => msg('Activer et utiliser Mon Espace Santé', { id: 'procedure_mon_espace_sante' }),
  ame: () => msg("Demander l'AME (aide médicale de l'État)", { id: 'procedure_ame' }),
  'ameli-autre': () => msg("Une autre démarche avec l'Assurance Maladie", { id: 'procedure_ameli_autre' }),
  'impots-declaration': () => msg('Déclarer ses revenus', { id: 'procedure_impots_declaration' }),
  'impots-espace-particulier': () =>
    msg('Créer ou utiliser son espace particulier (impots.gouv.fr)', {
      id: 'procedure_impots_espace_particulier',
    }),
  'ants-carte-grise': () => msg('Faire une démarche de carte grise', { id: 'procedure_ants_carte_grise' }),
  'ants-permis': () => msg('Faire une démarche de permis de conduire', { id: 'procedure_ants_permis' }),
  'ants-identite': () =>
    msg("Faire une pré-demande de carte d'identité ou de passeport", { id: 'procedure_ants_identite' }),
  'ants-autre': () => msg("Une autre démarche sur le site de l'ANTS", { id: 'procedure_ants_autre' }),
  'france-travail-inscription': () =>
    msg("S'inscrire à France Travail", { id: 'procedure_france_travail_inscription' }),
  'france-travail-actualisation': () =>
    msg("S'actualiser chaque mois à France Travail", { id: 'procedure_france_travail_actualisation' }),
  'france-travail-autre': () =>
    msg('Une autre démarche avec France Travail', { id: 'procedure_france_travail_autre' }),
  'retraite-reversion': () =>
    msg('Demander une pension de réversion', { id: 'procedure_retraite_reversion' }),
  'retraite-demande': () => msg('Demander sa retraite', { id: 'procedure_retraite_demande' }),
  'retraite-aspa': () => msg("Demander l'ASPA (minimum vieillesse)", { id: 'procedure_retraite_aspa' }),
  'msa-demarche': () =>
    msg('Faire une démarche avec la MSA (agriculteurs, salariés agricoles)', {
      id: 'procedure_msa_demarche',
    }),
  naturalisation: () =>
    msg('Demander la nationalité française (naturalisation)', { id: 'procedure_naturalisation' }),
  'anef-titre-sejour': () =>
    msg('Demander ou renouveler un titre de séjour (ANEF)', { id: 'procedure_anef_titre_sejour' }),
  'franceconnect-identite': () =>
    msg('Se connecter avec FranceConnect', { id: 'procedure_franceconnect_identite' }),
  'cheque-energie': () => msg('Utiliser ou réclamer son chèque énergie', { id: 'procedure_cheque_energie' }),
  'mdph-demande': () => msg('Faire une demande à la MDPH (handicap)', { id: 'procedure_mdph_demande' }),
  'logement-social-demande': () =>
    msg('Demander un logement social', { id: 'procedure_logement_social_demande' }),
  procuration: () => msg('Donner procuration pour voter', { id: 'procedure_procuration' }),
  apa: () => msg("Demander l'APA (allocation personnalisée d'autonomie)", { id: 'procedure_apa' }),
  maprimerenov: () => msg("Demander MaPrimeRénov' (travaux de rénovation)", { id: 'procedure_maprimerenov' }),
  'antai-amende': () => msg('Payer ou contester une amende (ANTAI)', { id: 'procedure_antai_amende' }),
  'mon-compte-formation': () =>
    msg('Utiliser Mon compte formation (CPF)', { id: 'procedure_mon_compte_formation' }),
  'etudiant-bourse-logement': () =>
    msg('Demander une bourse ou un logement étudiant (Crous)', { id: 'procedure_etudiant_bourse_logement' }),
  parcoursup: () =>
    msg("S'inscrire dans l'enseignement supérieur (Parcoursup)", { id: 'procedure_parcoursup' }),
  'urssaf-micro-entrepreneur': () =>
    msg('Déclarer son chiffre d’affaires de micro-entrepreneur (Urssaf)', {
      id: 'procedure_urssaf_micro_entrepreneur',
    }),
  'tarif-social-transport': () =>
    msg('Demander un tarif social de transport (solidarité transport)', {
      id: 'procedure_tarif_social_transport',
    }),
  'bourse-scolaire-cantine': () =>
    msg('Demander une bourse de collège ou de lycée, inscrire à la cantine', {
      id: 'procedure_bourse_scolaire_cantine',
    }),
  mesdroitssociaux: () =>
    msg('Savoir à quelles aides on a droit (simulateur mesdroitssociaux)', {
      id: 'procedure_mesdroitssociaux',
    }),
  'service-public-demarche': () =>
    msg('Une démarche sur service-public.fr', { id: 'procedure_service_public_demarche' }),
  'demarches-simplifiees': () =>
    msg('Un formulaire sur demarches-simplifiees.fr', { id: 'procedure_demarches_simplifiees' }),
  'autre-demarche': () => msg('Une autre démarche en ligne', { id: 'procedure_autre_demarche' }),
};

/**
 * A procedure's label in the active language; an id the built-in catalogue does not know (a
 * procedure an institution added) is shown as it is.
 */
export const procedureLabel = (procedure: string | { id: string }): string => {
  const id = typeof procedure === 'string' ? procedure : procedure.id;
  return LABELS[id]?.() ?? id;
};

const BRING_LABELS: Record<Bring, () => string> = {
  identity: () => msg("Une pièce d'identité"),
  logins: () => msg('Vos identifiants (numéro allocataire, numéro fiscal, etc.) si vous les avez'),
  income: () => msg('Vos justificatifs de ressources récents'),
  'bank-details': () => msg('Un RIB'),
  lease: () => msg('Votre bail ou contrat de location'),
  letters: () => msg('Les courriers reçus à ce sujet'),
  'change-proof': () => msg('Les justificatifs du changement'),
  'medical-certificate': () => msg('Le certificat médical de moins d’un an'),
  'carte-vitale': () => msg('Votre carte Vitale'),
  'mobile-phone': () => msg('Votre téléphone portable, si vous en avez un'),
  'email-and-password': () => msg('Votre adresse e-mail et son mot de passe'),
  'recent-photo': () => msg("Une photo d'identité récente"),
  'presence-in-france': () => msg('Une preuve de présence en France depuis plus de 3 mois'),
  'address-or-housing-proof': () => msg('Un justificatif de domicile ou d’hébergement'),
  'tax-logins-or-notice': () =>
    msg('Votre numéro fiscal et votre mot de passe, ou votre dernier avis d’impôt'),
  'tax-notice': () => msg('Votre dernier avis d’impôt'),
  'registration-and-transfer': () => msg('La carte grise actuelle et le certificat de cession'),
  'address-proof': () => msg('Un justificatif de domicile'),
  'photo-signature': () => msg('Une photo-signature numérique (code ePhoto)'),
  'photo-under-6-months': () => msg("Une photo d'identité de moins de 6 mois"),
  cv: () => msg('Votre CV, si vous en avez un'),
  'france-travail-logins': () => msg('Votre identifiant France Travail et votre mot de passe'),
  'france-travail-id': () => msg('Votre identifiant France Travail'),
  'death-certificate': () => msg('L’acte de décès et le livret de famille'),
  'deceased-social-security-number': () => msg('Le numéro de sécurité sociale du défunt'),
  'social-security-number': () => msg('Votre numéro de sécurité sociale'),
  'residence-permit-and-passport': () => msg('Votre titre de séjour et votre passeport'),
  'birth-certificate': () => msg('Votre acte de naissance'),
  'french-level': () => msg('Votre diplôme ou attestation de niveau de français'),
  'three-tax-notices': () => msg('Vos trois derniers avis d’impôt'),
  'tax-stamp': () =>
    msg('Un timbre fiscal (à acheter en ligne sur timbres.impots.gouv.fr ou chez un buraliste)'),
  'passport-and-permit': () => msg('Votre passeport et votre titre de séjour actuel'),
  'email-address': () => msg('Une adresse e-mail que vous consultez'),
  'ephoto-code': () =>
    msg('Le code e-photo d’une photo d’identité faite en cabine agréée ou chez un photographe agréé'),
  'account-logins': () => msg("Les identifiants d'un compte (ameli, impots.gouv.fr, La Poste…)"),
  'energy-cheque': () => msg('Le chèque énergie reçu, ou votre avis d’impôt'),
  'proxy-voter-number': () => msg('Le numéro national d’électeur de la personne qui votera pour vous'),
  quotes: () => msg('Les devis des artisans'),
  'fine-notice': () => msg('L’avis de contravention reçu'),
  'vehicle-registration': () => msg('La carte grise du véhicule'),
  'digital-identity': () => msg('Une identité numérique (FranceConnect+ ou France Identité)'),
  'parents-tax-notice': () => msg('L’avis d’impôt de vos parents'),
  'ine-number': () => msg('Votre numéro INE (sur vos relevés de notes)'),
  'school-reports': () => msg('Vos bulletins scolaires'),
  siret: () => msg('Votre numéro SIRET'),
  turnover: () => msg('Le montant encaissé sur la période'),
  'entitlement-proof': () => msg('Votre attestation de droits (CAF, C2S, France Travail…)'),
  photo: () => msg('Une photo d’identité'),
  'educonnect-logins': () => msg('Vos identifiants EduConnect (donnés par l’école)'),
};

/** Something to bring (`Procedure.bring`), in the active language. */
export const bringLabel = (item: Bring): string => BRING_LABELS[item]();

const GROUP_LABELS: Record<ProcedureGroup, () => string> = {
  caf: () => msg('CAF (allocations familiales)', { id: 'procedure_group_caf' }),
  health: () => msg('Santé (Assurance Maladie, MSA)', { id: 'procedure_group_health' }),
  taxes: () => msg('Impôts', { id: 'procedure_group_taxes' }),
  papers: () => msg('Papiers, permis, voiture (ANTS)', { id: 'procedure_group_papers' }),
  work: () => msg('Emploi et formation (France Travail)', { id: 'procedure_group_work' }),
  pension: () => msg('Retraite', { id: 'procedure_group_pension' }),
  residence: () => msg('Séjour et nationalité', { id: 'procedure_group_residence' }),
  housing: () => msg('Logement et énergie', { id: 'procedure_group_housing' }),
  studies: () => msg('École et études', { id: 'procedure_group_studies' }),
  disability: () => msg('Handicap et autonomie', { id: 'procedure_group_disability' }),
  other: () => msg('Autres démarches', { id: 'procedure_group_other' }),
};

/** A group of procedures (`groupProcedures`), named in the active language. */
export const procedureGroupLabel = (group: ProcedureGroup): string => GROUP_LABELS[group]();
