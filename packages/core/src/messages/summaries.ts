import { msg } from '@lit/localize';

/**
 * One plain sentence per built-in procedure, what it is for: "La C2S aide à payer les soins" in
 * easy-to-read French, a legal name explained in every language.
 */
const SUMMARIES: Record<string, () => string> = {
  'caf-rsa': () =>
    msg('Le RSA est un revenu pour les personnes qui ont peu ou pas de ressources ; la CAF le verse.'),
  'caf-prime-activite': () =>
    msg('La prime d’activité complète les petits salaires ; la CAF la verse chaque mois.'),
  'caf-aides-logement': () =>
    msg('Les aides au logement (APL, ALS, ALF) paient une partie du loyer ; la CAF les verse.'),
  'caf-declaration-trimestrielle': () =>
    msg('Tous les trois mois, on déclare ses ressources à la CAF pour garder le RSA ou la prime d’activité.'),
  'caf-changement-situation': () =>
    msg('Un déménagement, une naissance, une séparation ou un nouveau travail se déclare à la CAF.'),
  aah: () =>
    msg('L’AAH est une allocation pour les adultes handicapés ; on la demande à la MDPH et la CAF la verse.'),
  'caf-autre': () => msg('La CAF verse les aides pour la famille, le logement et les petits revenus.'),
  'ameli-compte': () =>
    msg('Le compte ameli permet de suivre ses remboursements de soins et de parler à l’Assurance Maladie.'),
  'ameli-c2s': () =>
    msg('La C2S (Complémentaire santé solidaire) aide à payer les soins quand on a peu de ressources.'),
  'ameli-carte-vitale': () =>
    msg('La carte Vitale sert à être remboursé de ses soins chez le médecin et à la pharmacie.'),
  'mon-espace-sante': () =>
    msg('Mon Espace Santé garde en ligne vos documents de santé : ordonnances, analyses, vaccins.'),
  ame: () =>
    msg(
      'L’AME (aide médicale de l’État) paie les soins des personnes étrangères sans titre de séjour et avec peu de ressources.',
    ),
  'ameli-autre': () =>
    msg('L’Assurance Maladie rembourse les soins et verse les indemnités quand on est malade.'),
  'impots-declaration': () =>
    msg('Chaque printemps, on déclare ses revenus de l’année passée, même quand on gagne peu.'),
  'impots-espace-particulier': () =>
    msg('L’espace particulier d’impots.gouv.fr sert à déclarer, payer et recevoir ses avis d’impôt.'),
  'ants-carte-grise': () =>
    msg('La carte grise est le papier de la voiture : on la demande en ligne sur le site de l’ANTS.'),
  'ants-permis': () =>
    msg('Passer, renouveler ou remplacer le permis de conduire se fait en ligne sur le site de l’ANTS.'),
  'ants-identite': () =>
    msg(
      'On remplit une pré-demande en ligne, puis on prend rendez-vous en mairie pour donner ses empreintes.',
    ),
  'ants-autre': () =>
    msg('L’ANTS fait les titres : carte d’identité, passeport, permis de conduire, carte grise.'),
  'france-travail-inscription': () =>
    msg('S’inscrire à France Travail aide à trouver un emploi et peut ouvrir le droit au chômage.'),
  'france-travail-actualisation': () =>
    msg('Chaque mois, on s’actualise pour rester inscrit et continuer à recevoir ses allocations.'),
  'france-travail-autre': () =>
    msg('France Travail aide à trouver un emploi et verse les allocations chômage.'),
  'retraite-reversion': () =>
    msg(
      'La pension de réversion verse une partie de la retraite d’une personne décédée à son époux ou son épouse.',
    ),
  'retraite-demande': () =>
    msg(
      'On demande sa retraite en ligne, environ six mois avant la date où l’on veut arrêter de travailler.',
    ),
  'retraite-aspa': () =>
    msg('L’ASPA (minimum vieillesse) complète les petites retraites à partir de 65 ans.'),
  'msa-demarche': () => msg('La MSA est la sécurité sociale des agriculteurs et des salariés agricoles.'),
  naturalisation: () =>
    msg('La naturalisation permet d’obtenir la nationalité française ; la demande se fait en ligne.'),
  'anef-titre-sejour': () =>
    msg(
      'Le titre de séjour permet à une personne étrangère de vivre en France ; on le demande sur le site de l’ANEF.',
    ),
  'franceconnect-identite': () =>
    msg(
      'FranceConnect permet d’entrer sur les sites publics avec un seul compte, par exemple celui d’ameli ou des impôts.',
    ),
  'cheque-energie': () =>
    msg('Le chèque énergie aide à payer l’électricité, le gaz ou le fioul ; il arrive chaque printemps.'),
  'mdph-demande': () =>
    msg('La MDPH reconnaît le handicap et ouvre les droits : AAH, carte mobilité inclusion, aides.'),
  'logement-social-demande': () =>
    msg('Un logement social a un loyer plus bas ; on fait une seule demande, en ligne ou au guichet.'),
  procuration: () =>
    msg(
      'Quand on ne peut pas aller voter, on donne procuration à une autre personne inscrite sur les listes électorales.',
    ),
  apa: () =>
    msg('L’APA aide les personnes de 60 ans et plus qui perdent leur autonomie ; le département la verse.'),
  maprimerenov: () =>
    msg(
      'MaPrimeRénov’ aide à payer les travaux qui rendent un logement moins froid et moins cher à chauffer.',
    ),
  'antai-amende': () =>
    msg('Une amende reçue par courrier se paie ou se conteste en ligne sur le site de l’ANTAI.'),
  'mon-compte-formation': () =>
    msg('Mon compte formation (CPF) paie des formations avec les droits gagnés en travaillant.'),
  'etudiant-bourse-logement': () =>
    msg('Le Crous verse les bourses sur critères sociaux et loue des logements aux étudiants.'),
  parcoursup: () =>
    msg('Parcoursup est le site où l’on demande une place dans l’enseignement supérieur après le lycée.'),
  'urssaf-micro-entrepreneur': () =>
    msg('Un micro-entrepreneur déclare chaque mois ou chaque trimestre ce qu’il a encaissé, même zéro.'),
  'tarif-social-transport': () =>
    msg('Les personnes qui ont peu de ressources peuvent payer moins cher les transports en commun.'),
  'bourse-scolaire-cantine': () =>
    msg(
      'Les bourses de collège et de lycée aident les familles qui ont peu de ressources ; la demande se fait en ligne.',
    ),
  mesdroitssociaux: () =>
    msg('Le simulateur mesdroitssociaux dit en quelques minutes à quelles aides on peut avoir droit.'),
  'service-public-demarche': () =>
    msg('Service-public.fr explique les démarches et en propose beaucoup en ligne.'),
  'demarches-simplifiees': () =>
    msg('Beaucoup de services publics y mettent leurs formulaires à remplir en ligne.'),
  'autre-demarche': () =>
    msg('Pour une démarche qui n’est pas dans la liste, on vous oriente vers une aide générale.'),
};

/** What a procedure is for, in one sentence of the active language; null for one the catalogue does not know. */
export const procedureSummary = (procedure: string | { id: string }): string | null =>
  SUMMARIES[typeof procedure === 'string' ? procedure : procedure.id]?.() ?? null;
