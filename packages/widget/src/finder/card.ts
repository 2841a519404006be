import { msg, str } from '@lit/localize';
import type { Bring, OrientedPlace, Reason } from '@mediation-finder/core';
import {
  bringLabel,
  kindLabel,
  readableHours,
  reasonText,
  supportValue,
} from '@mediation-finder/core/messages';
import { displayPhone, readableCase } from '@mediation-finder/core/text';
import { html, nothing } from 'lit';
import { longDate } from './format.js';

/**
 * One place of the results, as a render module. Short, so that the first place fits on a phone's
 * first screen at 200 % text: who it is, why it fits, how far, whether it is open now, a call;
 * the rest (hours, what to bring, links, accessibility, the data's date) opens on demand. Three Tab
 * stops at most: the call, the details, the button that puts it on the slip.
 */
export interface CardContext {
  locale: string;
  /** Chosen for the orientation slip. */
  selected: boolean;
  /** What to bring for the procedure searched. */
  bring: readonly Bring[];
  onSelect(): void;
}

/** Reasons the card says elsewhere than under "why": when it opens, how far, whether to call first. */
const WHEN: ReadonlySet<Reason['code']> = new Set(['open', 'opens', 'closed', 'hours-unknown']);
const CAUTION: ReadonlySet<Reason['code']> = new Set([
  'stale',
  'date-unknown',
  'national-line',
  'retired-number',
]);

/** A place's card, numbered as on the map. */
export function renderCard(r: OrientedPlace, n: number, { locale, selected, bring, onSelect }: CardContext) {
  const p = r.place;
  const texts = (keep: (code: Reason['code']) => boolean) =>
    r.reasons
      .filter((reason) => keep(reason.code))
      .map((reason) => reasonText(reason, locale))
      .filter((t): t is string => !!t);
  const why = texts((code) => !WHEN.has(code) && !CAUTION.has(code) && code !== 'distance');
  const when = [...texts((code) => code === 'distance'), ...texts((code) => WHEN.has(code))];
  return html`<li part="card" class="card" data-id=${r.id} ?data-selected=${selected}>
    <h4 tabindex="-1"><span class="number" aria-hidden="true">${n}</span><bdi lang="fr">${readableCase(p.nom)}</bdi></h4>
    ${selected ? html`<p class="chosen">${msg('✓ Sur la fiche')}</p>` : nothing}
    ${why.length ? html`<ul class="reasons" aria-label=${msg('Pourquoi ce lieu')}>${why.map((t) => html`<li>${t}</li>`)}</ul>` : nothing}
    <p class="today">${when.join(' · ')}</p>
    ${r.telephone ? html`<p class="call"><a href="tel:${r.telephone.replace(/\s/g, '')}">${msg('Appeler')}<span class="visually-hidden"> <bdi lang="fr">${readableCase(p.nom)}</bdi>,</span> <bdi dir="ltr">${displayPhone(r.telephone)}</bdi></a></p>` : nothing}
    <p class="kind">${kindLabel(r.actor)}</p>
    ${texts((code) => CAUTION.has(code)).map((t) => html`<p class="meta">${t}</p>`)}
    <p class="address"><bdi lang="fr">${placeAddress(p)}</bdi></p>
    <details>
      <summary>${msg('Horaires, documents et accès')}<span class="visually-hidden"> — <bdi lang="fr">${readableCase(p.nom)}</bdi></span></summary>
      ${renderDetails(r, bring, locale)}
    </details>
    <button type="button" class="secondary" aria-pressed=${selected ? 'true' : 'false'} @click=${onSelect}>
      ${selected ? msg('Retirer de la fiche') : msg('Ajouter à la fiche')}<span class="visually-hidden"> : <bdi lang="fr">${readableCase(p.nom)}</bdi></span>
    </button>
  </li>`;
}

/** What a card opens on demand: hours, accessibility, what to bring, the other ways in, the data's date. */
function renderDetails({ place: p }: OrientedPlace, bring: readonly Bring[], locale: string) {
  const directions = `https://www.openstreetmap.org/directions?to=${p.latitude}%2C${p.longitude}`;
  const newWindow = html`<span class="visually-hidden"> ${msg('(nouvelle fenêtre)')}</span>`;
  return html`${p.horaires ? renderHours(p.horaires) : nothing}
    ${
      p.prise_en_charge_specifique.length
        ? html`<p class="meta">${msg('Accueil adapté :')} ${p.prise_en_charge_specifique.map(supportValue).join(', ')}</p>`
        : nothing
    }
    ${bring.length ? html`<div class="meta">${msg('À apporter')}<ul class="bring">${bring.map((b) => html`<li>${bringLabel(b)}</li>`)}</ul></div>` : nothing}
    <ul class="contacts" aria-label=${msg('Contacter')}>
      ${p.prise_rdv ? html`<li><a href=${p.prise_rdv} target="_blank" rel="noopener noreferrer">${msg('Prendre rendez-vous')}${newWindow}</a></li>` : nothing}
      <li><a href=${directions} target="_blank" rel="noopener noreferrer">${msg('Itinéraire')}${newWindow}</a></li>
      ${p.courriels[0] ? html`<li><a href=${mailtoHref(p.courriels[0])}>${msg('Écrire un e-mail')}</a></li>` : nothing}
      ${p.site_web[0] ? html`<li><a href=${p.site_web[0]} target="_blank" rel="noopener noreferrer">${msg('Site web')}${newWindow}</a></li>` : nothing}
    </ul>
    <p class="meta">${p.date_maj ? msg(str`Informations mises à jour le ${longDate(p.date_maj, locale)}`) : msg('Date de mise à jour inconnue')}</p>`;
}

/**
 * A link that writes to one address and nothing else: what would start a subject, a body or a
 * Bcc (`?`, `&`, `=`, `#`, `%`) is escaped, so that a dataset's "address" can never add headers.
 */
const mailtoHref = (address: string) => `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}`;

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
