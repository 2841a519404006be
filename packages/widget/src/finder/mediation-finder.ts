import { localized, msg, str } from '@lit/localize';
import {
  DIFFICULTIES,
  type Difficulty,
  type Gazetteer,
  type Location,
  type Need,
  type Notice,
  needsOwnDoors,
  type Orientation,
  type OrientationJson,
  type OrientedPlace,
  orient,
  orientationToJson,
  PROCEDURES,
  type Procedure,
  remoteOptionsFor,
  resolveLocation,
  settledWithin,
} from '@mediation-finder/core';
import {
  difficultyLabel,
  kindLabel,
  kindReason,
  locationErrorText,
  noticeText,
  widenedText,
} from '@mediation-finder/core/messages';
import { displayPhone } from '@mediation-finder/core/text';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DataError, loadSuggestionGazetteer, type PlaceSource } from '../data/loader.js';
import {
  chooseLocale,
  LANGUAGE_NAMES,
  type Locale,
  procedureLabelIn,
  RTL_LOCALES,
} from '../i18n/localization.js';
import { renderCard } from './card.js';
import { DataController } from './data-controller.js';
import { type Filters, filtersNeed, NO_FILTERS, renderFilters } from './filters.js';
import { longDate } from './format.js';
import { crisisLines, renderCrisis, renderRemote } from './lines.js';
import { LocaleController } from './locale-controller.js';
import { styles } from './mediation-finder.styles.js';
import { PlaceCombobox, type Suggestion } from './place-combobox.js';
import { printSlip } from './print.js';
import { HASH_KEY, readSearchHash, searchHash } from './share.js';
import { renderSituations } from './situations.js';
import { renderSlip } from './slip.js';
import type {
  MediationFinderErrorDetail,
  MediationFinderProperties,
  MediationFinderSelectDetail,
  OrientedPlaceJson,
} from './types.js';

type Step = 'procedure' | 'difficulty' | 'where' | 'results';
type Message = (() => string) | null;

/**
 * Radii of the shards fetched, nearest first, each only when the answer is not settled within
 * the previous one (see `settledWithin`): orient()'s first circle (72% of needs settle there in
 * the core's routing test), 60 km (another 10%), then 130 km, as far as the orientation widens
 * (120 km). The shards already here are not fetched again.
 */
const FETCH_STEPS_KM = [15, 60, 130] as const;
const FIRST_FETCH_KM = FETCH_STEPS_KM[0];

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
 * @attr src - A dataset directory built by `mediation-finder build` (or its `manifest.json`), or a CSV/JSON file in the standard. Default: the data shipped next to the script.
 * @attr tiles - Map tile URL template, e.g. `https://tile.example.org/{z}/{x}/{y}.png`. No tiles (and no third-party request) when absent.
 * @attr tiles-attribution - Attribution text of the tiles.
 * @attr limit - Number of places shown (default 10).
 * @attr layout - `full` (default) or `compact`.
 * @attr map - `on` (default) or `off`.
 * @attr share - When present, the search is kept in the page's URL hash so that the link can be shared.
 *
 * @fires mediation-finder-orient - Each time results are shown. `detail`: the orientation (core JSON contract).
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
 * @cssprop [--mf-color-primary=#000091] - Buttons, links, accents.
 * @cssprop [--mf-color-on-primary=#ffffff] - Text on primary.
 * @cssprop [--mf-color-text=#161616] - Text.
 * @cssprop [--mf-color-muted=#3a3a3a] - Secondary text.
 * @cssprop [--mf-color-background=#ffffff] - Background.
 * @cssprop [--mf-color-card=#ffffff] - Card background.
 * @cssprop [--mf-color-border=#dddddd] - Borders.
 * @cssprop [--mf-color-focus=#0a76f6] - Focus ring.
 * @cssprop [--mf-color-error=#ce0500] - Errors.
 * @cssprop [--mf-color-kind=#000091] - Kind-of-help label.
 * @cssprop [--mf-color-heading=var(--mf-color-text)] - Headings.
 * @cssprop [--mf-color-selected=#e3e3fd] - A place chosen for the slip.
 * @cssprop [--mf-color-warning=#b34000] - Notices' edge (a far place, an approximate position).
 * @cssprop [--mf-color-warning-background=#fff4f3] - Notices' background.
 * @cssprop [--mf-color-remote=#f6f6f6] - Remote help's background.
 * @cssprop [--mf-font-family=Marianne, system-ui, sans-serif] - Font.
 * @cssprop [--mf-font-size=1rem] - Base size.
 * @cssprop [--mf-radius=4px] - Corner radius.
 * @cssprop [--mf-spacing=1rem] - Padding.
 */
@localized()
export class MediationFinder extends LitElement implements MediationFinderProperties {
  static override styles = styles;

  @property({ reflect: true }) procedure: string | null = null;
  @property({ reflect: true }) difficulty: string | null = null;
  @property({ attribute: 'postal-code', reflect: true }) postalCode: string | null = null;
  @property({ type: Number }) latitude: number | null = null;
  @property({ type: Number }) longitude: number | null = null;
  @property({ type: Number }) radius: number | null = null;
  @property() src: string | null = null;
  @property() tiles: string | null = null;
  @property({ attribute: 'tiles-attribution' }) tilesAttribution: string | null = null;
  @property({ type: Number }) limit = 10;
  @property({ reflect: true }) layout: 'full' | 'compact' = 'full';
  @property() map: 'on' | 'off' = 'on';
  @property({ type: Boolean }) share = false;
  @property({ reflect: true }) override lang = '';

  @state() private step: Step = 'where';
  @state() private chosenProcedure = '';
  @state() private chosenDifficulty: Difficulty | '' = '';
  /** Messages are kept as functions: translated when rendered, so they follow language switches. */
  @state() private whereError: Message = null;
  @state() private status: Message = null;
  @state() private busy = false;
  @state() private orientation: ReturnType<typeof orient> | null = null;
  /** The last search failed: its place was not found, or no data could be read. */
  @state() private failed = false;
  @state() private filters: Filters = NO_FILTERS;
  @state() private selected: string[] = [];
  @state() private notice: Message = null;
  @state() private attribution: PlaceSource['attribution'] | null = null;
  @state() private mapModule: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  @state() private beneficiary = '';
  @state() private prescriber = '';

  @query('#results-heading') private resultsHeading?: HTMLElement;
  @query('#where') private whereInput?: HTMLInputElement;

  readonly #id = `mf${++instances}`;
  #presetRun = '';
  /** The procedure was taken back: ask it before searching again. */
  #askFirst = false;
  #pendingFocus: 'results' | 'step' | null = null;
  #mapWatcher?: { slot: Element; observer: IntersectionObserver };

  /** What is typed in the place field, and the communes proposed for it. */
  readonly #place = new PlaceCombobox(this, {
    suggest: (text) => this.#suggest(text),
    typed: () => {
      this.whereError = null;
    },
    chosen: (suggestion) => this.#prefetch(suggestion),
  });
  readonly #language = new LocaleController(this, () =>
    this.#error('network', msg('La langue choisie n’a pas pu être chargée.')),
  );
  private get locale(): Locale {
    return this.#language.locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#restoreFromHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#mapWatcher?.observer.disconnect();
    this.#mapWatcher = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.#language.apply();
    if (changed.has('procedure') && this.procedure) this.chosenProcedure = this.procedure;
    if (changed.has('procedure') && !this.procedure && changed.get('procedure')) {
      // The page took its procedure back (a desk's "other procedure"): the person is asked, and
      // the places found for the previous procedure go.
      this.chosenProcedure = '';
      this.orientation = null;
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
    if (changed.has('procedure') || changed.has('difficulty') || changed.has('postalCode')) {
      if (!this.orientation) this.step = this.#firstStep();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const presetKey = [
      this.procedure,
      this.difficulty,
      this.postalCode,
      this.latitude,
      this.longitude,
      this.src,
      this.radius,
      this.limit,
    ].join('|');
    if (this.#askFirst) {
      this.#askFirst = false;
      this.#presetRun = presetKey;
    } else if (this.#hasPresetLocation() && presetKey !== this.#presetRun) {
      this.#presetRun = presetKey;
      void this.#search({ focus: false });
    } else if (changed.has('src') && this.orientation) {
      void this.#search({ focus: false });
    }
    if (this.mapModule === 'idle') this.#watchMapSlot();
    if (this.#pendingFocus === 'results') this.resultsHeading?.focus();
    if (this.#pendingFocus === 'step') this.#stepControl()?.focus();
    this.#pendingFocus = null;
  }

  /** The first control of the current question: focusing it announces its label or legend. */
  #stepControl(): HTMLElement | null {
    const root = this.renderRoot;
    if (this.step === 'procedure') return root.querySelector('#procedure');
    if (this.step === 'difficulty')
      return (
        root.querySelector('input[name="difficulty"]:checked') ??
        root.querySelector('input[name="difficulty"]')
      );
    return this.whereInput ?? null;
  }

  #hasPresetLocation(): boolean {
    return (
      !!this.postalCode ||
      (Number.isFinite(this.latitude) && Number.isFinite(this.longitude) && this.latitude !== null)
    );
  }

  #firstStep(): Step {
    if (!this.chosenProcedure) return 'procedure';
    if (!this.chosenDifficulty && !this.difficulty) return 'difficulty';
    return 'where';
  }

  get #procedure(): Procedure | undefined {
    return PROCEDURES.find((p) => p.id === this.chosenProcedure);
  }

  // Data ------------------------------------------------------------------------------------

  /** A position given by the page or by "use my position", when no place is typed. */
  get #position(): [number, number] | null {
    const { latitude, longitude } = this;
    return this.#place.text.trim() === '' &&
      latitude !== null &&
      longitude !== null &&
      Number.isFinite(latitude) &&
      Number.isFinite(longitude)
      ? [latitude, longitude]
      : null;
  }

  readonly #loading = new DataController({
    // A bad, unreachable, too large or too slow `src` (or one of its files later): say so, and
    // use the data shipped with the widget.
    onFallback: (requested, error) => {
      this.notice = () =>
        msg(
          str`Les données demandées (${requested}) n’ont pas pu être chargées : les données intégrées sont utilisées.`,
        );
      this.#error(error instanceof DataError ? error.kind : 'network', `${requested}: ${error.message}`);
    },
    onAttribution: (attribution) => {
      this.attribution = attribution;
    },
  });

  #data(): Promise<PlaceSource> {
    return this.#loading.source(this.src);
  }

  #gazetteerFor(where: string): Promise<Gazetteer> {
    return this.#loading.gazetteerFor(where, this.#position);
  }

  #error(kind: MediationFinderErrorDetail['kind'], message: string): void {
    this.dispatchEvent(
      new CustomEvent<MediationFinderErrorDetail>('mediation-finder-error', {
        detail: { kind, message },
        bubbles: true,
        composed: true,
      }),
    );
  }

  // Searching -------------------------------------------------------------------------------

  async #resolve(gazetteer: Gazetteer): Promise<Location | null> {
    const position = this.#position;
    if (position) {
      const [latitude, longitude] = position;
      const near = gazetteer.nearest(latitude, longitude);
      return {
        latitude,
        longitude,
        label: near ? near.commune.name : msg('votre position'),
        ...(near && near.distanceKm < 20 ? { territory: gazetteer.territoryOf(near.commune) } : {}),
      };
    }
    const resolved = resolveLocation(gazetteer, this.#place.text);
    if (resolved.ok) return resolved.location;
    const message = () => locationErrorText(resolved);
    this.whereError = message;
    this.status = message;
    this.#error('location', `${resolved.error}: ${resolved.text}`);
    return null;
  }

  #need(): Need {
    return {
      ...(this.chosenProcedure ? { procedure: this.chosenProcedure } : {}),
      ...(this.chosenDifficulty ? { difficulty: this.chosenDifficulty } : {}),
      ...filtersNeed(this.filters, this.locale),
    };
  }

  async #search({ focus }: { focus: boolean }): Promise<void> {
    this.busy = true;
    this.whereError = null;
    this.status = () => msg('Recherche en cours…');
    try {
      const source = this.#data();
      // A known position needs no commune to fetch its nearest places: they come meanwhile.
      const position = this.#position;
      if (position)
        source
          .then((data) => data.indexAround(...position, this.radius ?? FIRST_FETCH_KM))
          .catch(() => undefined);
      const location = await this.#resolve(await this.#gazetteerFor(this.#place.text));
      if (!location) {
        this.#clearResults();
        this.step = 'where';
        this.#pendingFocus = focus ? 'step' : null;
        return;
      }
      const data = await source;
      const need = this.#need();
      // The person's town hall and département council: fetched only when social work is wanted.
      const territory = location.territory;
      const doors = territory && needsOwnDoors(need) ? await data.doorsOf(territory.departement) : [];
      const around = async (km: number) =>
        orient(await data.indexAround(location.latitude, location.longitude, km), location, need, {
          doors,
          limit: Math.max(1, Math.min(50, Math.floor(this.limit) || 10)),
          ...(this.radius && this.radius > 0 ? { maxKm: this.radius } : {}),
        });
      // The nearest places first; farther ones only when the answer needs them.
      const steps = this.radius ? [this.radius] : FETCH_STEPS_KM;
      let fetched = steps[0];
      let orientation = await around(fetched);
      for (const km of steps.slice(1)) {
        if (settledWithin(orientation, fetched)) break;
        fetched = km;
        orientation = await around(km);
      }
      this.orientation = orientation;
      this.failed = false;
      this.attribution = data.attribution;
      this.selected = this.selected.filter((id) => orientation.results.some((r) => r.id === id));
      this.step = 'results';
      const count = orientation.results.length;
      this.status = () =>
        count === 0
          ? msg(str`Aucun lieu trouvé près de ${location.label}. Vous pouvez être aidé à distance.`)
          : msg(str`${count} lieux trouvés près de ${location.label}.`);
      if (focus) this.#pendingFocus = 'results';
      this.#writeHash();
      this.dispatchEvent(
        new CustomEvent<OrientationJson>('mediation-finder-orient', {
          detail: orientationToJson(orientation),
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      this.#clearResults();
      // The network, or the data itself: a file that cannot be read is no connection problem.
      const unreadable = error instanceof DataError && error.kind === 'invalid';
      this.status = () =>
        unreadable
          ? msg(
              'Les données des lieux sont illisibles : les lieux ne peuvent pas être affichés pour le moment.',
            )
          : msg('Les données n’ont pas pu être chargées. Vérifiez votre connexion et réessayez.');
      this.#error(error instanceof DataError ? error.kind : 'data', (error as Error).message);
    } finally {
      this.busy = false;
    }
  }

  /**
   * A failed search leaves no earlier answer on screen (a worker moving on to the next person
   * must never print the previous town's places): results, map and slip go, remote help stays.
   */
  #clearResults(): void {
    this.orientation = null;
    this.failed = true;
    this.selected = [];
    if (this.share && location.hash.includes(`${HASH_KEY}=`))
      history.replaceState(null, '', `${location.pathname}${location.search}`);
  }

  /**
   * The map (Leaflet, 46 KB, and tiles) loads when its place comes near the screen or when the
   * person asks for it: a person on a phone who reads the first cards never pays for it.
   */
  #watchMapSlot(): void {
    const slot = this.renderRoot.querySelector('.map-slot');
    if (!slot || this.#mapWatcher?.slot === slot) return;
    this.#mapWatcher?.observer.disconnect();
    if (typeof IntersectionObserver === 'undefined') {
      this.#loadMap();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          this.#mapWatcher = undefined;
          if (this.mapModule === 'idle') this.#loadMap();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(slot);
    this.#mapWatcher = { slot, observer };
  }

  #loadMap(): void {
    this.#mapWatcher?.observer.disconnect();
    this.#mapWatcher = undefined;
    this.mapModule = 'loading';
    import('../map/finder-map.js').then(
      () => {
        this.mapModule = 'ready';
      },
      (error: Error) => {
        this.mapModule = 'failed';
        this.#error('network', `map: ${error.message}`);
      },
    );
  }

  // Share and hash --------------------------------------------------------------------------

  /** The search, for the URL hash: what was chosen and typed, never a name. */
  #hashValue(): string {
    return searchHash({
      procedure: this.chosenProcedure,
      difficulty: this.chosenDifficulty,
      where: this.#place.text,
      selected: this.selected,
    });
  }

  #writeHash(): void {
    if (this.share) history.replaceState(history.state, '', `#${this.#hashValue()}`);
  }

  #restoreFromHash(): void {
    const search = this.share ? readSearchHash(location.hash) : null;
    if (!search) return;
    if (search.procedure) this.chosenProcedure = search.procedure;
    if (search.difficulty) this.chosenDifficulty = search.difficulty as Difficulty;
    if (search.where !== undefined) {
      this.#place.set(search.where);
      this.postalCode = /^\d{5}$/.test(search.where) ? search.where : this.postalCode;
    }
    if (search.selected) this.selected = search.selected;
    if (search.where && !this.postalCode) queueMicrotask(() => void this.#search({ focus: false }));
  }

  get #shareUrl(): string {
    const url = new URL(location.href);
    url.hash = this.#hashValue();
    return url.href;
  }

  // Events from the form --------------------------------------------------------------------

  #next(step: Step): void {
    this.step = step;
    this.#pendingFocus = 'step';
  }

  /** The communes proposed for what is typed, from one small file of the gazetteer. */
  async #suggest(text: string): Promise<Suggestion[]> {
    // The places' dataset is needed next: its manifest comes while the person types.
    void this.#data().catch(() => undefined);
    const digits = /^\d/.test(text);
    // From one small file: a whole postal code's département, the file of a word of the name
    // once it has 3 letters; typing "770" or "sa" never fetches the communes of all France.
    const gazetteer = this.#loading.hasWholeGazetteer
      ? await this.#loading.wholeGazetteer().catch(() => null)
      : await loadSuggestionGazetteer(text);
    return (gazetteer?.search(text, 8) ?? []).map((c) => {
      const postal = digits
        ? (c.postalCodes.find((p) => p.startsWith(text)) ?? c.postalCodes[0])
        : c.postalCodes[0];
      return {
        label: `${c.name} (${postal ?? c.departement})`,
        value: postal ? `${c.name} ${postal}` : c.name,
        at: c.latitude !== null && c.longitude !== null ? [c.latitude, c.longitude] : null,
      };
    });
  }

  /** A commune was chosen: the search comes next, its commune's file and nearest places now. */
  #prefetch(suggestion: Suggestion): void {
    void this.#gazetteerFor(suggestion.value).catch(() => undefined);
    const at = suggestion.at;
    if (at)
      void this.#data()
        .then((data) => data.indexAround(at[0], at[1], this.radius ?? FIRST_FETCH_KM))
        .catch(() => undefined);
    this.whereInput?.focus();
  }

  #submit(event: Event): void {
    event.preventDefault();
    this.#place.close();
    this.latitude = this.#place.text.trim() ? null : this.latitude;
    void this.#search({ focus: true });
  }

  #useMyPosition(): void {
    if (!('geolocation' in navigator)) {
      this.status = () => msg('Votre appareil ne donne pas sa position. Tapez un code postal.');
      return;
    }
    this.status = () => msg('Recherche de votre position…');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.#place.set('');
        this.latitude = Math.round(position.coords.latitude * 1000) / 1000;
        this.longitude = Math.round(position.coords.longitude * 1000) / 1000;
        void this.#search({ focus: true });
      },
      () => {
        this.status = () =>
          msg('Votre position n’a pas pu être obtenue. Tapez un code postal ou une commune.');
        this.#error('location', 'geolocation refused or unavailable');
        this.whereInput?.focus();
      },
      { maximumAge: 600_000, timeout: 15_000 },
    );
  }

  #filter(next: Filters): void {
    this.filters = next;
    if (this.orientation) void this.#search({ focus: false });
  }

  #select(result: OrientedPlace): void {
    const on = !this.selected.includes(result.id);
    this.selected = on ? [...this.selected, result.id] : this.selected.filter((id) => id !== result.id);
    this.#writeHash();
    if (on) {
      const detail = orientationToJson({
        ...(this.orientation as NonNullable<typeof this.orientation>),
        results: [result],
      }).results[0];
      this.dispatchEvent(
        new CustomEvent<MediationFinderSelectDetail>('mediation-finder-select', {
          detail: { place: detail as OrientedPlaceJson },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  #focusCard(id: string): void {
    const card = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] h4`);
    card?.focus();
  }

  // Rendering -------------------------------------------------------------------------------

  override render() {
    const dir = RTL_LOCALES.has(this.locale) ? 'rtl' : 'ltr';
    const lang = this.locale === 'fr-x-falc' ? 'fr' : this.locale;
    return html`<section part="base" dir=${dir} lang=${lang} aria-label=${this.#landmarkName()}>
      <div class="screen">
        <div class="top">
          <h2 part="title" id="${this.#id}-title">${msg('Trouver de l’aide près de chez vous')}</h2>
          ${this.#renderLanguageChoice()}
        </div>
        ${this.#renderSteps()} ${this.notice ? html`<p class="notice" role="alert">${this.notice()}</p>` : nothing}
        <p part="status" class="status" role="status" aria-live="polite">${this.status?.() ?? ''}</p>
        ${this.orientation ? this.#renderResults(this.orientation) : nothing}
        ${!this.orientation && this.failed ? this.#renderRemote(this.#remoteWithoutPlace(), 3) : nothing}
      </div>
      ${this.orientation ? this.#renderSlip(this.orientation) : nothing}
      <footer part="attribution">${this.#renderAttribution()}</footer>
    </section>`;
  }

  /**
   * A person whose language is not the page's can switch: each language is named in itself, and
   * the label says "language" in the language shown and in French.
   */
  #renderLanguageChoice() {
    const label = msg('Langue');
    return html`<div class="language">
      <label for="${this.#id}-language">${label}${this.locale.startsWith('fr') ? nothing : html` <span lang="fr">(langue)</span>`}</label>
      <select id="${this.#id}-language" @change=${(e: Event) => chooseLocale((e.target as HTMLSelectElement).value as Locale)}>
        ${LANGUAGE_NAMES.map(
          (l) =>
            html`<option value=${l.locale} lang=${l.lang} ?selected=${l.locale === this.locale}>${l.name}</option>`,
        )}
      </select>
    </div>`;
  }

  /** The finder is one landmark; its name includes the procedure so that several stay distinct. */
  #landmarkName(): string {
    const title = msg('Trouver de l’aide près de chez vous');
    const procedure = this.#procedure;
    return procedure ? `${title} : ${procedureLabelIn(this.locale, procedure).value}` : title;
  }

  #renderSteps() {
    if (this.step === 'procedure') return this.#renderProcedureStep();
    if (this.step === 'difficulty') return this.#renderDifficultyStep();
    return this.#renderWhereStep();
  }

  #procedureLabel(procedure: Procedure) {
    const text = procedureLabelIn(this.locale, procedure);
    return text.lang === this.locale || (text.lang === 'fr' && this.locale === 'fr-x-falc')
      ? text.value
      : html`<span lang=${text.lang}>${text.value}</span>`;
  }

  #renderProcedureStep() {
    const groups = new Map<string, Procedure[]>();
    for (const p of PROCEDURES) groups.set(p.body, [...(groups.get(p.body) ?? []), p]);
    return html`<form part="form" @submit=${(e: Event) => {
      e.preventDefault();
      this.#next(this.chosenDifficulty || this.difficulty ? 'where' : 'difficulty');
    }}>
      <label class="title" for="procedure">${msg('Pour quelle démarche avez-vous besoin d’aide ?')}</label>
      <select id="procedure" .value=${this.chosenProcedure} @change=${(e: Event) => {
        this.chosenProcedure = (e.target as HTMLSelectElement).value;
      }}>
        <option value="">${msg('Je ne sais pas ou autre démarche')}</option>
        ${[...groups.values()].map(
          (list) =>
            html`${list.map((p) => html`<option value=${p.id} ?selected=${p.id === this.chosenProcedure}>${procedureLabelIn(this.locale, p).value}</option>`)}`,
        )}
      </select>
      <div class="actions">
        <button type="submit">${msg('Continuer')}</button>
      </div>
    </form>`;
  }

  #renderDifficultyStep() {
    return html`<form part="form" @submit=${(e: Event) => {
      e.preventDefault();
      this.#next('where');
    }}>
      <fieldset>
        <legend>${msg('Qu’est-ce qui vous bloque ?')}</legend>
        ${DIFFICULTIES.map(
          (d) => html`<div class="choice">
            <input type="radio" name="difficulty" id="difficulty-${d}" value=${d} .checked=${this.chosenDifficulty === d}
              @change=${() => {
                this.chosenDifficulty = d;
              }} />
            <label for="difficulty-${d}">${difficultyLabel(d)}</label>
          </div>`,
        )}
      </fieldset>
      <div class="actions">
        <button type="submit">${msg('Continuer')}</button>
        <button type="button" class="secondary" @click=${() => {
          this.chosenDifficulty = '';
          this.#next('where');
        }}>${msg('Passer cette question')}</button>
        <button type="button" class="link" @click=${() => this.#next('procedure')}>${msg('Retour')}</button>
      </div>
    </form>`;
  }

  #renderWhereStep() {
    const procedure = this.#procedure;
    return html`<form part="form" @submit=${this.#submit} novalidate>
      ${
        procedure || this.chosenDifficulty
          ? html`<p class="hint">
              ${procedure ? html`${msg('Démarche :')} <strong>${this.#procedureLabel(procedure)}</strong>` : nothing}
              ${this.chosenDifficulty ? html`<br />${difficultyLabel(this.chosenDifficulty)}` : nothing}
              <br /><button type="button" class="link" @click=${() => this.#next('procedure')}>${msg('Modifier')}</button>
            </p>`
          : nothing
      }
      <label class="title" for="where">${msg('Où cherchez-vous de l’aide ?')}</label>
      <p class="hint" id="${this.#id}-where-hint">${msg('Code postal ou commune, par exemple 77000 ou Melun')}</p>
      <div class="row">
        ${this.#place.render({
          id: this.#id,
          describedBy: `${this.#id}-where-hint ${this.#id}-where-error`,
          invalid: !!this.whereError,
        })}
        <button type="submit" ?disabled=${this.busy}>${msg('Trouver de l’aide')}</button>
      </div>
      <p id="${this.#id}-where-error" class="error">${this.whereError?.() ?? ''}</p>
      <button type="button" class="link" @click=${this.#useMyPosition}>${msg('Utiliser ma position')}</button>
      ${this.chosenDifficulty === 'situation' ? renderSituations(this.filters, this.#id, (next) => this.#filter(next)) : nothing}
      ${renderFilters(this.filters, this.#id, (next) => this.#filter(next))}
    </form>`;
  }

  #renderResults(o: NonNullable<typeof this.orientation>) {
    // The headline names the kind of help shown first, never one the list does not hold.
    const kind = o.results[0]?.actor;
    const first = kind && { kind, reason: o.actors.find((a) => a.kind === kind)?.reason ?? kind };
    // Crisis lines are read first, above; remote help leads for a person who cannot travel.
    const lead = crisisLines(o);
    const remote = o.remote.filter((r) => !lead.includes(r));
    const remoteFirst = o.actors[0]?.kind === 'remote';
    return html`<div part="results">
      <h3 id="results-heading" tabindex="-1">${msg(str`Où trouver de l’aide près de ${o.location.label}`)}</h3>
      ${o.location.approximate ? html`<p class="notice">${msg('La position de votre commune est approximative : les distances sont indicatives.')}</p>` : nothing}
      ${renderCrisis(o, this.#id, this.locale)}
      ${first ? html`<p>${msg('Le plus adapté :')} <strong>${kindLabel(first.kind)}</strong>. ${kindReason(first.reason)}</p>` : nothing}
      ${o.crisis ? nothing : this.#renderOrCall(o.remote)}
      ${o.notices.map((n) => html`<p class="notice">${this.#noticeText(n)}</p>`)}
      ${o.widened ? html`<p class="notice">${widenedText(o.widened)}</p>` : nothing}
      ${remoteFirst ? this.#renderRemote(remote) : nothing}
      ${o.crisis?.placesLater && o.results.length ? html`<h4 class="later">${msg('Pour demain')}</h4>` : nothing}
      ${
        o.results.length
          ? html`<ol class="results">${o.results.map((r, i) => this.#card(r, i + 1))}</ol>`
          : html`<p>${msg('Aucun lieu ne correspond près d’ici. Les aides à distance ci-dessous peuvent vous aider.')}</p>`
      }
      ${remoteFirst ? nothing : this.#renderRemote(remote)}
      ${this.map !== 'off' && o.results.length ? this.#renderMap(o) : nothing}
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.#next('where')}>${msg('Modifier la recherche')}</button>
      </div>
    </div>`;
  }

  /** A notice's sentence, then its number to call as a link. */
  #noticeText(n: Notice) {
    const phone = 'phone' in n ? n.phone : undefined;
    return html`${noticeText(n)}
      ${phone ? html`<a href="tel:${phone.replace(/\s/g, '')}" dir="ltr">${displayPhone(phone)}</a>` : nothing}`;
  }

  #card(r: OrientedPlace, n: number) {
    return renderCard(r, n, {
      locale: this.locale,
      selected: this.selected.includes(r.id),
      onSelect: () => this.#select(r),
    });
  }

  /** Remote help when no place could be shown: the procedure's own lines, then everyone's. */
  #remoteWithoutPlace(): Orientation['remote'] {
    return remoteOptionsFor(this.#procedure?.body, undefined, {
      situation: this.chosenDifficulty === 'situation',
      situations: this.filters.situations,
    });
  }

  /**
   * One line near the top of the results: the procedure's own phone line (or the national
   * help line), for a person on a phone who will not scroll past ten places to find it.
   */
  #renderOrCall(remote: Orientation['remote']) {
    const line = remote.find((r) => r.phone);
    if (!line?.phone) return nothing;
    return html`<p class="or-call">${msg('Ou, sans vous déplacer, appelez')} <bdi lang="fr">${line.name}</bdi> :
      <a href="tel:${line.phone.replace(/\s/g, '')}" dir="ltr">${line.phone}</a>
      <a href="#${this.#id}-remote" @click=${(e: Event) => this.#goToRemote(e)}>${msg('Autres aides à distance')}</a></p>`;
  }

  #goToRemote(event: Event): void {
    event.preventDefault();
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${this.#id}-remote`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }

  /** Remote help, under the results (a level-4 heading) or on its own after a failed search. */
  #renderRemote(remote: Orientation['remote'], level: 3 | 4 = 4) {
    return renderRemote(remote, { id: this.#id, locale: this.locale, level });
  }

  #renderMap(o: NonNullable<typeof this.orientation>) {
    if (this.mapModule === 'failed')
      return html`<p class="meta">${msg('La carte n’a pas pu être chargée ; la liste ci-dessus contient tous les lieux.')}</p>`;
    if (this.mapModule === 'idle')
      return html`<div class="map-slot"><button type="button" class="secondary" @click=${() => this.#loadMap()}>${msg('Afficher la carte')}</button></div>`;
    if (this.mapModule !== 'ready') return html`<div class="map-slot"></div>`;
    return html`<div part="map" class="map">
      <mediation-finder-map
        .center=${[o.location.latitude, o.location.longitude]}
        .places=${o.results.map((r, i) => ({ id: r.id, n: i + 1, name: r.place.nom, latitude: r.place.latitude, longitude: r.place.longitude }))}
        .tiles=${this.tiles}
        .tilesAttribution=${this.tilesAttribution}
        .labels=${{ map: msg('Carte des lieux'), noTiles: msg('Fond de carte non configuré : les lieux sont placés sans plan.'), tilesFailed: msg('Le fond de carte ne s’affiche pas ; les lieux restent sur la carte et dans la liste.'), zoomIn: msg('Zoomer'), zoomOut: msg('Dézoomer') }}
        @mediation-finder-map-select=${(e: CustomEvent<{ id: string }>) => this.#focusCard(e.detail.id)}
      ></mediation-finder-map>
    </div>`;
  }

  #renderSlip(o: Orientation) {
    const chosen = o.results.filter((r) => this.selected.includes(r.id));
    return renderSlip({
      id: this.#id,
      locale: this.locale,
      procedure: this.#procedure,
      places: chosen.length ? chosen : o.results.slice(0, 1),
      remote: o.remote,
      crisis: o.crisis,
      notices: o.notices,
      beneficiary: this.beneficiary,
      prescriber: this.prescriber,
      shareUrl: this.share ? this.#shareUrl : null,
      onBeneficiary: (name) => {
        this.beneficiary = name;
      },
      onPrescriber: (name) => {
        this.prescriber = name;
      },
      onPrint: () => printSlip(this),
    });
  }

  #renderAttribution() {
    const a = this.attribution;
    if (!a)
      return html`${msg('Données : lieux de médiation numérique (ANCT, data·inclusion, France Services), Licence Ouverte 2.0.')}`;
    const licence = a.licence && !a.text.includes(a.licence) ? ` ${a.licence}.` : '';
    return html`${msg('Source des données :')} <span lang="fr">${a.text}</span>.${licence} ${a.date ? msg(str`Données à jour au ${longDate(a.date, this.locale)}.`) : nothing}`;
  }
}
