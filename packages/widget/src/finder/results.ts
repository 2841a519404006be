import { msg, str } from '@lit/localize';
import { contractFrench, type Notice, type Orientation, type OrientedPlace } from '@mediation-finder/core';
import { kindLabel, kindReason, noticeText, widenedText } from '@mediation-finder/core/messages';
import { displayPhone } from '@mediation-finder/core/text';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { renderCard } from './card.js';
import { isolated } from './isolate.js';
import { crisisLines, renderCrisis, renderRemote } from './lines.js';
import type { MapLoader } from './map-loader.js';
import { adoptViewStyles } from './view.styles.js';

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
  map: Pick<MapLoader, 'state' | 'show' | 'render'> | null;
  onEdit(): void;
}

export function renderResults(o: Orientation, ctx: ResultsContext) {
  // The headline names the kind of help shown first, never one the list does not hold.
  const kind = o.results[0]?.actor;
  const first = kind && { kind, reason: o.actors.find((a) => a.kind === kind)?.reason ?? kind };
  // Crisis lines are read first, above; remote help leads for a person who cannot travel.
  const lead = crisisLines(o);
  const remote = o.remote.filter((r) => !lead.includes(r));
  const remoteFirst = o.actors[0]?.kind === 'remote';
  const remoteBlock = renderRemote(remote, { id: ctx.id, level: 4 });
  const cards = o.results.map((r, i) =>
    renderCard(r, i + 1, {
      locale: ctx.locale,
      selected: ctx.selected.includes(r.id),
      bring: o.procedure?.bring ?? [],
      onSelect: () => ctx.onSelect(r),
    }),
  );
  // What fits best and why, the line to call, what to know: read after the first place, so that
  // at 200 % text on a phone the first door is on the first screen under the heading.
  const parent = o.location.atParentOf;
  const about = html`${o.location.approximate ? html`<p class="notice">${msg('La position de votre commune est approximative : les distances sont indicatives.')}</p>` : nothing}
      ${parent ? html`<p class="notice">${isolated(msg(str`Les distances sont comptées depuis ${parent}, la commune dont la vôtre fait partie : elles peuvent être fausses de plusieurs kilomètres.`), ctx.locale)}</p>` : nothing}
      ${first ? html`<p>${msg('Le plus adapté :')} <strong>${kindLabel(first.kind)}</strong>. ${kindReason(first.reason)}</p>` : nothing}
      ${o.crisis ? nothing : renderOrCall(o.remote, ctx.id)}
      ${o.notices.map((n) => html`<p class="notice">${renderNotice(n, ctx.locale)}</p>`)}
      ${o.widened ? html`<p class="notice">${isolated(widenedText(o.widened), ctx.locale)}</p>` : nothing}`;
  return html`<div part="results" ${ref(adoptViewStyles)}>
      <h3 id="results-heading" tabindex="-1">${isolated(contractFrench(msg(str`Où trouver de l’aide près de ${o.location.label}`), ctx.locale), ctx.locale)}</h3>
      ${renderCrisis(o, ctx.id)}
      ${remoteFirst || !cards.length ? html`${about}${remoteFirst ? remoteBlock : nothing}` : nothing}
      ${o.crisis?.placesLater && cards.length ? html`<h4 class="later">${msg('Pour demain')}</h4>` : nothing}
      ${
        cards.length
          ? html`<ol class="results">${cards[0]}</ol>
            ${remoteFirst ? nothing : about}
            ${cards.length > 1 ? html`<ol class="results" start="2">${cards.slice(1)}</ol>` : nothing}`
          : html`<p>${msg('Aucun lieu ne correspond près d’ici. Les aides à distance ci-dessous peuvent vous aider.')}</p>`
      }
      ${remoteFirst ? nothing : remoteBlock}
      ${ctx.map && o.results.length ? renderMapSlot(o, ctx.map) : nothing}
      <div class="actions">
        <button type="button" class="secondary" @click=${ctx.onEdit}>${msg('Modifier la recherche')}</button>
      </div>
    </div>`;
}

/** A notice's sentence, then its number to call as a link. */
function renderNotice(n: Notice, locale: string) {
  const phone = 'phone' in n ? n.phone : undefined;
  return html`${isolated(noticeText(n, locale), locale)}
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

/** The map's place: a button until it loads (when it comes into view), then the map. */
function renderMapSlot(o: Orientation, map: NonNullable<ResultsContext['map']>) {
  if (map.state === 'failed')
    return html`<p class="meta">${msg('La carte n’a pas pu être chargée ; la liste ci-dessus contient tous les lieux.')}</p>`;
  // The button stays while the map loads: the focus stays on it, then moves to the map.
  if (map.state !== 'ready')
    return html`<div class="map-slot"><button type="button" class="secondary" aria-disabled=${map.state === 'loading' ? 'true' : 'false'} @click=${map.show}>${msg('Afficher la carte')}</button></div>`;
  return map.render(o);
}
