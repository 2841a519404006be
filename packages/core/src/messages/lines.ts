import { msg, str } from '@lit/localize';
import type { RemoteLine } from '../routing/remote.js';
import { readableHours } from './hours.js';
import { WEEKDAY_NAMES } from './labels.js';

/**
 * When a line answers, on the person's own clock: "Jour et nuit, 7 jours sur 7", or its hours
 * ("lundi – vendredi : 12:00–21:00"); nothing for lines whose hours vary by local fund.
 */
export function lineHoursText(line: Pick<RemoteLine, 'hours'>): string | null {
  if (!line.hours) return null;
  if (line.hours === '24/7') return msg('Jour et nuit, 7 jours sur 7');
  const { lines } = readableHours(line.hours);
  return lines.map((l) => (l.times ? `${l.days} : ${l.times}` : l.days)).join(' ; ');
}

/** Whether a line with limited hours answers now, or when it opens. */
export function lineStatusText(line: Pick<RemoteLine, 'open'>): string | null {
  const open = line.open;
  if (!open || open.state === 'unknown') return null;
  if (open.state === 'open') return msg(str`Répond maintenant, jusqu'à ${open.closesAt}`);
  if (!open.nextOpening) return msg('Ne répond pas en ce moment');
  const { time, inDays } = open.nextOpening;
  // Later on the person's own today (a Paris call centre seen from La Réunion in the morning).
  if (inDays === 0) return msg(str`Ne répond pas en ce moment : répond à nouveau aujourd’hui à ${time}`);
  const day = WEEKDAY_NAMES()[open.nextOpening.weekday] ?? '';
  return msg(str`Ne répond pas en ce moment : répond à nouveau ${day} à ${time}`);
}

/** How to reach a line: call it, or send it a text message (the 114). */
export const lineActionText = (line: Pick<RemoteLine, 'sms'>): string =>
  line.sms ? msg('Envoyer un SMS') : msg('Appeler');

/** The general social security funds overseas (CGSS): one description for the four. */
const cgss = () =>
  msg('La caisse générale de sécurité sociale : assurance maladie et retraite de votre département');

/** What each built-in line is for, by id (the tables in routing/ hold their numbers and hours). */
const DESCRIPTIONS: Record<string, () => string> = {
  'cgss-971': cgss,
  'cgss-972': cgss,
  'cgss-973': cgss,
  'cgss-974': cgss,
  'cssm-976': () =>
    msg('À Mayotte, la CSSM verse les prestations familiales, le RSA, l’assurance maladie et les retraites'),
  'cps-975': () =>
    msg(
      'À Saint-Pierre-et-Miquelon, la CPS gère l’assurance maladie, les prestations familiales et les retraites',
    ),
  'cpswf-986': () => msg('À Wallis-et-Futuna, la CPSWF verse les prestations familiales et les retraites'),
  'cps-987': () =>
    msg(
      'En Polynésie française, la CPS gère l’assurance maladie, les prestations familiales et les retraites',
    ),
  'cafat-988': () =>
    msg(
      'En Nouvelle-Calédonie, la CAFAT gère l’assurance maladie, les prestations familiales, les retraites et le chômage',
    ),
  'solidarite-numerique': () =>
    msg('Aide gratuite par téléphone pour les démarches en ligne et les outils numériques'),
  'caf-3230': () => msg('La CAF par téléphone (service gratuit + prix d’un appel)'),
  'assurance-maladie-3646': () =>
    msg('L’Assurance Maladie par téléphone (service gratuit + prix d’un appel)'),
  'impots-0809401401': () => msg('Les impôts par téléphone (appel non surtaxé)'),
  'france-travail-3949': () =>
    msg('France Travail par téléphone, y compris pour s’actualiser (service gratuit + prix d’un appel)'),
  'assurance-retraite-3960': () =>
    msg('L’Assurance retraite par téléphone (service gratuit + prix d’un appel)'),
  'ants-3400': () => msg('L’ANTS par téléphone (titres, permis, carte grise)'),
  'anef-contact': () =>
    msg(
      'Titres de séjour et naturalisation en ligne : le centre de contact répond par téléphone et par formulaire ; en préfecture, le point d’accueil numérique aide à faire la demande',
    ),
  'france-renov-0808800700': () =>
    msg('Un conseiller France Rénov’ gratuit près de chez vous, par téléphone (appel gratuit)'),
  'antai-0811101010': () => msg('Les amendes par téléphone (0,06 €/min + prix d’un appel)'),
  'urssaf-3698': () =>
    msg('L’Urssaf des micro-entrepreneurs par téléphone (service gratuit + prix d’un appel)'),
  'cheque-energie-0805204805': () => msg('Le chèque énergie par téléphone (appel gratuit)'),
  'urgence-115': () =>
    msg('Sans abri ou à la rue ce soir : hébergement d’urgence, jour et nuit, appel gratuit'),
  'violences-3919': () =>
    msg('Violences faites aux femmes : écoute et orientation, anonyme et gratuit, jour et nuit'),
  'police-17': () => msg('En danger immédiat : la police ou la gendarmerie, jour et nuit, appel gratuit'),
  'sms-114': () => msg('En danger et vous ne pouvez pas parler : écrivez un SMS au 114, jour et nuit'),
  'enfance-119': () => msg('Un enfant en danger ou en risque de l’être : appel gratuit, jour et nuit'),
  'maltraitance-3977': () =>
    msg(
      'Maltraitance d’une personne âgée ou d’un adulte en situation de handicap : écoute et conseil, appel gratuit',
    ),
  'banque-de-france-3414': () =>
    msg(
      'Dettes impossibles à rembourser : dossier de surendettement et orientation vers un Point conseil budget',
    ),
};

/** What a line is for, in the active language; null for a line the catalogue does not know. */
export const lineDescription = (line: Pick<RemoteLine, 'id'>): string | null =>
  DESCRIPTIONS[line.id]?.() ?? null;
