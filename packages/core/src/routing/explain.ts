import type { Competence, RestrictedPublic } from '../places/classification.js';
import type { Body } from '../procedures/types.js';
import type { Text } from '../text/types.js';
import { ACTOR_LABELS, type ActorKind } from './actors.js';

/** Machine-readable reasons of a result: the contract; sentences are made from them. */
export type Reason =
  | { code: 'actor'; kind: ActorKind }
  | { code: 'programme'; value: string }
  | { code: 'procedure-fit'; value: string }
  /** An Aidants Connect helper may do it in the person's name, with a mandate. */
  | { code: 'does-it-for-you' }
  /** France Services: the agent does it with the person and can contact the partner body. */
  | { code: 'does-it-with-you' }
  /** Accompanies step by step (v0 "A ma place" without an authorisation behind it). */
  | { code: 'step-by-step' }
  /** Reserved to these publics (shown only to people who said they belong to one). */
  | { code: 'restricted'; publics: RestrictedPublic[] }
  | { code: 'support'; value: string }
  | { code: 'public'; value: string }
  | { code: 'free' }
  | { code: 'open'; closesAt: string }
  | { code: 'opens'; date: string; weekday: number; time: string }
  | { code: 'closed'; holiday?: string }
  | { code: 'hours-unknown' }
  /** `approximate`: only the town is known; `uncertaintyKm`: about how far the place may be from its centre. */
  | { code: 'distance'; km: number; approximate: boolean; uncertaintyKm?: number }
  | { code: 'stale'; date: string }
  /** A door that serves residents only, and the person is one: their commune's or département's. */
  /** `area`: the part of the département it serves, when not all of it (la Métropole de Lyon). */
  | { code: 'yours'; scope: Competence; where: string; area?: string }
  /** The person's town hall, offered as the door of their commune's CCAS (no CCAS place known). */
  | { code: 'town-hall'; where: string }
  | { code: 'date-unknown' };

const BODY_NAMES: Record<Body, Text> = {
  caf: { fr: 'CAF', en: 'CAF' },
  'assurance-maladie': { fr: 'Assurance Maladie', en: 'health insurance' },
  impots: { fr: 'impôts', en: 'tax' },
  ants: { fr: 'ANTS', en: 'ANTS' },
  'france-travail': { fr: 'France Travail', en: 'France Travail' },
  retraite: { fr: 'retraite', en: 'pension' },
  msa: { fr: 'MSA', en: 'MSA' },
  interieur: { fr: 'titre de séjour et nationalité', en: 'residence permit and citizenship' },
  franceconnect: { fr: 'FranceConnect', en: 'FranceConnect' },
  energie: { fr: 'chèque énergie', en: 'energy cheque' },
  mdph: { fr: 'MDPH', en: 'MDPH' },
  logement: { fr: 'logement social', en: 'social housing' },
  'service-public': { fr: 'service-public.fr', en: 'service-public.fr' },
  elections: { fr: 'vote par procuration', en: 'proxy voting' },
  departement: { fr: 'APA', en: 'APA' },
  renovation: { fr: 'rénovation', en: 'renovation' },
  antai: { fr: 'amendes', en: 'fines' },
  formation: { fr: 'formation', en: 'training' },
  etudes: { fr: 'études', en: 'higher education' },
  urssaf: { fr: 'Urssaf', en: 'Urssaf' },
  transport: { fr: 'transport', en: 'transport' },
  education: { fr: 'scolarité', en: 'school' },
  autre: { fr: 'administratives', en: 'administrative' },
};

const WEEKDAYS: Text[] = [
  { fr: 'lundi', en: 'Monday' },
  { fr: 'mardi', en: 'Tuesday' },
  { fr: 'mercredi', en: 'Wednesday' },
  { fr: 'jeudi', en: 'Thursday' },
  { fr: 'vendredi', en: 'Friday' },
  { fr: 'samedi', en: 'Saturday' },
  { fr: 'dimanche', en: 'Sunday' },
];

const SUPPORT_TEXT: Record<string, Text> = {
  Surdité: { fr: 'accueil des personnes sourdes', en: 'deaf-friendly' },
  'Déficience visuelle': { fr: 'accueil des personnes malvoyantes', en: 'visually-impaired-friendly' },
  'Handicaps moteurs': { fr: 'accessible handicap moteur', en: 'wheelchair-friendly' },
  'Handicaps mentaux': { fr: 'accueil handicap mental', en: 'mental-disability-friendly' },
  Illettrisme: {
    fr: 'accueil des personnes en difficulté avec l’écrit',
    en: 'help with reading and writing',
  },
  'Langues étrangères (anglais)': { fr: 'accueil en anglais', en: 'English spoken' },
  'Langues étrangères (autres)': { fr: 'accueil en langues étrangères', en: 'other languages spoken' },
};

const RESTRICTED_TEXT: Record<RestrictedPublic, Text> = {
  residents: { fr: 'à ses résidents', en: 'its residents' },
  patients: { fr: 'aux personnes suivies par ce service', en: 'people followed by this service' },
  'young-16-25': { fr: 'aux 16-25 ans', en: '16–25 year-olds' },
  'disabled-job-seekers': {
    fr: 'aux demandeurs d’emploi en situation de handicap',
    en: 'job seekers with a disability',
  },
  'under-justice-supervision': {
    fr: 'aux personnes suivies par la justice',
    en: 'people under a justice measure',
  },
};

function km(value: number, lang: 'fr' | 'en'): string {
  const text = value < 10 ? value.toFixed(1) : Math.round(value).toString();
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/** One short sentence: "Labellisé France Services · aide aux démarches CAF · ouvert jusqu'à 17:00 · 1,2 km". */
export function summarize(
  reasons: readonly Reason[],
  body: Body | undefined,
  at: string,
  lang: 'fr' | 'en',
): string {
  const parts: string[] = [];
  const fr = lang === 'fr';
  for (const reason of reasons) {
    switch (reason.code) {
      case 'programme':
        parts.push(
          reason.value === 'France Services'
            ? fr
              ? 'Labellisé France Services'
              : 'France Services label'
            : reason.value,
        );
        break;
      case 'does-it-for-you':
        parts.push(
          fr
            ? 'peut faire la démarche à votre place, avec votre accord (Aidants Connect)'
            : 'can do the procedure on your behalf, with your consent (Aidants Connect)',
        );
        break;
      case 'does-it-with-you':
        parts.push(
          fr
            ? "fait la démarche avec vous et peut contacter l'organisme"
            : 'does the procedure with you and can contact the body',
        );
        break;
      case 'step-by-step':
        parts.push(fr ? 'vous accompagne pas à pas' : 'guides you step by step');
        break;
      case 'restricted':
        parts.push(
          `${fr ? 'réservé' : 'reserved to'} ${reason.publics.map((p) => RESTRICTED_TEXT[p][lang]).join(fr ? ' ou ' : ' or ')}`,
        );
        break;
      case 'actor':
        if (reason.kind === 'do-it-for-me' && reasons.some((r) => r.code === 'does-it-for-you')) break;
        if (reason.kind === 'admin-help' && body) {
          parts.push(
            fr ? `aide aux démarches ${BODY_NAMES[body].fr}` : `help with ${BODY_NAMES[body].en} procedures`,
          );
        } else parts.push(ACTOR_LABELS[reason.kind][lang].toLowerCase());
        break;
      case 'procedure-fit':
        parts.push(reason.value);
        break;
      case 'support':
        parts.push((SUPPORT_TEXT[reason.value] ?? { fr: reason.value, en: reason.value })[lang]);
        break;
      case 'free':
        parts.push(fr ? 'gratuit' : 'free');
        break;
      case 'open':
        parts.push(fr ? `ouvert jusqu'à ${reason.closesAt}` : `open until ${reason.closesAt}`);
        break;
      case 'opens': {
        const day = reason.date === at ? (fr ? "aujourd'hui" : 'today') : WEEKDAYS[reason.weekday]?.[lang];
        parts.push(fr ? `ouvre ${day} à ${reason.time}` : `opens ${day} at ${reason.time}`);
        break;
      }
      case 'closed':
        parts.push(
          reason.holiday
            ? fr
              ? `fermé (${reason.holiday})`
              : `closed (${reason.holiday})`
            : fr
              ? 'fermé'
              : 'closed',
        );
        break;
      case 'hours-unknown':
        parts.push(fr ? 'horaires non précisés' : 'hours not given');
        break;
      case 'distance':
        // An approximate point is the commune's centre: "0,0 km" would promise too much.
        if (reason.approximate && reason.km < (reason.uncertaintyKm ?? 1))
          parts.push(fr ? 'dans la commune, adresse approximative' : 'in the town, approximate address');
        else if (reason.approximate)
          parts.push(
            fr
              ? `≈ ${km(reason.km, lang)} km, adresse approximative`
              : `≈ ${km(reason.km, lang)} km, approximate address`,
          );
        else parts.push(`${km(reason.km, lang)} km`);
        break;
      case 'stale':
        parts.push(
          fr
            ? `informations de ${reason.date.slice(0, 4)} : appelez avant de vous déplacer`
            : `information from ${reason.date.slice(0, 4)}: call before you go`,
        );
        break;
      case 'date-unknown':
        parts.push(
          fr
            ? 'date de mise à jour inconnue : appelez avant de vous déplacer'
            : 'update date unknown: call before you go',
        );
        break;
      case 'yours': {
        const served = reason.scope === 'commune' ? reason.where : reason.area;
        parts.push(
          served
            ? fr
              ? `c'est le vôtre : il sert les habitants de ${served}`
              : `it is yours: it serves the residents of ${served}`
            : fr
              ? "c'est le vôtre : il sert les habitants de votre département"
              : 'it is yours: it serves the residents of your département',
        );
        break;
      }
      case 'town-hall':
        parts.push(
          fr
            ? `votre mairie (${reason.where}) : demandez le centre communal d'action sociale (CCAS), il sert les habitants de la commune`
            : `your town hall (${reason.where}): ask for the social action centre (CCAS), which serves the commune's residents`,
        );
        break;
      case 'public':
        break;
    }
  }
  const sentence = parts.join(' · ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
