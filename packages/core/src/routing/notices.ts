import { PROCEDURES } from '../procedures/catalogue.js';
import { displayPhone } from '../text/normalize.js';
import type { Text } from '../text/types.js';
import { ACTOR_LABELS } from './actors.js';
import type { Notice } from './orient.js';

const FILTER_NAMES: Record<string, Text> = {
  free: { fr: 'gratuit', en: 'free' },
  'without-appointment': { fr: 'sans rendez-vous', en: 'without appointment' },
  'open-now': { fr: 'ouvert à cette heure', en: 'open at that time' },
  modalities: { fr: 'façon d’aider choisie', en: 'chosen way of helping' },
};

/** A notice as a sentence, for the CLI and other callers without their own message catalogue. */
export function describeNotice(n: Notice, lang: 'fr' | 'en'): string {
  const fr = lang === 'fr';
  switch (n.code) {
    case 'far': {
      const label = ACTOR_LABELS[n.kind][lang];
      const phone = n.phone ? displayPhone(n.phone) : '';
      const call = phone
        ? fr
          ? `appelez-le au ${phone} avant de vous déplacer`
          : `call it on ${phone} before you go`
        : fr
          ? 'appelez-le avant de vous déplacer'
          : 'call it before you go';
      return fr
        ? `Le lieu « ${label} » le plus proche est à ${n.km} km (${n.name}) : ${call}. Les lieux plus proches ci-dessous peuvent aussi vous aider.`
        : `The nearest "${label}" place is ${n.km} km away (${n.name}): ${call}. The nearer places below can help too.`;
    }
    case 'none-of-first-kind': {
      const label = ACTOR_LABELS[n.kind][lang];
      return fr
        ? `Aucun lieu « ${label} » à moins de ${n.km} km : voici les autres aides possibles.`
        : `No "${label}" place within ${n.km} km: here are the other kinds of help.`;
    }
    case 'departement-social-service': {
      const phone = n.phone ? displayPhone(n.phone) : '';
      const call = phone ? (fr ? ` au ${phone}` : ` on ${phone}`) : '';
      return fr
        ? `Le service social du département : aucun accueil de votre secteur n’est connu ici. Appelez le standard (${n.name})${call} : il vous donnera l’adresse de l’accueil qui vous sert.`
        : `The département's social service: no office for your sector is known here. Call the switchboard (${n.name})${call}: it will give you the address of the office that serves you.`;
    }
    case 'filtered-out': {
      const list = n.filters.map((f) => FILTER_NAMES[f]?.[lang] ?? f).join(', ');
      return fr
        ? `${n.count} autre(s) lieu(x) à moins de ${n.km} km ne correspondent pas à vos filtres (${list}).`
        : `${n.count} other place(s) within ${n.km} km do not match your filters (${list}).`;
    }
    case 'other-body': {
      const procedure = PROCEDURES.find((p) => p.id === n.procedure)?.label[lang] ?? n.procedure;
      return n.missing
        ? fr
          ? `« ${procedure} » n’existe pas sur ce territoire (${n.territory}) : la ${n.instead} et le service social de la commune diront à quoi la personne a droit.`
          : `"${procedure}" does not exist in this territory (${n.territory}): the ${n.instead} and the town's social service will say what the person is entitled to.`
        : fr
          ? `Sur ce territoire (${n.territory}), cette démarche relève de la ${n.instead}.`
          : `In this territory (${n.territory}), this procedure is handled by the ${n.instead}.`;
    }
  }
}
