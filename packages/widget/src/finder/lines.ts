import { msg } from '@lit/localize';
import { type Body, type Orientation, remoteOptionsFor, type Situation } from '@mediation-finder/core';
import {
  lineActionText,
  lineDescription,
  lineHoursText,
  lineStatusText,
} from '@mediation-finder/core/messages';
import { html, nothing } from 'lit';

/**
 * Remote help, as render modules: the crisis lines a person in danger reads first, and the
 * other lines ("Sans vous déplacer"), each with its number to call or text, its hours on the
 * person's own clock and whether it answers now.
 */

type Line = Orientation['remote'][number];

/** A number as a link: `tel:` to call it, `sms:` to text it (the 114). */
export function lineLink(r: Line) {
  if (!r.phone) return nothing;
  const number = r.phone.replace(/\s/g, '');
  return html`<a href="${r.sms ? 'sms' : 'tel'}:${number}" dir="ltr">${r.sms ? html`${lineActionText(r)} ` : nothing}${r.phone}</a>`;
}

/** When a line answers, and whether it does now. */
function lineWhen(r: Line) {
  const when = [lineHoursText(r), lineStatusText(r)].filter(Boolean);
  return when.length ? html`<br /><span class="when">${when.join(' · ')}</span>` : nothing;
}

/** One line: its name, number, site, what it is for and when it answers. */
export function renderLine(r: Line) {
  const description = lineDescription(r);
  return html`<li><strong><bdi lang="fr">${r.name}</bdi></strong> —
    ${r.phone ? html`${lineLink(r)} · ` : nothing}
    <a href=${r.url} target="_blank" rel="noopener noreferrer">${msg('en ligne')}<span class="visually-hidden"> ${msg('(nouvelle fenêtre)')}</span></a>
    ${description ? html`<br /><span class="meta">${description}</span>` : nothing}${lineWhen(r)}</li>`;
}

/** The lines of an orientation's crisis, in order; empty when there is none. */
export function crisisLines(o: Pick<Orientation, 'remote' | 'crisis'>): Line[] {
  const crisis = o.crisis;
  return crisis ? o.remote.filter((r) => crisis.lines.includes(r.id)) : [];
}

/**
 * The first thing a person in a crisis reads, before any place: the lines of their situation,
 * large, with what to do at night. `id` makes the heading's id unique on the page.
 */
export function renderCrisis(o: Pick<Orientation, 'remote' | 'crisis'>, id: string) {
  const crisis = o.crisis;
  if (!crisis) return nothing;
  const lines = crisisLines(o);
  return html`<section part="crisis" class="crisis" aria-labelledby="${id}-crisis">
    <h4 id="${id}-crisis">${msg('Appelez d’abord')}</h4>
    ${
      lines.length
        ? html`<ul>${lines.map(renderLine)}</ul>`
        : html`<p>${msg('Aucune ligne n’est connue ici pour votre situation. En danger immédiat, appelez le 17 ou le 112.')}</p>`
    }
    ${crisis.placesLater ? html`<p class="later-note">${msg('À cette heure, la ligne est la réponse : les lieux ci-dessous sont pour demain.')}</p>` : nothing}
  </section>`;
}

/** Remote help: under the results (a level-4 heading) or on its own after a failed search. */
export function renderRemote(remote: readonly Line[], { id, level }: { id: string; level: 3 | 4 }) {
  const title = msg('Sans vous déplacer');
  return html`<div part="remote" class="remote">
    ${
      level === 3
        ? html`<h3 id="${id}-remote" tabindex="-1">${title}</h3>`
        : html`<h4 id="${id}-remote" tabindex="-1">${title}</h4>`
    }
    <ul>${remote.map(renderLine)}</ul>
  </div>`;
}

/** Remote help when no place could be shown: the procedure's body's own lines, then everyone's. */
export function remoteWithoutPlace(
  body: Body | undefined,
  difficulty: string,
  situations: readonly Situation[],
): Orientation['remote'] {
  return remoteOptionsFor(body, undefined, { situation: difficulty === 'situation', situations });
}
