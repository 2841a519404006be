import { msg, str } from '@lit/localize';

/**
 * The words of `validate`'s and `build`'s reports for data managers (`--locale fr|en`): each
 * reason a row is rejected or warned about (src/cli/problems.ts's codes), what it is and how to
 * fix it in the file.
 */

type Code = import('../cli/problems.js').ProblemCode;

const LABELS: Record<Code, () => string> = {
  'unknown-format': () => msg('Format inconnu'),
  'broken-row': () => msg('Ligne mal formée'),
  'missing-name': () => msg('Nom manquant'),
  'test-row': () => msg('Lieu de test'),
  'missing-address': () => msg('Adresse manquante'),
  'invalid-postal-code': () => msg('Code postal invalide'),
  'missing-commune': () => msg('Commune manquante'),
  'impossible-coordinates': () => msg('Coordonnées impossibles'),
  'position-unknown': () => msg('Position introuvable'),
  superseded: () => msg('Lieu remplacé par un autre réseau'),
  'invalid-field': () => msg('Champ invalide'),
  'placeholder-pivot': () => msg('SIRET de remplissage'),
  'invalid-pivot': () => msg('SIRET ou RNA invalide'),
  'missing-date': () => msg('Date de mise à jour manquante'),
  'bad-date': () => msg('Date de mise à jour illisible ou invraisemblable'),
  'missing-id': () => msg('Identifiant manquant'),
  'invalid-contact': () => msg('Téléphone, courriel ou lien invalide'),
  'unread-hours': () => msg('Horaires non lus'),
  'text-cleaned': () => msg('Texte nettoyé ou coupé'),
  'bad-encoding': () => msg('Caractères mal encodés'),
  'unknown-value': () => msg('Valeur hors du vocabulaire'),
  'wrong-separator': () => msg('Valeurs séparées par une virgule'),
  'unconfirmed-france-services': () => msg('France Services non confirmé'),
  'location-fixed': () => msg('Code postal, commune ou code INSEE corrigé'),
  'coordinates-fixed': () => msg('Coordonnées corrigées ou approchées'),
  'same-id': () => msg('Identifiant en double'),
  other: () => msg('Autre'),
};

const FIXES: Record<Code, () => string> = {
  'unknown-format': () =>
    msg(
      'Exportez le fichier au standard des lieux de médiation numérique (v1), ou dans le format de la liste France Services ou de data·inclusion.',
    ),
  'broken-row': () =>
    msg(
      'Ouvrez la ligne dans un tableur : un guillemet non fermé ou un séparateur en trop décale les colonnes.',
    ),
  'missing-name': () => msg('Renseignez le nom du lieu (colonne nom).'),
  'test-row': () => msg('Retirez du fichier publié les lignes qui servent à tester un outil.'),
  'missing-address': () => msg('Renseignez l’adresse (numéro et voie).'),
  'invalid-postal-code': () => msg('Renseignez un code postal à 5 chiffres qui existe.'),
  'missing-commune': () => msg('Renseignez la commune, ou un code postal ou INSEE connu.'),
  'impossible-coordinates': () =>
    msg(
      'Vérifiez latitude et longitude (en degrés décimaux, avec un point) : elles tombent loin de la commune.',
    ),
  'position-unknown': () =>
    msg('Ajoutez latitude et longitude, ou une commune et un code postal qui vont ensemble.'),
  superseded: () => msg('Retirez ces lignes : la liste officielle France Services les remplace.'),
  'invalid-field': () => msg('Corrigez la valeur de cette colonne (voir le détail).'),
  'placeholder-pivot': () =>
    msg(
      'Renseignez le SIRET (14 chiffres) ou le RNA de la structure, à chercher sur annuaire-entreprises.data.gouv.fr.',
    ),
  'invalid-pivot': () => msg('Un SIRET a 14 chiffres, un RNA commence par W suivi de 9 chiffres.'),
  'missing-date': () =>
    msg('Renseignez la date de mise à jour (AAAA-MM-JJ) : sans elle, le lieu est dit peut-être ancien.'),
  'bad-date': () => msg('Écrivez une date réelle et passée, au format AAAA-MM-JJ.'),
  'missing-id': () =>
    msg('Donnez à chaque lieu un identifiant stable, qui ne change pas d’un export à l’autre.'),
  'invalid-contact': () =>
    msg('Corrigez ou videz la valeur : un numéro français, une adresse de courriel, un lien https.'),
  'unread-hours': () =>
    msg('Écrivez les horaires au format OpenStreetMap, par exemple « Mo-Fr 09:00-12:00,14:00-17:00 ».'),
  'text-cleaned': () => msg('Écrivez du texte simple, sans balises HTML, dans la longueur permise.'),
  'bad-encoding': () => msg('Enregistrez le fichier en UTF-8.'),
  'unknown-value': () => msg('Utilisez les valeurs du vocabulaire du standard pour cette colonne.'),
  'wrong-separator': () =>
    msg(
      'Séparez les valeurs d’une même colonne par une barre verticale « | », comme le standard : elles ont été lues.',
    ),
  'unconfirmed-france-services': () =>
    msg('Ne marquez France Services que les lieux de la liste officielle ; sinon retirez la mention.'),
  'location-fixed': () => msg('Vérifiez que code postal, commune et code INSEE désignent la même commune.'),
  'coordinates-fixed': () => msg('Vérifiez latitude et longitude : donnez la position de l’entrée du lieu.'),
  'same-id': () => msg('Donnez un identifiant différent à chaque lieu, ou supprimez les doublons.'),
  other: () => msg('Voir le détail.'),
};

/** What a reason is, in a few words ("SIRET de remplissage"). */
export const problemLabel = (code: Code): string => LABELS[code]();

/** How to fix it in the file. */
export const problemFix = (code: Code): string => FIXES[code]();

/** The report's headings, and a reason's line: how many rows, and the first lines to look at. */
export const reportWords = {
  rejected: () => msg('Lignes refusées, par raison'),
  warnings: () => msg('Avertissements : lignes publiées, une valeur corrigée ou laissée de côté'),
  notes: () => msg('Remarques sur le fichier'),
  group: (label: string, count: number, lines: string) =>
    count === 1
      ? msg(str`${label} : 1 ligne (ligne ${lines})`)
      : msg(str`${label} : ${count} lignes (lignes ${lines})`),
  groupInColumn: (label: string, column: string, count: number, lines: string) =>
    count === 1
      ? msg(str`${label}, colonne ${column} : 1 ligne (ligne ${lines})`)
      : msg(str`${label}, colonne ${column} : ${count} lignes (lignes ${lines})`),
  fix: (fix: string) => msg(str`Corriger : ${fix}`),
};

/**
 * The summary `validate` prints before the reasons, and the line `build` ends with: the files'
 * counts, what the places are, their positions and dates. Numbers come as they are; a count of one
 * has its own sentence where the words would agree with it.
 */
export const summaryWords = {
  columns: () => [
    msg('fichier'),
    msg('format'),
    msg('lignes'),
    msg('acceptées'),
    msg('approchées'),
    msg('refusées'),
    msg('fusionnées'),
  ],
  total: () => msg('total'),
  unknownFormat: () => msg('inconnu'),
  dataDate: (date: string) => msg(str`données à jour au ${date}`),
  undated: () =>
    msg(
      'aucune date de mise à jour (date_maj absente ou invraisemblable sur chaque ligne : le jeu de données n’est pas daté)',
    ),
  places: (count: number, date: string) =>
    count === 1
      ? msg(str`1 lieu après fusion des doublons, ${date}.`)
      : msg(str`${count} lieux après fusion des doublons, ${date}.`),
  built: (places: number, merged: number, files: number, date: string, out: string) =>
    msg(
      str`${places} lieux (${merged} doublons fusionnés) en ${files} fichiers (par département, les plus denses en parties), ${date}, écrits dans ${out}`,
    ),
  withheld: (count: number) =>
    msg(
      str`Retenus : ${count} lieu(x) d’accueil de femmes fuyant des violences, jamais publiés, ni leur adresse ni leur position gardées (on y entre par le 3919 ou le 115).`,
    ),
  kinds: () => msg('ce que sont les lieux'),
  placesColumn: () => msg('lieux'),
  unconfirmed: () => msg('non confirmés'),
  unconfirmedNote: () =>
    msg('(Les affirmations « non confirmées » sont gardées et montrées, jamais utilisées pour orienter.)'),
  reserved: (list: string) => msg(str`Réservés à un public : ${list}.`),
  reservedNone: () => msg('aucun'),
  positions: (address: number, street: number, town: number) =>
    msg(
      str`Positions : ${address} à leur adresse, ${street} sur leur rue, ${town} connues seulement par leur commune (approchées).`,
    ),
  unknownDates: (count: number) =>
    msg(str`Date de mise à jour inconnue (absente ou invraisemblable) : ${count}.`),
  capabilities: (forYou: number, withYou: number, stepByStep: number) =>
    msg(
      str`Peuvent agir au nom de la personne (Aidants Connect) : ${forYou} ; faire avec la personne (France Services) : ${withYou} ; accompagner pas à pas (« A ma place » du v0 seulement) : ${stepByStep}.`,
    ),
};
