import { msg, str } from '@lit/localize';
import type { Notice, Orientation, OrientedPlace } from '@mediation-finder/core';
import { kindLabel, kindReason, noticeText, widenedText } from '@mediation-finder/core/messages';
import { displayPhone } from '@mediation-finder/core/text';
import { html, nothing } from 'lit';
import { textIn } from '../i18n/localization.js';
import { renderCard } from './card.js';
import type { MapLoader } from './map-loader.js';

/**
 * The results, as a render module: what fits best and why, the places with their reasons, what
 * the person should know (notices, a widened search), remote help, and the map's place.
 */
export interface ResultsContext {
  /** The finder's own id prefix, for headings that links point at. */
  id: string;
  locale: string;
  selected: readonly string[];
  onSelect(result: OrientedPlace): void;
  /** The map's loader, when the page wants a map. */
  map: Pick<MapLoader, 'state' | 'load' | 'render'> | null;
  onEdit(): void;
}

export function renderResults(o: Orientation, ctx: ResultsContext) {
  // The headline names the kind of help shown first, never one the list does not hold.
  const kind = o.results[0]?.actor;
  const first = kind && { kind, reason: o.actors.find((a) => a.kind === kind)?.reason ?? kind };
  return html`<div part="results">
      <h3 id="results-heading" tabindex="-1">${msg(str`Où trouver de l’aide près de ${o.location.label}`)}</h3>
      ${o.location.approximate ? html`<p class="notice">${msg('La position de votre commune est approximative : les distances sont indicatives.')}</p>` : nothing}
      ${first ? html`<p>${msg('Le plus adapté :')} <strong>${kindLabel(first.kind)}</strong>. ${kindReason(first.reason)}</p>` : nothing}
      ${renderOrCall(o.remote, ctx.id)}
      ${o.notices.map((n) => html`<p class="notice">${renderNotice(n)}</p>`)}
      ${o.widened ? html`<p class="notice">${widenedText(o.widened)}</p>` : nothing}
      ${
        o.results.length
          ? html`<ol class="results">${o.results.map((r, i) =>
              renderCard(r, i + 1, {
                locale: ctx.locale,
                selected: ctx.selected.includes(r.id),
                onSelect: () => ctx.onSelect(r),
              }),
            )}</ol>`
          : html`<p>${msg('Aucun lieu ne correspond près d’ici. Les aides à distance ci-dessous peuvent vous aider.')}</p>`
      }
      ${renderRemote(o.remote, ctx)}
      ${ctx.map && o.results.length ? renderMapSlot(o, ctx.map) : nothing}
      <div class="actions">
        <button type="button" class="secondary" @click=${ctx.onEdit}>${msg('Modifier la recherche')}</button>
      </div>
    </div>`;
}

/** A notice's sentence, then its number to call as a link. */
function renderNotice(n: Notice) {
  const phone = 'phone' in n ? n.phone : undefined;
  return html`${noticeText(n)}
    ${phone ? html`<a href="tel:${phone.replace(/\s/g, '')}" dir="ltr">${displayPhone(phone)}</a>` : nothing}`;
}

/**
 * One line near the top of the results: the procedure's own phone line (or the national help
 * line), for a person on a phone who will not scroll past ten places to find it.
 */
function renderOrCall(remote: Orientation['remote'], id: string) {
  const line = remote.find((r) => r.phone);
  if (!line?.phone) return nothing;
  const goToRemote = (event: Event) => {
    event.preventDefault();
    const root = (event.target as Element).getRootNode() as ParentNode;
    const heading = root.querySelector<HTMLElement>(`#${id}-remote`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };
  return html`<p class="or-call">${msg('Ou, sans vous déplacer, appelez')} <bdi lang="fr">${line.name}</bdi> :
    <a href="tel:${line.phone.replace(/\s/g, '')}" dir="ltr">${line.phone}</a>
    <a href="#${id}-remote" @click=${goToRemote}>${msg('Autres aides à distance')}</a></p>`;
}

/** Remote help, under the results (a level-4 heading) or on its own after a failed search. */
export function renderRemote(
  remote: Orientation['remote'],
  { id, locale }: { id: string; locale: string },
  level: 3 | 4 = 4,
) {
  const title = msg('Sans vous déplacer');
  return html`<div part="remote" class="remote">
    ${
      level === 3
        ? html`<h3 id="${id}-remote" tabindex="-1">${title}</h3>`
        : html`<h4 id="${id}-remote" tabindex="-1">${title}</h4>`
    }
    <ul>
      ${remote.map((r) => {
        const description = textIn(locale, r.description);
        return html`<li><strong><bdi lang="fr">${r.name}</bdi></strong> —
          ${r.phone ? html`<a href="tel:${r.phone.replace(/\s/g, '')}" dir="ltr">${r.phone}</a> · ` : nothing}
          <a href=${r.url} target="_blank" rel="noopener noreferrer">${msg('en ligne')}<span class="visually-hidden"> ${msg('(nouvelle fenêtre)')}</span></a>
          <br /><span class="meta" lang=${description.lang}>${description.value}</span></li>`;
      })}
    </ul>
  </div>`;
}

/** The map's place: a button until it loads (when it comes into view), then the map. */
function renderMapSlot(o: Orientation, map: NonNullable<ResultsContext['map']>) {
  if (map.state === 'failed')
    return html`<p class="meta">${msg('La carte n’a pas pu être chargée ; la liste ci-dessus contient tous les lieux.')}</p>`;
  if (map.state === 'idle')
    return html`<div class="map-slot"><button type="button" class="secondary" @click=${map.load}>${msg('Afficher la carte')}</button></div>`;
  if (map.state !== 'ready') return html`<div class="map-slot"></div>`;
  return map.render(o);
}
