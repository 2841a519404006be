import { msg, str } from '@lit/localize';
import type { Commune } from '../geo/gazetteer.js';
import { communeLabel, type ResolveFailure } from '../geo/resolve.js';
import type { Notice, Orientation } from '../routing/orient.js';
import { formatKm, kindLabel } from './labels.js';

/**
 * A notice in words. Its phone number, when it has one, is not in the sentence: each surface
 * shows it its own way (a `tel:` link, a line of the CLI's output).
 */
export function noticeText(n: Notice, locale = 'fr'): string {
  switch (n.code) {
    case 'far': {
      const { name, km } = n;
      const kind = kindLabel(n.kind);
      return msg(
        str`Le lieu « ${kind} » le plus proche, ${name}, est à ${km} km : appelez-le avant de vous déplacer. Les lieux plus proches ci-dessous peuvent aussi vous aider.`,
      );
    }
    case 'none-of-first-kind': {
      const kind = kindLabel(n.kind);
      return msg(str`Aucun lieu « ${kind} » à moins de ${n.km} km : voici les autres aides possibles.`);
    }
    case 'departement-social-service': {
      const { name } = n;
      return msg(
        str`Service social du département : aucun accueil de votre secteur n’est connu ici. Appelez le standard (${name}) : il vous donnera l’adresse de l’accueil qui vous sert.`,
      );
    }
    case 'beyond-area': {
      const { name } = n;
      const km = formatKm(n.km, locale);
      return msg(
        str`Ce site présente d’abord les lieux de son territoire. ${name}, à ${km} km de chez vous, est en dehors : il peut aussi vous aider.`,
      );
    }
    case 'outside-area':
      return msg(
        'Vous habitez en dehors du territoire de ce site : voici les lieux qui peuvent vous aider près de chez vous.',
      );
    case 'filtered-out':
      return msg(str`${n.count} autres lieux à moins de ${n.km} km ne correspondent pas à vos filtres.`);
    case 'other-body':
      return n.missing
        ? msg(
            str`Cette démarche n’existe pas sur votre territoire. L’organisme qui vous aide à la place : ${n.instead}.`,
          )
        : msg(str`Sur votre territoire, cette démarche relève d’un autre organisme : ${n.instead}.`);
    case 'in-person':
      return msg(
        'Après la demande, votre identité est vérifiée en personne : dans un commissariat, une gendarmerie ou un consulat, ou en ligne avec l’application France Identité. Personne ne peut le faire à votre place.',
      );
    case 'home-visit': {
      if (n.by === 'police')
        return msg(
          'Si vous ne pouvez pas vous déplacer, un policier ou un gendarme peut venir chez vous pour la procuration. Demandez-le par écrit au commissariat ou à la gendarmerie, avec un justificatif (un certificat médical, par exemple).',
        );
      const { name } = n;
      return n.by === 'departement'
        ? msg(
            str`Une équipe du département peut venir chez vous évaluer vos besoins. Appelez ${name} pour demander sa visite.`,
          )
        : msg(
            str`Le centre communal d’action sociale (CCAS) peut venir chez vous. Appelez ${name} et demandez une visite à domicile.`,
          );
    }
  }
}

/** Why places farther than the first radius are shown. */
export function widenedText(widened: NonNullable<Orientation['widened']>): string {
  const { from_km: from, to_km: to } = widened;
  if (widened.missing) {
    const kind = kindLabel(widened.missing);
    return msg(str`Aucun lieu « ${kind} » à moins de ${from} km : la recherche a été élargie à ${to} km.`);
  }
  return msg(
    str`Il n’y a pas assez de lieux adaptés à moins de ${from} km : la recherche a été élargie à ${to} km.`,
  );
}

/**
 * Why what a person typed gives no place to search from, and what to type instead: for a name one
 * letter from some communes ("Melum"), the question « Vouliez-vous dire Melun (77000) ? » too,
 * and for a name several communes have, their list; unless `offered` (the widget shows each as a
 * button, `didYouMeanText`).
 */
export function locationErrorText(failure: ResolveFailure, offered = false): string {
  const { text } = failure;
  switch (failure.error) {
    case 'empty':
      return msg('Indiquez un code postal ou une commune.');
    case 'invalid-postal-code':
      return msg(str`« ${text} » n’est pas un code postal : il faut 5 chiffres.`);
    case 'unknown-postal-code':
      return msg(str`Le code postal ${text} ne correspond à aucune commune.`);
    case 'ambiguous': {
      if (offered) return msg(str`Plusieurs communes correspondent à « ${text} » : choisissez la vôtre.`);
      const list = (failure.candidates ?? []).slice(0, 5).map(communeLabel).join(', ');
      return msg(str`Plusieurs communes correspondent à « ${text} » : ${list}. Précisez le code postal.`);
    }
    case 'invalid-coordinates':
      return msg('Ces coordonnées sont impossibles.');
    case 'not-located': {
      const name = failure.commune?.name ?? text;
      return msg(str`La commune ${name} est connue, mais pas sa position : tapez une commune voisine.`);
    }
    case 'unknown-place': {
      const sentence = msg(str`Aucune commune ne s’appelle « ${text} ».`);
      const candidates = failure.candidates ?? [];
      return candidates.length && !offered ? `${sentence} ${didYouMeanText(...candidates)}` : sentence;
    }
  }
}

/** « Vouliez-vous dire Melun (77000) ? »: a commune a name one letter wrong may mean (or several). */
export function didYouMeanText(...communes: Commune[]): string {
  const list = communes.map(communeLabel).join(', ');
  return msg(str`Vouliez-vous dire ${list} ?`);
}
