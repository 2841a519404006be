import type { RemoteOption, Situation } from './line.js';
import { OWN_SOCIAL_SECURITY } from './national-lines.js';

/**
 * Emergency and specialised lines, free, by situation. In a crisis (see `CRISIS_SITUATIONS`) the
 * lines of the situations the person named come first, in this table's order for each.
 * Checked against service-public.fr and the lines' own sites: each entry says where.
 */
export const SITUATION_OPTIONS: RemoteOption[] = [
  {
    id: 'urgence-115',
    name: '115 — urgence sociale',
    situations: ['homeless'],
    notIn: OWN_SOCIAL_SECURITY,
    phone: '115',
    hours: '24/7',
    url: 'https://www.service-public.fr/particuliers/recherche?keyword=115%20urgence%20sociale',
    // Source: service-public.fr, « Hébergement d’urgence » (115, gratuit, 24 h sur 24, 7 jours sur 7)
  },
  {
    id: 'violences-3919',
    name: '3919 — Violences Femmes Info',
    situations: ['violence'],
    phone: '3919',
    hours: '24/7',
    url: 'https://arretonslesviolences.gouv.fr/',
    // 24 hours a day since 28 June 2021, 7 days a week since August 2021, from mainland France
    // and the overseas départements.
    // Source: arretonslesviolences.gouv.fr ; ministère de l’Égalité entre les femmes et les hommes, communiqué du 22 juin 2021 (24 h/24, 7 j/7, métropole et outre-mer)
  },
  {
    id: 'police-17',
    name: '17 — Police secours',
    situations: ['violence', 'child-danger', 'abuse'],
    immediate: true,
    phone: '17',
    hours: '24/7',
    url: 'https://www.service-public.fr/particuliers/recherche?keyword=num%C3%A9ros%20d%27urgence',
    // Source: service-public.fr, « Numéros d’urgence » (17 : police ou gendarmerie, gratuit, 24 h sur 24)
  },
  {
    id: 'sms-114',
    name: '114 — par SMS',
    situations: ['violence'],
    notIn: OWN_SOCIAL_SECURITY,
    immediate: true,
    phone: '114',
    sms: true,
    hours: '24/7',
    url: 'https://www.info.urgence114.fr/',
    // Source: info.urgence114.fr ; handicap.fr, 2021 (le 114 par SMS, application ou site pour qui ne peut pas parler, 24 h sur 24)
  },
  {
    id: 'enfance-119',
    name: '119 — Allô Enfance en danger',
    situations: ['child-danger'],
    phone: '119',
    hours: '24/7',
    url: 'https://www.allo119.gouv.fr/',
    // Source: allo119.gouv.fr (gratuit, 24 h sur 24, 7 jours sur 7)
  },
  {
    id: 'maltraitance-3977',
    name: '3977 — maltraitance',
    situations: ['abuse'],
    phone: '3977',
    hours: 'Mo-Fr 09:00-19:00; Sa,Su 09:00-13:00,14:00-19:00',
    timeZone: 'Europe/Paris',
    url: 'https://3977.fr/',
    // Source: 3977.fr ; rhone.fr, « Signaler la maltraitance » (du lundi au vendredi de 9 h à 19 h, le week-end de 9 h à 13 h et de 14 h à 19 h, appel gratuit)
  },
  {
    id: 'banque-de-france-3414',
    name: 'Banque de France — surendettement',
    situations: ['debt'],
    notIn: OWN_SOCIAL_SECURITY,
    phone: '34 14',
    url: 'https://particuliers.banque-france.fr/',
  },
];

/**
 * Places that specialise in a situation, by the data·inclusion typology code the annuaire's
 * listings carry: the CIDFF (centres d'information sur les droits des femmes et des familles)
 * inform women on their rights and accompany victims of violence (their jurists, free). Offered
 * as `situation-help`, first among the places, when the person names the situation.
 */
export const SITUATION_PLACES: Partial<Record<Situation, string[]>> = {
  violence: ['CIDFF'],
};

/**
 * Local hours at which a crisis line is the whole answer and places are "for tomorrow": public
 * desks have closed (the latest close around 19:00), and whoever calls about tonight must call
 * the line.
 */
export const NIGHT = { from: 20 * 60, to: 7 * 60 } as const;
