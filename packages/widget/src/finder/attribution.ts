import { msg, str } from '@lit/localize';
import type { Attribution } from '@mediation-finder/core';
import { html, nothing } from 'lit';
import { longDate } from './format.js';

/** Whose data the places are, and from when, as every page that shows them must say. */
export function renderAttribution(a: Attribution | null, locale: string) {
  if (!a)
    return html`${msg('Données : lieux de médiation numérique (ANCT, data·inclusion, France Services), Licence Ouverte 2.0.')}`;
  const licence = a.licence && !a.text.includes(a.licence) ? ` ${a.licence}.` : '';
  return html`${msg('Source des données :')} <span lang="fr">${a.text}</span>.${licence} ${a.date ? msg(str`Données à jour au ${longDate(a.date, locale)}.`) : nothing}`;
}
