import { msg, str } from '@lit/localize';
import type { ActorKind } from '../kinds.js';
import type { RestrictedPublic } from '../places/classification.js';
import type { Reason } from '../routing/explain.js';
import type { Situation } from '../routing/line.js';
import type { Difficulty } from '../routing/need.js';
import type { KindReason } from '../routing/rules.js';
import { contractFrench } from '../text/french.js';

/**
 * Core's codes in words, in the active language of the one message catalogue (xliff/ at the
 * repository's root). Functions: msg() must run when the text is shown, after the language is set.
 */

export const kindLabel = (kind: ActorKind): string =>
  ({
    'social-work': msg('Accompagnement social'),
    'admin-help': msg('Aide aux démarches'),
    'do-it-for-me': msg('Démarche faite à votre place (Aidants Connect)'),
    'digital-mediation': msg('Apprendre le numérique'),
    equipment: msg('Ordinateur et internet'),
    'body-counter': msg("Accueil de l'organisme"),
    'situation-help': msg('Aide spécialisée pour votre situation'),
    remote: msg('Aide à distance'),
  })[kind];

/** Why a kind of help is proposed (a routing rule's `reason`). */
export const kindReason = (reason: KindReason): string =>
  ({
    'social-work': msg('Votre situation demande un travailleur social, qui peut ouvrir vos droits.'),
    'admin-help': msg('Un agent ou un médiateur vous aide à faire la démarche.'),
    'do-it-for-me': msg(
      'Un aidant habilité Aidants Connect peut faire la démarche à votre place, avec votre accord.',
    ),
    'digital-mediation': msg('Un médiateur numérique vous apprend à la faire vous-même.'),
    equipment: msg('Un lieu vous prête un ordinateur et une connexion.'),
    'body-counter': msg("L'accueil de l'organisme traite votre dossier."),
    'situation-help': msg(
      'Un lieu spécialisé dans votre situation vous informe sur vos droits et vous accompagne, gratuitement.',
    ),
    remote: msg('Une aide par téléphone ou en ligne, sans vous déplacer.'),
    explains: msg('Un agent vous explique la démarche ou le courrier.'),
    'mission-locale': msg(
      'La Mission locale accompagne les jeunes de 16 à 25 ans et les inscrit elle-même à France Travail.',
    ),
  })[reason];

export const difficultyLabel = (difficulty: Difficulty): string =>
  ({
    equipment: msg("Je n'ai pas d'ordinateur ou pas d'internet"),
    learn: msg('Je veux apprendre à le faire moi-même'),
    'do-for-me': msg("Je n'y arrive pas, il faut le faire avec moi ou pour moi"),
    understand: msg('Je ne comprends pas la démarche ou le courrier'),
    situation: msg('Ma situation est compliquée (argent, logement, famille, santé)'),
  })[difficulty];

/** A situation, as the person says it (`Need.situations`). */
export const situationLabel = (id: Situation): string =>
  ({
    homeless: msg('Je n’ai pas de logement ce soir'),
    violence: msg('Je subis des violences'),
    'child-danger': msg('Un enfant est en danger'),
    abuse: msg('Une personne âgée ou handicapée est maltraitée'),
    debt: msg('J’ai des dettes que je ne peux pas payer'),
  })[id];

export const supportLabel = (id: string): string =>
  ({
    deafness: msg('Surdité'),
    visual: msg('Déficience visuelle'),
    motor: msg('Handicap moteur'),
    mental: msg('Handicap mental ou psychique'),
    illiteracy: msg('Difficulté à lire ou écrire'),
    'foreign-language': msg('Je parle une autre langue'),
  })[id] ?? id;

export const modalityLabel = (id: string): string =>
  ({
    individual: msg('Une personne m’aide, seul à seul'),
    workshop: msg('Dans un atelier en groupe'),
    autonomy: msg('Seul, avec un ordinateur en libre accès'),
    remote: msg('À distance'),
  })[id] ?? id;

export const publicLabel = (id: string): string =>
  ({
    senior: msg('Personne âgée'),
    young: msg('Jeune (16-25 ans)'),
    student: msg('Étudiant'),
    family: msg('Famille'),
    women: msg('Femme'),
  })[id] ?? id;

/** The reserved publics a person is asked about; 16–25 comes from the "young" public. */
export type BelongsToChoice = Exclude<RestrictedPublic, 'young-16-25'>;

/** The reserved publics, as a person says they belong to one. */
export const belongsToLabel = (id: BelongsToChoice): string =>
  ({
    residents: msg('Hébergé dans un foyer ou un centre d’hébergement'),
    patients: msg('Suivi par un service de soins ou médico-social'),
    'disabled-job-seekers': msg('Demandeur d’emploi en situation de handicap'),
    'under-justice-supervision': msg('Suivi par la justice (SPIP, PJJ)'),
    'without-home': msg('Sans logement à soi (à la rue, hébergé)'),
    enrolled: msg('En formation ou en parcours d’insertion'),
  })[id];

/** "Réservé …": whom a place is reserved to. */
export const reservedToLabel = (id: RestrictedPublic): string =>
  ({
    residents: msg('Réservé à ses résidents'),
    patients: msg('Réservé aux personnes suivies par ce service'),
    'young-16-25': msg('Réservé aux 16-25 ans'),
    'disabled-job-seekers': msg('Réservé aux demandeurs d’emploi en situation de handicap'),
    'under-justice-supervision': msg('Réservé aux personnes suivies par la justice'),
    'without-home': msg('Réservé aux personnes sans logement que le SIAO oriente'),
    enrolled: msg('Réservé à ses stagiaires, salariés ou clients'),
  })[id];

export const supportValue = (value: string): string =>
  ({
    Surdité: msg('Accueil des personnes sourdes'),
    'Déficience visuelle': msg('Accueil des personnes malvoyantes'),
    'Handicaps moteurs': msg('Accessible handicap moteur'),
    'Handicaps mentaux': msg('Accueil handicap mental'),
    Illettrisme: msg('Aide à la lecture et à l’écriture'),
    'Langues étrangères (anglais)': msg('Accueil en anglais'),
    'Langues étrangères (autres)': msg('Accueil en langues étrangères'),
  })[value] ?? value;

export const WEEKDAY_NAMES = (): string[] => [
  msg('lundi'),
  msg('mardi'),
  msg('mercredi'),
  msg('jeudi'),
  msg('vendredi'),
  msg('samedi'),
  msg('dimanche'),
];

export function formatKm(km: number, locale: string): string {
  const language = locale === 'fr-x-falc' ? 'fr' : locale;
  const digits = km < 10 ? 1 : 0;
  const key = `${language}|${digits}`;
  let format = kmFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: digits });
    kmFormats.set(key, format);
  }
  return format.format(km);
}

/** Number formatters by language and digits: making one costs a phone more than a card's text. */
const kmFormats = new Map<string, Intl.NumberFormat>();

/** One reason, in the page's language; null for reasons shown elsewhere on the card. */
export function reasonText(reason: Reason, locale: string): string | null {
  switch (reason.code) {
    case 'does-it-for-you':
      return msg('Peut faire la démarche à votre place, avec votre accord (Aidants Connect)');
    case 'does-it-with-you':
      return msg('Fait la démarche avec vous et peut contacter l’organisme (France Services)');
    case 'step-by-step':
      return msg('Vous accompagne pas à pas');
    case 'restricted':
      return reason.publics.map(reservedToLabel).join(' · ');
    case 'programme':
      return reason.value === 'France Services' ? msg('Labellisé France Services') : reason.value;
    case 'procedure-fit':
      return reason.value;
    case 'support':
      return supportValue(reason.value);
    case 'public':
      return null;
    case 'free':
      return msg('Gratuit');
    case 'open':
      return msg(str`Ouvert jusqu'à ${reason.closesAt}`);
    case 'opens': {
      const day = reason.today ? msg("aujourd'hui") : (WEEKDAY_NAMES()[reason.weekday] ?? '');
      // A weekly permanence seen on its own weekday, after it closed: « mardi » would read as today.
      if (!reason.today && (reason.inDays ?? 0) >= 7)
        return msg(str`Ouvre la semaine prochaine, ${day} à ${reason.time}`);
      return msg(str`Ouvre ${day} à ${reason.time}`);
    }
    case 'closed':
      return reason.holiday ? msg(str`Fermé (jour férié : ${reason.holiday})`) : msg('Fermé');
    case 'hours-unknown':
      return msg('Horaires non précisés');
    case 'distance': {
      const km = formatKm(reason.km, locale);
      if (reason.approximate && reason.km < (reason.uncertaintyKm ?? 1))
        return msg('Dans la commune (adresse approximative)');
      return reason.approximate ? msg(str`Environ ${km} km (adresse approximative)`) : msg(str`${km} km`);
    }
    case 'stale':
      return msg(str`Informations de ${reason.date.slice(0, 4)} : appelez avant de vous déplacer`);
    case 'roaming':
      return msg('Itinérant : appelez pour savoir où il passe aujourd’hui');
    case 'date-unknown':
      return msg('Date de mise à jour inconnue : appelez avant de vous déplacer');
    case 'yours': {
      const served = reason.scope === 'commune' ? reason.where : reason.area;
      return served
        ? contractFrench(msg(str`C’est le vôtre : il sert les habitants de ${served}`), locale)
        : msg('C’est le vôtre : il sert les habitants de votre département');
    }
    case 'departement-office':
      return reason.area
        ? msg(str`Un accueil du service social de ${reason.area} : demandez lequel sert votre adresse`)
        : msg('Un accueil du service social de votre département : demandez lequel sert votre adresse');
    case 'address-office':
      return msg('Un des accueils de votre département : demandez lequel sert votre adresse');
    case 'nearest-around':
      return msg(
        'La plus proche de chez vous : chaque Mission locale sert ses communes, demandez si c’est la vôtre',
      );
    case 'national-line':
      return msg(str`Son ancien numéro ne fonctionne plus : appelez le ${reason.phone}`);
    case 'retired-number':
      return msg('Son numéro dans nos données ne fonctionne plus');
    case 'town-hall':
      return msg(
        str`Votre mairie (${reason.where}) : demandez le centre communal d’action sociale (CCAS), il sert les habitants de la commune`,
      );
    case 'actor':
      return null;
  }
}
