import { msg } from '@lit/localize';
import { MODALITY_IDS, type Need, PUBLIC_IDS, type Situation, SUPPORT_IDS } from '@mediation-finder/core';
import {
  type BelongsToChoice,
  belongsToLabel,
  modalityLabel,
  publicLabel,
  supportLabel,
} from '@mediation-finder/core/messages';
import { html } from 'lit';

/** What the person asked of the places, as the filters' render module shows and changes it. */
export interface Filters {
  freeOnly: boolean;
  openNow: boolean;
  withoutAppointment: boolean;
  publics: string[];
  /** Publics some places are reserved to (core's `Need.belongsTo`). */
  belongsTo: BelongsToChoice[];
  support: string[];
  modalities: string[];
  /** What is happening (`Need.situations`), asked with a complicated situation (situations.ts). */
  situations: Situation[];
  /** The person cannot travel: what comes to them, and lines, before places. */
  cannotTravel: boolean;
}

export const NO_FILTERS: Filters = {
  freeOnly: false,
  openNow: false,
  withoutAppointment: false,
  publics: [],
  belongsTo: [],
  support: [],
  modalities: [],
  situations: [],
  cannotTravel: false,
};

const BELONGS_TO_CHOICES: BelongsToChoice[] = [
  'residents',
  'patients',
  'disabled-job-seekers',
  'under-justice-supervision',
  'without-home',
  'enrolled',
];

/**
 * The filters' part of a need. A person who needs another language is understood to speak the
 * finder's, unless it is French.
 */
export function filtersNeed(f: Filters, locale: string): Need {
  return {
    ...(f.publics.length ? { publics: f.publics } : {}),
    ...(f.belongsTo.length ? { belongsTo: f.belongsTo } : {}),
    ...(f.support.length ? { support: f.support } : {}),
    ...(f.modalities.length ? { modalities: f.modalities } : {}),
    ...(f.support.includes('foreign-language') && locale !== 'fr' && locale !== 'fr-x-falc'
      ? { language: locale }
      : {}),
    ...(f.freeOnly ? { freeOnly: true } : {}),
    ...(f.withoutAppointment ? { withoutAppointment: true } : {}),
    ...(f.openNow ? { openAt: new Date() } : {}),
    ...(f.situations.length ? { situations: f.situations } : {}),
    ...(f.cannotTravel ? { cannotTravel: true } : {}),
  };
}

type Flag = 'freeOnly' | 'openNow' | 'withoutAppointment' | 'cannotTravel';
type List = 'publics' | 'belongsTo' | 'support' | 'modalities';

/**
 * The filters, as a render module: a disclosure of checkbox groups, each with its legend.
 * `id` makes the checkboxes' ids unique on the page; `onChange` gets the filters as changed.
 */
export function renderFilters(f: Filters, id: string, onChange: (next: Filters) => void) {
  const box = (key: string, label: string, checked: boolean, next: (on: boolean) => Filters) =>
    html`<div class="choice"><input type="checkbox" id="${id}-${key}" .checked=${checked}
      @change=${(e: Event) => onChange(next((e.target as HTMLInputElement).checked))} /><label for="${id}-${key}">${label}</label></div>`;
  const flag = (key: string, label: string, name: Flag) =>
    box(key, label, f[name], (on) => ({ ...f, [name]: on }));
  const item = (key: string, label: string, name: List, value: string) =>
    box(key, label, (f[name] as string[]).includes(value), (on) => {
      const list = (f[name] as string[]).filter((x) => x !== value);
      return { ...f, [name]: on ? [...list, value] : list };
    });
  return html`<details part="filters" class="filters">
    <summary>${msg('Filtrer les lieux')}</summary>
    <div class="filters-grid">
      <fieldset>
        <legend>${msg('Le lieu')}</legend>
        ${flag('free', msg('Gratuit'), 'freeOnly')}
        ${flag('open', msg('Ouvert maintenant'), 'openNow')}
        ${flag('walk-in', msg('Sans rendez-vous'), 'withoutAppointment')}
      </fieldset>
      <fieldset>
        <legend>${msg('Un accueil adapté')}</legend>
        ${Object.keys(SUPPORT_IDS).map((v) => item(`support-${v}`, supportLabel(v), 'support', v))}
      </fieldset>
      <fieldset>
        <legend>${msg('Je suis')}</legend>
        ${Object.keys(PUBLIC_IDS).map((v) => item(`public-${v}`, publicLabel(v), 'publics', v))}
        ${BELONGS_TO_CHOICES.map((v) => item(`belongs-${v}`, belongsToLabel(v), 'belongsTo', v))}
      </fieldset>
      <fieldset>
        <legend>${msg('Comment être aidé')}</legend>
        ${flag('cannot-travel', msg('Je ne peux pas me déplacer'), 'cannotTravel')}
        ${Object.keys(MODALITY_IDS).map((v) => item(`modality-${v}`, modalityLabel(v), 'modalities', v))}
      </fieldset>
    </div>
  </details>`;
}
