import type { Body, Text } from '../procedures/types.js';
import { ACTOR_LABELS, type ActorKind } from './actors.js';

/** Machine-readable reasons of a result: the contract; sentences are made from them. */
export type Reason =
  | { code: 'actor'; kind: ActorKind }
  | { code: 'programme'; value: string }
  | { code: 'procedure-fit'; value: string }
  | { code: 'does-it-for-you' }
  | { code: 'support'; value: string }
  | { code: 'public'; value: string }
  | { code: 'free' }
  | { code: 'open'; closesAt: string }
  | { code: 'opens'; date: string; weekday: number; time: string }
  | { code: 'closed'; holiday?: string }
  | { code: 'hours-unknown' }
  | { code: 'distance'; km: number; approximate: boolean }
  | { code: 'stale'; date: string };

const BODY_NAMES: Record<Body, Text> = {
  caf: { fr: 'CAF', en: 'CAF' },
  'assurance-maladie': { fr: 'Assurance Maladie', en: 'health insurance' },
  impots: { fr: 'impôts', en: 'tax' },
  ants: { fr: 'ANTS', en: 'ANTS' },
  'france-travail': { fr: 'France Travail', en: 'France Travail' },
  retraite: { fr: 'retraite', en: 'pension' },
  msa: { fr: 'MSA', en: 'MSA' },
  interieur: { fr: 'titre de séjour', en: 'residence permit' },
  franceconnect: { fr: 'FranceConnect', en: 'FranceConnect' },
  energie: { fr: 'chèque énergie', en: 'energy cheque' },
  mdph: { fr: 'MDPH', en: 'MDPH' },
  logement: { fr: 'logement social', en: 'social housing' },
  'service-public': { fr: 'service-public.fr', en: 'service-public.fr' },
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
        parts.push(fr ? 'peut faire la démarche pour vous' : 'can do the procedure for you');
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
        if (reason.approximate && reason.km < 1) parts.push(fr ? 'dans la commune' : 'in the town');
        else parts.push(`${reason.approximate ? '≈ ' : ''}${km(reason.km, lang)} km`);
        break;
      case 'stale':
        parts.push(
          fr ? `informations de ${reason.date.slice(0, 4)}` : `information from ${reason.date.slice(0, 4)}`,
        );
        break;
      case 'public':
        break;
    }
  }
  const sentence = parts.join(' · ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
