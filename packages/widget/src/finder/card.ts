import { msg, str } from '@lit/localize';
import type { OrientedPlace } from '@mediation-finder/core';
import { kindLabel, readableHours, reasonText, supportValue } from '@mediation-finder/core/messages';
import { displayPhone, readableCase } from '@mediation-finder/core/text';
import { html, nothing } from 'lit';
import { longDate } from './format.js';

/**
 * One place of the results, as a render module: who it is, why it fits, when it opens, how to
 * reach it, and the button that puts it on the slip.
 */
export interface CardContext {
  locale: string;
  /** Chosen for the orientation slip. */
  selected: boolean;
  onSelect(): void;
}

/** A place's card, numbered as on the map. */
export function renderCard(r: OrientedPlace, n: number, { locale, selected, onSelect }: CardContext) {
  const p = r.place;
  const reasons = r.reasons.map((reason) => reasonText(reason, locale)).filter((t): t is string => !!t);
  const directions = `https://www.openstreetmap.org/directions?to=${p.latitude}%2C${p.longitude}`;
  return html`<li part="card" class="card" data-id=${r.id} ?data-selected=${selected}>
    <span class="kind">${kindLabel(r.actor)}</span>
    <h4 tabindex="-1"><span class="number" aria-hidden="true">${n}</span><bdi lang="fr">${readableCase(p.nom)}</bdi></h4>
    <p><bdi lang="fr">${placeAddress(p)}</bdi></p>
    <ul class="reasons" aria-label=${msg('Pourquoi ce lieu')}>${reasons.map((t) => html`<li>${t}</li>`)}</ul>
    ${
      p.prise_en_charge_specifique.length
        ? html`<p class="meta">${msg('Accueil adapté :')} ${p.prise_en_charge_specifique.map(supportValue).join(', ')}</p>`
        : nothing
    }
    ${p.horaires ? renderHours(p.horaires) : nothing}
    <ul class="contacts" aria-label=${msg('Contacter')}>
      ${r.telephone ? html`<li><a href="tel:${r.telephone.replace(/\s/g, '')}">${msg('Appeler')} <bdi dir="ltr">${displayPhone(r.telephone)}</bdi></a></li>` : nothing}
      ${p.courriels[0] ? html`<li><a href="mailto:${p.courriels[0]}">${msg('Écrire un e-mail')}</a></li>` : nothing}
      ${p.site_web[0] ? html`<li><a href=${p.site_web[0]} target="_blank" rel="noopener noreferrer">${msg('Site web')}<span class="visually-hidden"> ${msg('(nouvelle fenêtre)')}</span></a></li>` : nothing}
      ${p.prise_rdv ? html`<li><a href=${p.prise_rdv} target="_blank" rel="noopener noreferrer">${msg('Prendre rendez-vous')}<span class="visually-hidden"> ${msg('(nouvelle fenêtre)')}</span></a></li>` : nothing}
      <li><a href=${directions} target="_blank" rel="noopener noreferrer">${msg('Itinéraire')}<span class="visually-hidden"> ${msg('(nouvelle fenêtre)')}</span></a></li>
    </ul>
    <p class="meta">${p.date_maj ? msg(str`Informations mises à jour le ${longDate(p.date_maj, locale)}`) : msg('Date de mise à jour inconnue')}</p>
    <button type="button" class="secondary" aria-pressed=${selected ? 'true' : 'false'} @click=${onSelect}>
      ${msg('Choisir ce lieu pour la fiche')}<span class="visually-hidden"> : ${p.nom}</span>
    </button>
  </li>`;
}

/** A place's address, its lines written in capitals by some files shown in the usual case. */
export function placeAddress(p: OrientedPlace['place']): string {
  const lines = [p.adresse, p.complement_adresse, `${p.code_postal} ${p.commune}`];
  return lines
    .map((line) => readableCase(line ?? ''))
    .filter(Boolean)
    .join(', ');
}

/** Opening hours as a list of days, or the text as published when it cannot be read. */
export function renderHours(text: string) {
  const { lines, raw } = readableHours(text);
  if (raw) return html`<p class="meta">${msg('Horaires :')} <bdi lang="fr">${text}</bdi></p>`;
  return html`<div class="meta">${msg('Horaires :')}<ul class="hours">${lines.map(
    (line) =>
      html`<li>${line.days}${line.times ? html` : <bdi dir="ltr">${line.times}</bdi>` : nothing}</li>`,
  )}</ul></div>`;
}
