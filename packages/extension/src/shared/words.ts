import { msg } from '@lit/localize';

/**
 * The extension's own words, in the project's one message catalogue (xliff/ at the repository's
 * root), under the keys `browser.i18n.getMessage` knows them by. The build writes them to
 * `_locales/<language>/messages.json`, the format browsers read for the manifest and the pages;
 * nothing calls this at run time but the tests (in French, the catalogue's source).
 * `$NAME$` is a placeholder, filled by `t(key, value)` in i18n.ts.
 */
export const words = () => ({
  extensionName: msg('Trouver de l’aide pour une démarche', { id: 'extensionName' }),
  extensionDescription: msg(
    'Propose une aide près de chez vous sur les sites des démarches (CAF, ameli, impôts, ANTS…) ; orientation rapide pour les pros.',
    { id: 'extensionDescription' },
  ),
  promptRegion: msg('Aide pour cette démarche', { id: 'promptRegion' }),
  promptQuestion: msg('Besoin d’aide pour cette démarche ?', { id: 'promptQuestion' }),
  promptInvite: msg('Trouvez de l’aide près de chez vous :', { id: 'promptInvite' }),
  promptOpen: msg('Trouver de l’aide', { id: 'promptOpen' }),
  promptLater: msg('Pas maintenant', { id: 'promptLater' }),
  promptSettings: msg('Réglages', { id: 'promptSettings' }),
  promptClose: msg('Fermer l’aide', { id: 'promptClose' }),
  panelTitle: msg('Trouver de l’aide : $PROCEDURE$', { id: 'panelTitle' }),
  optionsTitle: msg('Réglages — Trouver de l’aide pour une démarche', { id: 'optionsTitle' }),
  panelPageTitle: msg('Trouver de l’aide', { id: 'panelPageTitle' }),
  quickTitle: msg('Orientation rapide', { id: 'quickTitle' }),
  quickHint: msg('Choisissez la démarche, puis ce qui bloque la personne.', { id: 'quickHint' }),
  quickProcedures: msg('Démarche', { id: 'quickProcedures' }),
  quickDifficulties: msg('Ce qui bloque', { id: 'quickDifficulties' }),
  quickNoHome: msg(
    'Indiquez votre code postal dans les réglages pour avoir les résultats dès le second clic.',
    { id: 'quickNoHome' },
  ),
  quick_caf_rsa: msg('RSA', { id: 'quick_caf_rsa' }),
  quick_caf_prime_activite: msg('Prime d’activité', { id: 'quick_caf_prime_activite' }),
  quick_caf_aides_logement: msg('Aide au logement', { id: 'quick_caf_aides_logement' }),
  quick_ameli_compte: msg('Compte ameli', { id: 'quick_ameli_compte' }),
  quick_ameli_c2s: msg('C2S', { id: 'quick_ameli_c2s' }),
  quick_impots_declaration: msg('Impôts', { id: 'quick_impots_declaration' }),
  quick_ants_identite: msg('Carte d’identité', { id: 'quick_ants_identite' }),
  quick_ants_carte_grise: msg('Carte grise', { id: 'quick_ants_carte_grise' }),
  quick_france_travail_inscription: msg('France Travail', { id: 'quick_france_travail_inscription' }),
  quick_retraite_demande: msg('Retraite', { id: 'quick_retraite_demande' }),
  quick_anef_titre_sejour: msg('Titre de séjour', { id: 'quick_anef_titre_sejour' }),
  quick_autre_demarche: msg('Autre', { id: 'quick_autre_demarche' }),
  quick_do_for_me: msg('N’y arrive pas', { id: 'quick_do_for_me' }),
  quick_understand: msg('Ne comprend pas', { id: 'quick_understand' }),
  quick_learn: msg('Veut apprendre', { id: 'quick_learn' }),
  quick_equipment: msg('Pas d’équipement', { id: 'quick_equipment' }),
  quick_situation: msg('Situation sociale', { id: 'quick_situation' }),
  quick_homeless: msg('Sans abri ce soir', { id: 'quick_homeless' }),
  quick_violence: msg('Violences', { id: 'quick_violence' }),
  quick_child_danger: msg('Enfant en danger', { id: 'quick_child_danger' }),
  quick_abuse: msg('Maltraitance', { id: 'quick_abuse' }),
  quick_debt: msg('Dettes', { id: 'quick_debt' }),
  quickSituations: msg('Que se passe-t-il ?', { id: 'quickSituations' }),
  quickSituationsHint: msg('Pour donner le bon numéro et les bonnes portes. Rien n’est gardé.', {
    id: 'quickSituationsHint',
  }),
  quickEdit: msg('Modifier', { id: 'quickEdit' }),
  nextPerson: msg('Personne suivante', { id: 'nextPerson' }),
  partnersFitTitle: msg('Vos lieux partenaires pour ce besoin', { id: 'partnersFitTitle' }),
  partnerChoose: msg('Choisir pour la fiche', { id: 'partnerChoose' }),
  shareMissing: msg(
    'Pour donner à la personne un lien et un code QR de ces lieux, indiquez la page publique de recherche de votre institution dans les',
    { id: 'shareMissing' },
  ),
  datasetFailed: msg(
    'Le jeu de données de vos réglages n’a pas pu être lu. Vérifiez son adresse, ou demandez la bonne à votre organisation, dans les',
    { id: 'datasetFailed' },
  ),
  favouritesTitle: msg('Mes lieux partenaires', { id: 'favouritesTitle' }),
  favouriteRemove: msg('Retirer', { id: 'favouriteRemove' }),
  favouriteRemoveLabel: msg('Retirer $NAME$ des lieux partenaires', { id: 'favouriteRemoveLabel' }),
  favouritesNone: msg('Aucun pour l’instant : choisissez un lieu dans les résultats pour l’ajouter.', {
    id: 'favouritesNone',
  }),
  favouriteAdd: msg('Ajouter « $NAME$ » à mes lieux partenaires', { id: 'favouriteAdd' }),
  settingsLink: msg('Réglages', { id: 'settingsLink' }),
  privacyLink: msg('Confidentialité', { id: 'privacyLink' }),
  optionsHeading: msg('Réglages', { id: 'optionsHeading' }),
  searchLegend: msg('Pour chercher', { id: 'searchLegend' }),
  homeLabel: msg('Votre code postal', { id: 'homeLabel' }),
  homeHint: msg(
    'Les recherches partent d’ici. Exemple : 77000. Laissez vide pour le demander à chaque fois.',
    { id: 'homeHint' },
  ),
  radiusLabel: msg('Distance maximale', { id: 'radiusLabel' }),
  radiusAuto: msg('Automatique (élargie si besoin)', { id: 'radiusAuto' }),
  languageLabel: msg('Langue', { id: 'languageLabel' }),
  languageBrowser: msg('Celle du navigateur', { id: 'languageBrowser' }),
  modeLegend: msg('Mode', { id: 'modeLegend' }),
  modeCitizen: msg('Pour moi (aide sur les sites des démarches)', { id: 'modeCitizen' }),
  modeWorker: msg('Professionnel : orientation rapide, fiche à imprimer, lieux partenaires', {
    id: 'modeWorker',
  }),
  workerLegend: msg('Vous, sur chaque fiche (mode professionnel)', { id: 'workerLegend' }),
  workerHint: msg(
    'Imprimé en bas de chaque fiche d’orientation (« Orienté par … »). Gardé sur cet appareil seulement.',
    { id: 'workerHint' },
  ),
  workerName: msg('Votre nom', { id: 'workerName' }),
  workerStructure: msg('Votre structure', { id: 'workerStructure' }),
  workerPhone: msg('Téléphone à donner à la personne', { id: 'workerPhone' }),
  workerNote: msg('Note (facultatif, par exemple vos horaires)', { id: 'workerNote' }),
  workerPhoneInvalid: msg('Ce numéro de téléphone n’est pas valide. Exemple : 01 60 00 00 00.', {
    id: 'workerPhoneInvalid',
  }),
  finderPageLabel: msg('Page publique de recherche de votre institution (facultatif)', {
    id: 'finderPageLabel',
  }),
  finderPageHint: msg(
    'L’adresse https:// d’une page de votre institution qui montre l’outil de recherche. Le lien, l’e-mail et le code QR de la fiche y mènent. Sans elle, la fiche n’a pas de lien.',
    { id: 'finderPageHint' },
  ),
  finderPageInvalid: msg('Cette adresse doit être celle d’une page publique, commençant par https://.', {
    id: 'finderPageInvalid',
  }),
  portalsLegend: msg('Sites où proposer de l’aide', { id: 'portalsLegend' }),
  undismiss: msg('Reproposer l’aide partout où j’ai répondu « Pas maintenant »', { id: 'undismiss' }),
  dismissedMark: msg('(« Pas maintenant »)', { id: 'dismissedMark' }),
  dismissedHeading: msg('Sites où vous avez répondu « Pas maintenant »', { id: 'dismissedHeading' }),
  dismissedNone: msg('Aucun : l’aide est proposée sur tous les sites cochés.', { id: 'dismissedNone' }),
  undismissOne: msg('Reproposer l’aide sur $SITE$', { id: 'undismissOne' }),
  undismissedOne: msg('L’aide sera de nouveau proposée sur $SITE$.', { id: 'undismissedOne' }),
  dataLegend: msg('Données', { id: 'dataLegend' }),
  datasetLabel: msg('Adresse d’un jeu de données à jour (facultatif)', { id: 'datasetLabel' }),
  datasetHint: msg(
    'Un dossier produit par « mediation-finder build », par exemple celui de votre département. Sans adresse, les données fournies avec l’extension sont utilisées.',
    { id: 'datasetHint' },
  ),
  save: msg('Enregistrer', { id: 'save' }),
  saved: msg('Réglages enregistrés.', { id: 'saved' }),
  undismissed: msg('L’aide sera de nouveau proposée sur tous les sites cochés.', { id: 'undismissed' }),
  homeInvalid: msg('Un code postal a 5 chiffres, par exemple 77000.', { id: 'homeInvalid' }),
  datasetNoPermission: msg(
    'Sans autorisation d’accéder à ce site, les données fournies avec l’extension restent utilisées.',
    { id: 'datasetNoPermission' },
  ),
  datasetHttp: msg('Ce jeu de données ne répond pas (HTTP $STATUS$).', { id: 'datasetHttp' }),
  datasetNotDataset: msg('Cette adresse ne contient pas un jeu de données mediation-finder.', {
    id: 'datasetNotDataset',
  }),
  datasetUnreadable: msg('Ce jeu de données n’a pas pu être lu. Vérifiez l’adresse et votre connexion.', {
    id: 'datasetUnreadable',
  }),
  privacyTitle: msg('Confidentialité — Trouver de l’aide pour une démarche', { id: 'privacyTitle' }),
  privacyHeading: msg('Confidentialité', { id: 'privacyHeading' }),
  privacyNothingSent: msg(
    'L’extension n’envoie rien sur vous ni sur les personnes que vous aidez : ni à nous, ni à personne. Elle n’a ni compte, ni mesure d’audience, ni publicité.',
    { id: 'privacyNothingSent' },
  ),
  privacyPages: msg(
    'Sur les sites des démarches, elle lit seulement l’adresse et le titre de la page, pour reconnaître la démarche. Elle ne lit jamais les formulaires ni ce que vous tapez.',
    { id: 'privacyPages' },
  ),
  privacyStored: msg(
    'Elle garde sur votre appareil seulement vos réglages (code postal, distance, langue, mode, sites, adresse d’un jeu de données), les sites où vous avez répondu « Pas maintenant » et, en mode professionnel, vos coordonnées imprimées sur les fiches, l’adresse de la page publique de votre institution et vos lieux partenaires (des données publiques sur des lieux). Rien sur les personnes aidées. Désinstaller l’extension efface tout.',
    { id: 'privacyStored' },
  ),
  privacyData: msg(
    'Les lieux et les communes sont dans l’extension (données ouvertes, Licence Ouverte 2.0) : une recherche ne sort pas de votre appareil. Si vous indiquez l’adresse d’un jeu de données, l’extension demande le droit de lire ce seul site, et le rend quand l’adresse change.',
    { id: 'privacyData' },
  ),
  privacyPosition: msg(
    '« Utiliser ma position » demande votre position à votre navigateur seulement quand vous appuyez dessus ; elle sert à la recherche et n’est pas gardée.',
    { id: 'privacyPosition' },
  ),
  privacyMap: msg(
    'La carte n’affiche des fonds de carte que si un site qui intègre l’outil en a configuré ; l’extension n’en charge aucun.',
    { id: 'privacyMap' },
  ),
  privacyPermissionsHeading: msg('Autorisations demandées, et pourquoi', { id: 'privacyPermissionsHeading' }),
  privacyPermissionStorage: msg(
    'Stockage (storage) : garder vos réglages dans votre navigateur, sur votre appareil.',
    { id: 'privacyPermissionStorage' },
  ),
  privacyPermissionDataset: msg(
    'Accès à un site (facultatif) : demandé pour un seul site https, seulement quand vous indiquez l’adresse d’un jeu de données, pour le lire ; rendu quand l’adresse change ou est effacée.',
    { id: 'privacyPermissionDataset' },
  ),
  privacyPermissionPortals: msg(
    'Les sites des démarches (CAF, ameli, impôts, ANTS, France Travail, retraite…) : votre navigateur l’annonce comme un accès à vos données sur ces sites ; l’extension y lit seulement l’adresse et le titre de la page, et y ajoute son invitation.',
    { id: 'privacyPermissionPortals' },
  ),
  privacyPublisher: msg(
    'L’extension est publiée par le projet libre mediation-finder (licence MIT). Pour une question ou un signalement, ouvrez un ticket sur le dépôt du projet : son adresse est le site de l’extension, dans votre navigateur et sur sa fiche dans la boutique.',
    { id: 'privacyPublisher' },
  ),
  datasetNotHttps: msg('Cette adresse doit commencer par https://.', { id: 'datasetNotHttps' }),
});

export type WordKey = keyof ReturnType<typeof words>;
