import { msg, str } from '@lit/localize';
import {
  type Commune,
  DataError,
  type DataSource,
  type Need,
  type Orientation,
  type OrientationJson,
  OrientError,
  orientationToJson,
  type ResolveFailure,
  type SearchOptions,
  search,
  type Where,
} from '@mediation-finder/core';
import { locationErrorText } from '@mediation-finder/core/messages';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { refusal } from './refused.js';
import type { MediationFinderErrorDetail } from './types.js';

/** A sentence kept as a function: translated when rendered, so it follows language switches. */
export type Message = (() => string) | null;

/** How a search ended, when it was the latest one. */
export type Outcome =
  | { status: 'done'; orientation: Orientation }
  | { status: 'not-found'; failure: ResolveFailure }
  /** What the page asked is impossible (an `OrientError`'s code): nothing was fetched. */
  | { status: 'refused'; error: OrientError }
  | { status: 'failed'; error: Error };

export interface SearchRequest {
  source: () => DataSource;
  where: Where;
  need: Need;
  options: Omit<SearchOptions, 'signal'>;
  /** The outcome takes the focus (the person asked for this search). */
  focus: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

let loadedView: typeof import('./view.js') | undefined;
/** The results' view (its own chunk), once a search has loaded it. */
export const view = () => loadedView;
const loadView = () =>
  import('./view.js').then((module) => {
    loadedView = module;
  });

/** Tells the page (`mediation-finder-orient`, `-error`): bubbles out of the shadow root. */
export function fire<T>(host: HTMLElement, type: string, detail: T): void {
  host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

export const fireError = (host: HTMLElement, kind: MediationFinderErrorDetail['kind'], message: string) =>
  fire<MediationFinderErrorDetail>(host, 'mediation-finder-error', { kind, message });

/**
 * The finder's search as a task (the pattern of `@lit/task`, for core's search, which yields
 * steps rather than one value): each `run` aborts the one before, so a newer search always wins
 * over an older, slower one, whose steps are dropped as they come. It keeps what the view shows
 * of searching: the latest answer (on screen while a newer search runs), the status line, the
 * place field's error; and tells the page of each answer and failure, once.
 */
export class SearchController implements ReactiveController {
  orientation: Orientation | null = null;
  /** The last search failed: its place was not found, or no data could be read. */
  failed = false;
  busy = false;
  status: Message = null;
  /** Why what was typed gives no place. */
  whereError: Message = null;
  /** The communes a name may mean, offered to search instead ("Melum": Melun; "Evry": two). */
  offered: Commune[] = [];
  #running?: AbortController;
  /** The search running, and the one the finder was taken out of the page during. */
  #request?: SearchRequest;
  #interrupted?: SearchRequest;

  constructor(
    private readonly host: Host,
    /** The latest search ended: the host moves on (its step, focus, chosen places, hash). */
    private readonly settled: (outcome: Outcome, focus: boolean) => void,
    /**
     * When the finder's language is loaded: the page is told of an answer in it (the labels of
     * `mediation-finder-orient`'s detail are the catalogue's, in the active language).
     */
    private readonly languageReady: () => Promise<unknown> = () => Promise.resolve(),
  ) {
    host.addController(this);
  }

  /** Put back in a page (moved into a dialog, re-parented by a framework): the search it left resumes. */
  hostConnected(): void {
    const left = this.#interrupted;
    this.#interrupted = undefined;
    if (left) void this.run({ ...left, focus: false });
  }

  /** Taken out of the page: its search stops, and nothing stays "in progress". */
  hostDisconnected(): void {
    if (!this.#running) return;
    this.#running.abort(new DOMException('the finder left the page', 'AbortError'));
    this.#running = undefined;
    this.#interrupted = this.#request;
    this.busy = false;
    this.status = null;
  }

  /** A search is coming (the person is typing a place): its results' view comes meanwhile. */
  prepare(): void {
    loadView().catch(() => undefined);
  }

  /** Says something on the status line (what the host does meanwhile: finding the position). */
  say(status: Message): void {
    this.status = status;
    this.host.requestUpdate();
  }

  /** Nothing found is shown any more (the page took its procedure back); whether an answer was. */
  clear(): boolean {
    const shown = !!this.orientation;
    this.orientation = null;
    this.status = null;
    this.host.requestUpdate();
    return shown;
  }

  async run(request: SearchRequest): Promise<void> {
    const { source, where, need, options, focus } = request;
    this.#running?.abort(new DOMException('a newer search', 'AbortError'));
    const running = new AbortController();
    this.#running = running;
    this.#request = request;
    this.#interrupted = undefined;
    this.busy = true;
    this.whereError = null;
    this.offered = [];
    this.say(() => msg('Recherche en cours…'));
    let outcome: Outcome | undefined;
    try {
      // The results' view comes while the data does.
      const shown = loadView();
      for await (const step of search(source(), where, need, { ...options, signal: running.signal })) {
        if (step.step === 'not-found') outcome = { status: 'not-found', failure: step.failure };
        else if (step.step === 'orientation' && step.settled)
          outcome = { status: 'done', orientation: step.orientation };
      }
      await Promise.all([shown, this.languageReady()]);
    } catch (error) {
      outcome =
        error instanceof OrientError
          ? { status: 'refused', error }
          : { status: 'failed', error: error as Error };
    }
    if (running.signal.aborted) return;
    this.#running = undefined;
    this.busy = false;
    try {
      outcome ??= { status: 'failed', error: new DataError('the search gave no answer', 'invalid') };
      this.#show(outcome, request);
      this.settled(outcome, focus);
    } catch (error) {
      // An answer the finder cannot show (a field of a dataset no check foresaw) is a failed
      // search: said, told, and nothing of it, nor of an earlier answer, left on screen.
      const failed: Outcome = { status: 'failed', error: error as Error };
      this.#show(failed, request);
      this.settled(failed, focus);
    }
    this.host.requestUpdate();
  }

  #show(outcome: Outcome, { where, need, options }: SearchRequest): void {
    if (outcome.status === 'done') {
      const { orientation } = outcome;
      this.orientation = orientation;
      this.failed = false;
      const count = orientation.results.length;
      const { label } = orientation.location;
      this.status = () =>
        count === 0
          ? msg(str`Aucun lieu trouvé près de ${label}. Vous pouvez être aidé à distance.`)
          : msg(str`${count} lieux trouvés près de ${label}.`);
      fire<OrientationJson>(this.host, 'mediation-finder-orient', orientationToJson(orientation));
      return;
    }
    // A failed search leaves no earlier answer on screen (a worker moving on to the next person
    // must never print the previous town's places): results, map and slip go, remote help stays.
    this.orientation = null;
    this.failed = true;
    if (outcome.status === 'not-found') {
      const { failure } = outcome;
      // A name one letter wrong ("Melum") or several communes' ("Evry"): each is a button.
      this.offered =
        failure.error === 'unknown-place' || failure.error === 'ambiguous'
          ? (failure.candidates ?? []).slice(0, 5)
          : [];
      // Said once, under the field (its description, a live region); each commune offered is a button.
      this.status = null;
      this.whereError = () => locationErrorText(failure, this.offered.length > 0);
      fireError(this.host, 'location', `${failure.error}: ${failure.text}`);
      return;
    }
    if (outcome.status === 'refused') {
      const { error } = outcome;
      const said = refusal(error, { where, procedure: need.procedure, maxKm: options.maxKm });
      this.status = said.status ?? null;
      this.whereError = said.where ?? null;
      fireError(this.host, 'invalid', `${error.code}: ${error.message}`);
      return;
    }
    // The network, or the data itself: a file that cannot be read, or a value in it that breaks
    // the search (anything but a DataError), is no connection problem.
    const { error } = outcome;
    const unreadable = !(error instanceof DataError) || error.kind === 'invalid';
    // A file that is not what it should be is the site's to fix (a wrong data-url, a web page
    // served instead of the data): its developer reads why in the console, the person the status.
    if (unreadable) console.error(`<mediation-finder>: ${error.message}`);
    this.status = () =>
      unreadable
        ? msg(
            'Les données des lieux sont illisibles : les lieux ne peuvent pas être affichés pour le moment.',
          )
        : msg('Les données n’ont pas pu être chargées. Vérifiez votre connexion et réessayez.');
    fireError(this.host, error instanceof DataError ? error.kind : 'data', String(error?.message ?? error));
  }
}
