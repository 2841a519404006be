import { msg, str } from '@lit/localize';
import {
  type Orientation,
  type OrientedPlace,
  type Procedure,
  procedureById,
  remoteOptionsFor,
} from '@mediation-finder/core';
import {
  bringLabel,
  kindLabel,
  lineActionText,
  lineDescription,
  lineHoursText,
  noticeText,
  procedureLabel,
  reasonText,
} from '@mediation-finder/core/messages';
import { displayPhone, readableCase } from '@mediation-finder/core/text';
import { html, nothing } from 'lit';
import { localization } from '../i18n/localization.js';
import { placeAddress, renderHours } from './card.js';
import { longDate, todayIso } from './format.js';
import { crisisLines } from './lines.js';
import { printSlip } from './print.js';
import type { QrCode } from './qr.js';

/**
 * The orientation slip, as a render module: on screen, the names to print (never stored nor
 * sent) and the ways to hand it over; printed, the chosen places, why, when, what to bring and
 * the remote help.
 */
export interface SlipContext {
  /** The finder's own id prefix, for labels. */
  id: string;
  locale: string;
  procedure: Procedure | undefined;
  /** The places chosen by the person, or the first one. */
  places: OrientedPlace[];
  remote: Orientation['remote'];
  /** Crisis lines are printed first, places after them (for tomorrow, at night). */
  crisis: Orientation['crisis'];
  /** Who comes to a person who cannot travel (`home-visit` notices) is printed before places. */
  notices: Orientation['notices'];
  beneficiary: string;
  prescriber: string;
  /** The link to share, when the page allows it. */
  shareUrl: string | null;
  /** The QR code of a link, printed with it when it is the link's (made when printing). */
  qr: { url: string; code: QrCode } | null;
  /** The printed slip in French, beside one in another language (made when printing). */
  french: unknown;
  host: HTMLElement;
  onBeneficiary(name: string): void;
  onPrescriber(name: string): void;
  /** Printing's additions are ready to show: resolves once they are on the page. */
  onPrinted(printed: Pick<SlipContext, 'qr' | 'french'>): Promise<unknown>;
}

type Line = Orientation['remote'][number];

/** The slip of an orientation: the places chosen (`selected`), or the first one. */
export function renderSlipOf(
  o: Orientation,
  selected: readonly string[],
  slip: Omit<SlipContext, 'procedure' | 'places' | 'remote' | 'crisis' | 'notices'>,
) {
  const chosen = o.results.filter((r) => selected.includes(r.id));
  return renderSlip({
    ...slip,
    // A public page only: never a `chrome-extension:`, `file:` or `javascript:` address.
    shareUrl: slip.shareUrl && /^https?:\/\/[^/]/i.test(slip.shareUrl) ? slip.shareUrl : null,
    // The procedure the places were found for, whatever the page has asked since.
    procedure: o.procedure ? procedureById(o.procedure.id) : undefined,
    places: chosen.length ? chosen : o.results.slice(0, 1),
    remote: o.remote,
    crisis: o.crisis,
    notices: o.notices,
  });
}

/** The body's own line (the CAF's 3230…): whom to call about a place with no phone. */
function bodyLine(procedure: Procedure | undefined, remote: readonly Line[]): Line | undefined {
  if (!procedure) return undefined;
  const own = remoteOptionsFor(procedure.body).filter((o) => o.bodies?.includes(procedure.body));
  return remote.find((r) => r.phone && own.some((o) => o.id === r.id));
}

/** On screen: a place printed with no phone, and what the slip gives instead. */
function renderNoPhone(places: readonly OrientedPlace[], call: Line | undefined) {
  const names = places.filter((r) => !r.telephone).map((r) => readableCase(r.place.nom));
  if (!names.length) return nothing;
  const which = names.join(', ');
  return html`<p class="notice" role="note">${
    call
      ? msg(
          str`Pas de téléphone connu pour ${which} : la fiche donne à la place ${call.name}, ${call.phone ?? ''}.`,
        )
      : msg(
          str`Pas de téléphone connu pour ${which} : vérifiez comment le joindre avant d’y envoyer la personne.`,
        )
  }</p>`;
}

/**
 * Prints the slip: first, when it has a link, the link's QR code (its chunk comes now), and when
 * the person's language is not French, the same slip in French beside it, so that the desk the
 * person hands it to reads it too. Lit's messages are one language per page: French is made
 * for the moment of one render, then the person's language is back.
 */
async function print(slip: SlipContext): Promise<void> {
  const french = !slip.locale.startsWith('fr');
  if (slip.shareUrl || french || slip.qr || slip.french) {
    const url = slip.shareUrl;
    const qr = url ? { url, code: (await import('./qr.js')).qrCode(url) } : null;
    await slip.onPrinted({
      qr,
      french: french ? await inFrench(() => renderPrinted({ ...slip, locale: 'fr', qr: null })) : null,
    });
  }
  printSlip(slip.host);
}

async function inFrench<T>(make: () => T): Promise<T> {
  const { getLocale, setLocale } = localization();
  const locale = getLocale();
  await setLocale('fr');
  try {
    return make();
  } finally {
    await setLocale(locale);
  }
}

/** The QR code of the link, for the person's phone. */
function renderQr(qr: QrCode) {
  return html`<div class="qr"><svg role="img" aria-label=${msg('Code QR du lien vers ces lieux')} viewBox="0 0 ${qr.size} ${qr.size}" width="120" height="120" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"></rect><path d=${qr.path} fill="#000"></path></svg>
    <p>${msg('Scannez ce code avec un téléphone pour retrouver ces lieux.')}</p></div>`;
}

export function renderSlip(slip: SlipContext) {
  const { id, locale, procedure, places } = slip;
  const call = bodyLine(procedure, slip.remote);
  const mailBody = [
    procedure ? procedureLabel(procedure) : '',
    ...places.map(
      (r) =>
        `${readableCase(r.place.nom)}\n${placeAddress(r.place)}${r.telephone ? `\n${displayPhone(r.telephone)}` : ''}\n${r.reasons
          .map((x) => reasonText(x, locale))
          .filter(Boolean)
          .join(' · ')}`,
    ),
    slip.shareUrl ?? '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return html`<div part="slip" class="slip screen">
      <h3 id="${id}-slip">${msg('Fiche d’orientation')}</h3>
      <p class="hint">${msg('Pour la personne aidée : les lieux choisis, pourquoi, quand y aller, quoi apporter. Les noms ci-dessous sont seulement imprimés, jamais enregistrés ni envoyés.')}</p>
      ${renderNoPhone(places, call)}
      <div class="names">
        <div><label for="${id}-beneficiary">${msg('Nom de la personne (facultatif)')}</label>
          <input type="text" id="${id}-beneficiary" autocomplete="off" .value=${slip.beneficiary} @input=${(e: Event) => slip.onBeneficiary((e.target as HTMLInputElement).value)} /></div>
        <div><label for="${id}-prescriber">${msg('Orienté par (facultatif)')}</label>
          <input type="text" id="${id}-prescriber" autocomplete="off" .value=${slip.prescriber} @input=${(e: Event) => slip.onPrescriber((e.target as HTMLInputElement).value)} /></div>
      </div>
      <div class="actions">
        <button type="button" @click=${() => print(slip)}>${msg('Imprimer la fiche')}</button>
        <a class="button secondary" href="mailto:?subject=${encodeURIComponent(msg('Où trouver de l’aide'))}&body=${encodeURIComponent(mailBody)}">${msg('Envoyer par e-mail')}</a>
        ${slip.shareUrl ? html`<a class="button secondary" href=${slip.shareUrl}>${msg('Lien à partager')}</a>` : nothing}
      </div>
    </div>
    <div class="slip-pair">${renderPrinted(slip)}${slip.french ?? nothing}</div>`;
}

/** The printed slip: hidden on screen, alone on the sheet when printing. */
function renderPrinted(slip: SlipContext) {
  const { locale, procedure, places } = slip;
  // In a crisis the lines and the doors are the answer: no list of papers to gather.
  const bring = slip.crisis ? [] : (procedure?.bring ?? []);
  const call = bodyLine(procedure, slip.remote);
  const first = crisisLines(slip);
  const others = slip.remote.filter((r) => !first.includes(r));
  const visits = slip.notices.filter((n) => n.code === 'home-visit');
  const line = (r: Line) => {
    const when = lineHoursText(r);
    const about = lineDescription(r);
    return html`<li><bdi lang="fr">${r.name}</bdi>${r.phone ? html` : ${r.sms ? `${lineActionText(r)} ` : ''}<bdi dir="ltr">${r.phone}</bdi>` : nothing}${when ? html` (${when})` : nothing}${about ? html`<br />${about}` : nothing}</li>`;
  };
  const french = locale === 'fr';
  return html`<section class="slip-print" aria-hidden="true" lang=${french ? 'fr' : nothing} dir=${french ? 'ltr' : nothing}>
      <h2>${msg('Fiche d’orientation')}</h2>
      ${slip.beneficiary ? html`<p>${msg('Pour :')} <strong>${slip.beneficiary}</strong></p>` : nothing}
      ${procedure ? html`<p>${msg('Démarche :')} <strong>${procedureLabel(procedure)}</strong></p>` : nothing}
      ${first.length ? html`<h3>${msg('Appelez d’abord')}</h3><ul class="crisis-lines">${first.map(line)}</ul>` : nothing}
      ${visits.length ? html`<h3>${msg('Qui peut venir chez vous')}</h3>${visits.map((n) => html`<p>${noticeText(n)}${'phone' in n && n.phone ? html` <bdi dir="ltr">${displayPhone(n.phone)}</bdi>` : nothing}</p>`)}` : nothing}
      ${slip.crisis?.placesLater ? html`<h3>${msg('Pour demain')}</h3>` : nothing}
      ${places.map(
        (r) => html`<div class="card"><h3><bdi lang="fr">${readableCase(r.place.nom)}</bdi></h3>
          <p><bdi lang="fr">${placeAddress(r.place)}</bdi></p>
          <p>${kindLabel(r.actor)} — ${r.reasons
            .map((x) => reasonText(x, locale))
            .filter(Boolean)
            .join(' · ')}</p>
          ${r.place.horaires ? renderHours(r.place.horaires) : nothing}
          ${
            r.telephone
              ? html`<p>${msg('Téléphone :')} <bdi dir="ltr">${displayPhone(r.telephone)}</bdi></p>`
              : call?.phone
                ? html`<p>${msg('Pas de téléphone connu pour ce lieu. Pour être aidé par téléphone :')} <bdi lang="fr">${call.name}</bdi>, <bdi dir="ltr">${call.phone}</bdi></p>`
                : nothing
          }
          ${r.place.courriels[0] ? html`<p>${msg('E-mail :')} <bdi dir="ltr">${r.place.courriels[0]}</bdi></p>` : nothing}</div>`,
      )}
      ${
        bring.length
          ? html`<h3>${msg('À apporter')}</h3><ul class="bring">${bring.map((b) => html`<li>${bringLabel(b)}</li>`)}</ul>`
          : nothing
      }
      <h3>${msg('Sans vous déplacer')}</h3>
      <ul>${others.map(line)}</ul>
      ${slip.qr && slip.qr.url === slip.shareUrl ? renderQr(slip.qr.code) : nothing}
      ${slip.prescriber ? html`<p>${msg('Orienté par :')} ${slip.prescriber}, ${longDate(todayIso(), locale)}</p>` : html`<p>${longDate(todayIso(), locale)}</p>`}
    </section>`;
}
