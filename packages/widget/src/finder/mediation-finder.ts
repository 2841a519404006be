import { localized, msg, str } from '@lit/localize';
import {
  type Area,
  type Attribution,
  type Commune,
  contractFrench,
  DataError,
  DIFFICULTIES,
  type Difficulty,
  type OrientedPlace,
  orientationToJson,
  type Procedure,
  prefetch,
  procedureById,
  type Where,
} from '@mediation-finder/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { communesAt, defaultData, FinderData } from '../data/sources.js';
import { type Locale, RTL_LOCALES } from '../i18n/localization.js';
import { renderAttribution } from './attribution.js';
import { type Filters, filtersNeed, NO_FILTERS } from './filters.js';
import { isolated } from './isolate.js';
import { renderLanguageChoice } from './language-choice.js';
import { LocaleController } from './locale-controller.js';
import { MapLoader } from './map-loader.js';
import { styles } from './mediation-finder.styles.js';
import { devicePosition, PlaceCombobox, type Suggestion, suggestionsFor, whereOf } from './place-combobox.js';
import { Presets } from './presets.js';
import { firstControl, firstStep, landmarkName, renderQuestions, type Step } from './questions.js';
import { questionAfter } from './refused.js';
import { notShownText, RenderGuard } from './render-guard.js';
import { fire, fireError, type Message, type Outcome, SearchController, view } from './search-controller.js';
import { ShareController } from './share.js';
import { situationsOf } from './situations.js';
import { SlipNames } from './slip-names.js';
import { territoryArea } from './territory.js';
import type {
  MediationFinderProperties,
  MediationFinderSelectDetail,
  OrientedPlaceJson,
  ProcedureId,
} from './types.js';

let instances = 0;

/**
 * Shows a person stuck on an online procedure who can help, nearby, and why: the right kind of
 * help (social work, help with procedures, "do it for me", digital mediation, equipment, remote
 * help), places ranked with their reasons, a map, and a printable orientation slip.
 *
 * @summary Find the right help near you for an online public-service procedure.
 * @tagname mediation-finder
 *
 * @attr procedure - Procedure id from the catalogue (e.g. `caf-rsa`); the person chooses when absent.
 * @attr difficulty - `equipment`, `learn`, `do-for-me`, `understand` or `situation`; asked when absent.
 * @attr postal-code - Preset location: results show at once.
 * @attr latitude - Preset location (with `longitude`).
 * @attr longitude - Preset location (with `latitude`).
 * @attr radius - Maximum distance in km; when set, the search is never widened beyond it.
 * @attr lang - Language: `fr`, `en`, `ar`, `es`, `uk`, `fr-x-falc` (easy-to-read French). Default: the page's, then the browser's.
 * @attr src - A dataset directory built by `mediation-finder build` (or its `manifest.json`), or a CSV/JSON file in the standard. Default: the default data.
 * @attr data-url - The default data's folder (the files of `@mediation-finder/data`), for this finder; `MediationFinder.dataUrl` sets it for every finder of the page. Default: `data/` next to the script.
 * @attr tiles - Map tile URL template, e.g. `https://tile.example.org/{z}/{x}/{y}.png`. No tiles (and no third-party request) when absent.
 * @attr tiles-attribution - Attribution text of the tiles.
 * @attr limit - Number of places shown (default 10).
 * @attr layout - `full` (default) or `compact`.
 * @attr map - `on` (default) or `off`.
 * @attr share - When present, the search is kept in the page's URL hash so that the link can be shared.
 * @attr share-url - A public page (http or https) showing a finder with `share`: the slip's link, e-mail and QR code point there, with the search in its hash.
 * @attr referrer - Who orients the person (name, service, phone…), printed on every slip ("Orienté par"); the slip's field can change it for one slip.
 * @attr territory - The institution's territory, its places first among those of their kind, for the people who live in it: départements, communes' INSEE codes and EPCIs' SIREN numbers, space-separated (`77`, `77288 77186`, `200072130`). The nearest right door beyond it stays in the list, and the finder says so.
 * @attr theme - `dsfr`: the State design system's colours and Marianne (for the State's own sites; the font when the page has loaded it). Default: a neutral look, system fonts.
 * @attr situations - What is happening, space-separated: `homeless`, `violence`, `child-danger`, `abuse`, `debt` (the lines of those situations only, first).
 *
 * @fires mediation-finder-orient - Each time results are shown. `detail`: the orientation (core JSON contract; its labels in the finder's language).
 * @fires mediation-finder-select - When the person picks a place. `detail`: `{ place }` (id, nom, adresse…).
 * @fires mediation-finder-error - On a data, location or network problem. `detail`: `{ kind, message }`.
 *
 * @csspart base - The whole finder.
 * @csspart title - The heading.
 * @csspart form - The questions (procedure, difficulty, place).
 * @csspart filters - The filters.
 * @csspart status - The live status line.
 * @csspart crisis - The lines to call first in a crisis (the 3919, the 115…), above the places.
 * @csspart results - The results section.
 * @csspart card - One place.
 * @csspart remote - Remote help.
 * @csspart map - The map.
 * @csspart slip - The orientation slip.
 * @csspart attribution - Data source and licence.
 *
 * @cssprop [--mf-color-primary=#1f5c70] - Buttons, links, accents.
 * @cssprop [--mf-color-on-primary=#ffffff] - Text on primary.
 * @cssprop [--mf-color-text=#161616] - Text.
 * @cssprop [--mf-color-muted=#3a3a3a] - Secondary text.
 * @cssprop [--mf-color-background=#ffffff] - Background.
 * @cssprop [--mf-color-card=#ffffff] - Card background.
 * @cssprop [--mf-color-border=#dddddd] - Borders.
 * @cssprop [--mf-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--mf-color-error=#ce0500] - Errors.
 * @cssprop [--mf-color-kind=var(--mf-color-primary)] - Kind-of-help label.
 * @cssprop [--mf-color-heading=var(--mf-color-text)] - Headings.
 * @cssprop [--mf-color-selected=#e7eff1] - A place chosen for the slip.
 * @cssprop [--mf-color-warning=#b34000] - Notices' edge (a far place, an approximate position).
 * @cssprop [--mf-color-warning-background=#fff4f3] - Notices' background.
 * @cssprop [--mf-color-remote=#f6f6f6] - Remote help's background.
 * @cssprop [--mf-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--mf-font-size=1rem] - Base size.
 * @cssprop [--mf-radius=4px] - Corner radius.
 * @cssprop [--mf-spacing=min(1rem, 2vw)] - Padding (narrower on a phone, for 200 % text).
 */
@localized()
export class MediationFinder extends LitElement implements MediationFinderProperties {
  static override styles = styles;
  /** The default data's folder for every finder of the page, unless its `data-url` says (see types.ts). */
  static dataUrl: string | URL | null = null;

  @property({ reflect: true }) procedure: ProcedureId | null = null;
  @property({ reflect: true }) difficulty: Difficulty | null = null;
  @property({ attribute: 'postal-code', reflect: true }) postalCode: string | null = null;
  @property({ type: Number }) latitude: number | null = null;
  @property({ type: Number }) longitude: number | null = null;
  @property({ type: Number }) radius: number | null = null;
  @property() src: string | null = null;
  @property({ attribute: 'data-url' }) dataUrl: string | null = null;
  @property() tiles: string | null = null;
  @property({ attribute: 'tiles-attribution' }) tilesAttribution: string | null = null;
  @property({ type: Number }) limit = 10;
  @property({ reflect: true }) layout: 'full' | 'compact' = 'full';
  @property() map: 'on' | 'off' = 'on';
  @property({ type: Boolean }) share = false;
  @property({ attribute: 'share-url' }) shareUrl: string | null = null;
  @property() referrer: string | null = null;
  @property() situations: string | null = null;
  @property() territory: string | null = null;
  /** Ids of the places chosen for the slip. */
  @property({ attribute: false }) selected: string[] = [];
  @property({ reflect: true }) override lang = '';

  @state() private step: Step = 'where';
  @state() private chosenProcedure = '';
  @state() private chosenDifficulty: Difficulty | '' = '';
  @state() private filters: Filters = NO_FILTERS;
  @state() private notice: Message = null;
  @state() private attribution: Attribution | null = null;

  @query('#results-heading') private resultsHeading?: HTMLElement;
  @query('#where') private whereInput?: HTMLInputElement;

  readonly #id = `mf${++instances}`;
  readonly #presets = new Presets(this);
  /** The procedure was taken back: ask it before searching again. */
  #askFirst = false;
  #pendingFocus: 'results' | 'step' | null = null;
  /** The chosen procedure's catalogue entry, looked up when the choice changes. */
  #procedure: Procedure | undefined;

  /** What is typed in the place field, and the communes proposed for it. */
  readonly #place = new PlaceCombobox(this, {
    suggest: (text) => this.#suggest(text),
    typed: () => {
      this.#search.whereError = null;
      this.#search.offered = [];
    },
    chosen: (suggestion) => this.#prefetch(suggestion),
  });
  readonly #language = new LocaleController(this, () =>
    fireError(this, 'network', msg('La langue choisie n’a pas pu être chargée.')),
  );
  readonly #search = new SearchController(
    this,
    (outcome, focus) => this.#settled(outcome, focus),
    () => this.#language.ready,
  );
  readonly #slip = new SlipNames(this);
  readonly #map = new MapLoader(this, {
    failed: (message) => fireError(this, 'network', message),
  });

  private get locale(): Locale {
    return this.#language.locale;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.#language.apply();
    if (changed.has('procedure') && this.procedure) this.chosenProcedure = this.procedure;
    if (changed.has('procedure') && !this.procedure && changed.get('procedure')) {
      // The page took its procedure back (a desk's "other procedure"): the person is asked, and
      // the places found for the previous procedure go.
      this.chosenProcedure = '';
      this.#search.clear();
      this.selected = [];
      this.step = 'procedure';
      this.#askFirst = true;
    }
    if (changed.has('difficulty') && this.difficulty) {
      this.chosenDifficulty = (DIFFICULTIES as readonly string[]).includes(this.difficulty)
        ? (this.difficulty as Difficulty)
        : '';
    }
    if (changed.has('postalCode') && this.postalCode) this.#place.set(this.postalCode);
    if (changed.has('situations'))
      this.#filter({ ...this.filters, situations: situationsOf(this.situations) });
    if (changed.has('procedure') || changed.has('difficulty') || changed.has('postalCode')) {
      if (!this.#search.orientation)
        this.step = firstStep(this.chosenProcedure, this.chosenDifficulty || this.difficulty);
    }
    if (changed.has('chosenProcedure' as keyof MediationFinder))
      this.#procedure = this.chosenProcedure ? procedureById(this.chosenProcedure) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // What the page presets: when it changes, the search runs again.
    if (this.#askFirst) {
      this.#askFirst = false;
      this.#presets.own();
    } else if (this.#presets.place && this.#presets.changed()) {
      this.#run({ focus: false });
    } else if (
      (changed.has('src') || changed.has('dataUrl') || changed.has('territory')) &&
      this.#search.orientation
    ) {
      this.#run({ focus: false });
    }
    if (this.#pendingFocus === 'results') {
      // The heading at the top of the screen, the first place under it (at 200 % text on a phone,
      // focus alone would scroll only until the heading shows, at the bottom).
      this.resultsHeading?.scrollIntoView({ block: 'start' });
      this.resultsHeading?.focus({ preventScroll: true });
    }
    if (this.#pendingFocus === 'step') firstControl(this.renderRoot, this.step)?.focus();
    this.#pendingFocus = null;
  }

  // Searching -------------------------------------------------------------------------------

  get #where(): Where {
    return whereOf(this.#place.text, this.latitude, this.longitude);
  }

  /** A bad, unreachable, too large or too slow `src` (or one of its files later): say so, and use the shipped data. */
  readonly #data = new FinderData((requested, error) => {
    this.notice = () =>
      msg(
        str`Les données demandées (${requested}) n’ont pas pu être chargées : les données intégrées sont utilisées.`,
      );
    fireError(this, error instanceof DataError ? error.kind : 'network', `${requested}: ${error.message}`);
  });
  #defaultData = () => defaultData(this.dataUrl ?? (this.constructor as typeof MediationFinder).dataUrl);
  #source = () => this.#data.source(this.src, this.#defaultData());

  get #area(): { area?: Promise<Area> } {
    const base = this.#defaultData();
    const area = territoryArea(this.territory, communesAt(base), base.href);
    return area ? { area } : {};
  }

  get #radius(): { maxKm?: number } {
    return this.radius && this.radius > 0 ? { maxKm: this.radius } : {};
  }

  /** Runs a search; an older one still running is dropped (see `SearchController`). */
  #run({ focus }: { focus: boolean }): void {
    const { chosenProcedure: procedure, chosenDifficulty: difficulty } = this;
    void this.#search.run({
      source: this.#source,
      where: this.#where,
      need: {
        ...(procedure ? { procedure } : {}),
        ...(difficulty ? { difficulty } : {}),
        ...filtersNeed(this.filters, this.locale),
      },
      options: {
        limit: Math.max(1, Math.min(50, Math.floor(this.limit) || 10)),
        ...this.#radius,
        ...this.#area,
      },
      focus,
    });
  }

  /** The latest search's outcome: its answer shown, or the place asked again. */
  #settled(outcome: Outcome, focus: boolean): void {
    if (outcome.status === 'done') {
      const { results } = outcome.orientation;
      this.selected = this.selected.filter((id) => results.some((r) => r.id === id));
      this.step = 'results';
      if (focus) this.#pendingFocus = 'results';
      this.#share.write();
      void this.#source().places.then((places) => {
        this.attribution = places.attribution;
      });
      return;
    }
    this.selected = [];
    this.#share.clear();
    const ask = questionAfter(outcome);
    if (ask === 'procedure') this.chosenProcedure = '';
    if (ask) {
      this.step = ask;
      this.#pendingFocus = focus ? 'step' : null;
    }
  }

  // Share and hash --------------------------------------------------------------------------

  /** The search in the URL hash: what was chosen and typed, never a name nor a situation. */
  readonly #share = new ShareController(
    this,
    () => ({
      procedure: this.chosenProcedure,
      difficulty: this.chosenDifficulty,
      where: this.#place.text,
      selected: this.selected,
    }),
    (search) => {
      if (search.procedure) this.chosenProcedure = search.procedure;
      if (search.difficulty) this.chosenDifficulty = search.difficulty as Difficulty;
      if (search.where !== undefined) {
        this.#place.set(search.where);
        this.postalCode = /^\d{5}$/.test(search.where) ? search.where : this.postalCode;
      }
      if (search.selected) this.selected = search.selected;
      if (search.where && !this.postalCode) queueMicrotask(() => this.#run({ focus: false }));
    },
  );

  // Events from the form --------------------------------------------------------------------

  #next = (step: Step): void => {
    this.step = step;
    this.#pendingFocus = 'step';
  };

  /** The communes proposed for what is typed; the places' manifest and the results' view come meanwhile. */
  #suggest(text: string): Promise<Suggestion[]> {
    this.#source().places.catch(() => undefined);
    this.#search.prepare();
    return suggestionsFor(communesAt(this.#defaultData()), text);
  }

  /** A commune was chosen: the search comes next, its commune's file and nearest places now. */
  #prefetch(suggestion: Suggestion): void {
    const at = suggestion.at ? { latitude: suggestion.at[0], longitude: suggestion.at[1] } : undefined;
    prefetch(this.#source(), suggestion.value, this.#radius, at);
    this.whereInput?.focus();
  }

  #submit = (event: Event): void => {
    event.preventDefault();
    this.#place.close();
    this.latitude = this.#place.text.trim() ? null : this.latitude;
    this.#presets.own();
    this.#run({ focus: true });
  };

  /** "Vouliez-vous dire Melun (77000) ?" pressed: the field says it, and the search runs. */
  #searchOffered = (commune: Commune): void => {
    const postal = commune.postalCodes[0];
    this.#place.set(postal ? `${commune.name} ${postal}` : commune.name);
    this.latitude = null;
    this.#presets.own();
    this.#run({ focus: true });
  };

  #useMyPosition = async (): Promise<void> => {
    const position = await devicePosition((status) => this.#search.say(status));
    if (position === 'unavailable') return;
    if (position === 'refused') {
      fireError(this, 'location', 'geolocation refused or unavailable');
      this.whereInput?.focus();
      return;
    }
    this.#place.set('');
    this.latitude = position.latitude;
    this.longitude = position.longitude;
    this.#presets.own();
    this.#run({ focus: true });
  };

  #filter(next: Filters): void {
    this.filters = next;
    if (this.#search.orientation) this.#run({ focus: false });
  }

  #select(result: OrientedPlace): void {
    const on = !this.selected.includes(result.id);
    this.selected = on ? [...this.selected, result.id] : this.selected.filter((id) => id !== result.id);
    this.#share.write();
    const shown = this.#search.orientation;
    if (on && shown) {
      const place = orientationToJson({ ...shown, results: [result] }).results[0] as OrientedPlaceJson;
      fire<MediationFinderSelectDetail>(this, 'mediation-finder-select', { place });
    }
  }

  // Rendering -------------------------------------------------------------------------------

  /** A render that throws: the answer goes (never the previous town's places left on screen). */
  readonly #guard = new RenderGuard(this, () => {
    this.selected = [];
    this.notice = notShownText;
    return this.#search.clear();
  });

  protected override update(changed: PropertyValues<this>): void {
    this.#guard.update(() => super.update(changed));
  }

  override render() {
    return this.#guard.render(() => this.#render());
  }

  #render() {
    const dir = RTL_LOCALES.has(this.locale) ? 'rtl' : 'ltr';
    const lang = this.locale === 'fr-x-falc' ? 'fr' : this.locale;
    return html`<section part="base" dir=${dir} lang=${lang} aria-label=${landmarkName(this.#procedure)}>
      <div class="screen">
        <div class="top">
          <h2 part="title" id="${this.#id}-title">${msg('Trouver de l’aide près de chez vous')}</h2>
          ${renderLanguageChoice(this.#id, this.locale, this.#language.preset)}
        </div>
        ${this.#renderQuestions()} ${this.notice ? html`<p class="notice" role="alert">${this.notice()}</p>` : nothing}
        <p part="status" class="status" role="status" aria-live="polite">${isolated(contractFrench(this.#search.status?.() ?? '', this.locale), this.locale)}</p>
        ${this.#renderOutcome()}
      </div>
      ${this.#slip.render(this.#search.orientation, this.selected, { id: this.#id, locale: this.locale, shareUrl: this.#share.url })}
      <footer part="attribution">${renderAttribution(this.attribution, this.locale)}</footer>
    </section>`;
  }

  /** What the latest search found (the results' view is loaded by the search), or remote help alone. */
  #renderOutcome() {
    const { orientation: o, failed } = this.#search;
    const shown = view();
    if (!shown) return nothing;
    const place = { id: this.#id, locale: this.locale };
    // No place could be shown: the procedure's own lines, then everyone's.
    const alone = () =>
      shown.remoteWithoutPlace(this.#procedure?.body, this.chosenDifficulty, this.filters.situations);
    if (!o) return failed ? shown.renderRemote(alone(), { ...place, level: 3 }) : nothing;
    return shown.renderResults(o, {
      ...place,
      selected: this.selected,
      onSelect: (r) => this.#select(r),
      map: this.map === 'off' ? null : this.#map,
      onEdit: () => this.#next('where'),
    });
  }

  #renderQuestions() {
    return renderQuestions({
      id: this.#id,
      locale: this.locale,
      step: this.step,
      procedure: this.#procedure,
      chosenProcedure: this.chosenProcedure,
      chosenDifficulty: this.chosenDifficulty,
      presetDifficulty: !!this.difficulty,
      refresh: () => this.requestUpdate(),
      choose: (choice) => Object.assign(this, choice),
      next: this.#next,
      where: {
        busy: this.#search.busy,
        error: this.#search.whereError?.() ?? '',
        offered: this.#search.offered,
        searchOffered: this.#searchOffered,
        field: this.#place,
        filters: this.filters,
        filter: (next) => this.#filter(next),
        submit: this.#submit,
        useMyPosition: this.#useMyPosition,
      },
    });
  }
}
