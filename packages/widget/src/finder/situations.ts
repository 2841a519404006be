import { msg } from '@lit/localize';
import { SITUATIONS, type Situation } from '@mediation-finder/core';
import { situationLabel } from '@mediation-finder/core/messages';
import { html } from 'lit';
import type { Filters } from './filters.js';

/**
 * What is happening, when the person says their situation is complicated: the situations that
 * call for a line first (no roof tonight, violence, a child in danger, abuse) or a specialised
 * one (debt). Optional, never stored nor put in a shared link.
 */
/** The page's `situations` attribute ("homeless violence"): the known ones, in its order. */
export function situationsOf(value: string | null): Situation[] {
  const named = (value ?? '').split(/[\s,]+/);
  return [...new Set(named.filter((s): s is Situation => (SITUATIONS as readonly string[]).includes(s)))];
}

export function renderSituations(f: Filters, id: string, onChange: (next: Filters) => void) {
  const toggle = (value: Situation, on: boolean): Filters => {
    const rest = f.situations.filter((s) => s !== value);
    return { ...f, situations: on ? [...rest, value] : rest };
  };
  return html`<fieldset class="situations" aria-describedby="${id}-situations-hint">
    <legend>${msg('Que se passe-t-il ?')}</legend>
    <p class="hint" id="${id}-situations-hint">${msg('Facultatif : pour vous donner d’abord le bon numéro. Rien n’est enregistré ni envoyé.')}</p>
    ${SITUATIONS.map(
      (
        s,
      ) => html`<div class="choice"><input type="checkbox" id="${id}-situation-${s}" .checked=${f.situations.includes(s)}
        @change=${(e: Event) => onChange(toggle(s, (e.target as HTMLInputElement).checked))} /><label for="${id}-situation-${s}">${situationLabel(s)}</label></div>`,
    )}
  </fieldset>`;
}
