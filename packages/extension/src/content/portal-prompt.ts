import { matchPortal } from '@mediation-finder/core/portals';
import { PANEL_ESCAPE } from '../shared/panel-escape.js';
import { VisibleClicks } from './visible.js';

/**
 * The help prompt on a public-service portal. It reads only the page's address and title (never
 * a form, never what is typed), shows a small dismissible prompt in the flow of the page (it
 * pushes content down and never covers the form), and opens the finder for the recognised
 * procedure in a panel isolated in a shadow root. It follows navigation inside single-page apps
 * (by events, never a timer) and cleans up when its signal aborts.
 */
export interface PortalEnvironment {
  /** Prompts enabled for this host and not dismissed there. */
  shouldPrompt(host: string): Promise<boolean>;
  dismiss(host: string): Promise<void>;
  /**
   * URL of the extension page showing the finder for a procedure: the procedure only. The page
   * reads the person's settings itself, so no postal code or dataset is ever in an address.
   */
  panelUrl(procedure: string): Promise<string>;
  openOptions(): void;
  /** The prompt's words, in the person's language (the extension's message catalogue). */
  words: PromptWords;
  signal: AbortSignal;
}

export interface PromptWords {
  lang: string;
  dir: 'ltr' | 'rtl';
  region: string;
  question: string;
  invite: string;
  open: string;
  later: string;
  settings: string;
  close: string;
  panelTitle(procedure: string): string;
  /** A procedure's name, by its id. */
  procedure(id: string): string;
}

const STYLE = `
:host { all: initial; display: block; }
.prompt { font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #161616; background: #f5f5fe;
  border-bottom: 2px solid #000091; padding: 8px 16px; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
.prompt p { margin: 0; flex: 1 1 18rem; }
button { font: inherit; min-height: 40px; padding: 6px 14px; border-radius: 4px; border: 1px solid #000091; cursor: pointer; }
.primary { background: #000091; color: #fff; }
.secondary { background: #fff; color: #000091; }
.link { background: none; border: 0; color: #000091; text-decoration: underline; padding: 6px 4px; }
:focus-visible { outline: 2px solid #0a76f6; outline-offset: 2px; }
.panel { border-bottom: 2px solid #000091; background: #fff; }
.panel-bar { display: flex; justify-content: flex-end; padding: 4px 16px; font: 14px system-ui, sans-serif; }
iframe { display: block; width: 100%; height: min(80vh, 760px); border: 0; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
`;

function styleRoot(root: ShadowRoot): void {
  try {
    // Constructable stylesheets are not subject to the portal's Content-Security-Policy.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.append(style);
  }
}

declare global {
  // Set only by the test build, whose portal-like pages live at 127.0.0.1/<portal host>/<path>.
  var __MEDIATION_FINDER_TEST_PORTALS__: boolean | undefined;
}

/**
 * The portal address of the page. The test build maps 127.0.0.1/…/www.caf.fr/rsa/ (portal-like
 * pages of examples/portals/) to https://www.caf.fr/rsa/.
 */
export function portalUrl(location: Location): URL {
  const url = new URL(location.href);
  if (globalThis.__MEDIATION_FINDER_TEST_PORTALS__ && url.hostname === '127.0.0.1') {
    const segments = url.pathname.split('/');
    const at = segments.findIndex((s) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(s) && !s.endsWith('.html'));
    if (at > 0)
      return new URL(`https://${segments[at]}/${segments.slice(at + 1).join('/')}${url.search}${url.hash}`);
  }
  return url;
}

export function startPortalPrompt(env: PortalEnvironment): { check(): Promise<void> } {
  let host: HTMLElement | null = null;
  let shownFor = '';
  let seen: VisibleClicks | undefined;
  /** « Pas maintenant » clicked while the prompt could not be seen: for this page view only. */
  let notThisView = false;

  const remove = () => {
    seen?.disconnect();
    host?.remove();
    host = null;
    shownFor = '';
  };

  const show = async (procedure: string) => {
    if (shownFor === procedure && host?.isConnected) return;
    remove();
    shownFor = procedure;
    // A plain element with no attribute: the page cannot tell which procedure matched, nor find
    // the extension by a name (only the test build marks it, for its tests to find it).
    host = document.createElement('div');
    if (globalThis.__MEDIATION_FINDER_TEST_PORTALS__) host.dataset.mediationFinderTestPrompt = procedure;
    // Closed: the portal's scripts can neither read the prompt and its panel's address nor reach
    // its buttons. And only a person's own clicks and keys act (`isTrusted`), never a script's.
    const root = host.attachShadow({ mode: 'closed' });
    styleRoot(root);
    const region = document.createElement('section');
    region.className = 'prompt';
    region.setAttribute('role', 'region');
    const { words } = env;
    region.setAttribute('aria-label', words.region);
    region.setAttribute('lang', words.lang);
    region.setAttribute('dir', words.dir);
    const text = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = words.question;
    const name = words.procedure(procedure);
    // "Demander le RSA" reads "demander le RSA" after the colon; an acronym keeps its capitals.
    const inSentence = /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
    text.append(strong, ` ${words.invite} `, inSentence, '.');
    const open = button(words.open, 'primary');
    const later = button(words.later, 'secondary');
    const settings = button(words.settings, 'link');
    region.append(text, open, later, settings);
    root.append(region);

    open.addEventListener('click', async (event) => {
      if (!event.isTrusted || root.querySelector('.panel')) return;
      const panel = document.createElement('div');
      panel.className = 'panel';
      panel.setAttribute('lang', words.lang);
      panel.setAttribute('dir', words.dir);
      const bar = document.createElement('div');
      bar.className = 'panel-bar';
      const close = button(words.close, 'link');
      bar.append(close);
      const frame = document.createElement('iframe');
      frame.title = words.panelTitle(name);
      frame.src = await env.panelUrl(procedure);
      panel.append(bar, frame);
      region.after(panel);
      open.setAttribute('aria-expanded', 'true');
      frame.focus();
      const closePanel = () => {
        panel.remove();
        open.setAttribute('aria-expanded', 'false');
        open.focus();
      };
      close.addEventListener('click', (event) => {
        if (event.isTrusted) closePanel();
      });
      panel.addEventListener('keydown', (event) => {
        if (event.isTrusted && event.key === 'Escape') closePanel();
      });
      // Escape pressed inside the panel's own page: it tells its parent, and only the frame this
      // prompt opened is heard (a message from the portal's page has another source).
      addEventListener(
        'message',
        (event) => {
          if (event.source === frame.contentWindow && event.data === PANEL_ESCAPE && panel.isConnected)
            closePanel();
        },
        { signal: env.signal },
      );
    });
    seen = new VisibleClicks(later);
    const seenHere = seen;
    later.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      const visible = seenHere.seen(event);
      // Gone at once; remembered for the site in the background, when the person could see
      // what they clicked; otherwise (the portal hid the prompt under its own button) only here.
      remove();
      if (visible) void env.dismiss(portalUrl(location).hostname);
      else notThisView = true;
    });
    settings.addEventListener('click', (event) => {
      if (event.isTrusted) env.openOptions();
    });
    open.setAttribute('aria-expanded', 'false');
    document.body.prepend(host);
    clearFixedHeader(host);
  };

  // A portal's header fixed at the top of the window would hide the prompt (first in the page's
  // flow) while it keeps the first Tab stop: the prompt moves down below it, still in the flow.
  addEventListener('resize', () => host && clearFixedHeader(host), { signal: env.signal, passive: true });

  const check = async () => {
    if (env.signal.aborted) return;
    const page = portalUrl(location);
    const match = matchPortal(page.href, document.title);
    if (notThisView || !match || !(await env.shouldPrompt(page.hostname))) {
      remove();
      return;
    }
    await show(match.id);
  };

  // Single-page apps change the address and title without loading a page. Followed by events,
  // never by a timer: nothing runs while the page is idle.
  let lastUrl = location.href;
  let lastTitle = document.title;
  const onChange = () => {
    if (globalThis.__MEDIATION_FINDER_TEST_PORTALS__) {
      const root = document.documentElement;
      root.dataset.mediationFinderWakeups = String(Number(root.dataset.mediationFinderWakeups ?? 0) + 1);
    }
    if (location.href === lastUrl && document.title === lastTitle) return;
    lastUrl = location.href;
    lastTitle = document.title;
    void check();
  };
  addEventListener('popstate', onChange, { signal: env.signal });
  addEventListener('hashchange', onChange, { signal: env.signal });
  // The Navigation API (Chromium) tells every same-document navigation, history.pushState's too.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', onChange, { signal: env.signal });
  const observer = new MutationObserver(onChange);
  const head = document.head ?? document.documentElement;
  observer.observe(head, { subtree: true, childList: true, characterData: true });
  // Without it (Firefox), a view's change of content stands for its change of address.
  if (!navigation && document.body) observer.observe(document.body, { subtree: true, childList: true });
  env.signal.addEventListener('abort', () => {
    observer.disconnect();
    remove();
  });
  void check();
  return { check };
}

function button(label: string, kind: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = kind;
  element.textContent = label;
  return element;
}

/** Moves the prompt below whatever fixed or sticky element of the page covers it from above. */
function clearFixedHeader(host: HTMLElement): void {
  host.style.marginTop = '';
  const box = host.getBoundingClientRect();
  if (!box.height) return;
  let bottom = box.top;
  for (const x of [box.left + 8, box.left + box.width / 2, box.right - 8]) {
    for (const element of document.elementsFromPoint(x, box.top + Math.min(box.height / 2, 12))) {
      if (element === host || host.contains(element)) break;
      const cover = fixedAncestor(element);
      if (cover) bottom = Math.max(bottom, cover.getBoundingClientRect().bottom);
    }
  }
  if (bottom > box.top) host.style.marginTop = `${Math.ceil(bottom - box.top)}px`;
}

function fixedAncestor(element: Element): Element | null {
  for (let e: Element | null = element; e && e !== document.body; e = e.parentElement) {
    const position = getComputedStyle(e).position;
    if (position === 'fixed' || position === 'sticky') return e;
  }
  return null;
}
