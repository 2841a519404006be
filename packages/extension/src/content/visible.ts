/**
 * Whether a person could see the button they clicked. A portal's CSS can make the prompt
 * invisible (its host at opacity 0, visibility hidden, clipped, shrunk, off screen) or put its
 * own element over it, so that a click meant for the portal lands on « Pas maintenant » and
 * silences the prompt on that portal for good. Such a click counts for the page view only.
 *
 * Checked at the click: the computed style of the button and of every ancestor up to the
 * document (opacity, visibility, filter, clip-path, mask), its box (on screen, at its own size),
 * and what is hit at the click's point (the prompt's host in the page, the button in the closed
 * shadow root). Where the browser has it (Chromium), IntersectionObserver v2 adds what no hit
 * test sees: an element of the portal drawn over the button with `pointer-events: none`.
 */
export class VisibleClicks {
  /** When the button was last seen visible without a break (IntersectionObserver v2), or null. */
  #since: number | null = null;
  /** The observer has reported at least once (its first report comes 100 ms after the prompt). */
  #reported = false;
  readonly #tracked: boolean;
  #observer?: IntersectionObserver;

  constructor(private readonly button: HTMLElement) {
    const v2 =
      typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
    this.#tracked = v2;
    if (!v2) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1] as IntersectionObserverEntry & { isVisible?: boolean };
        this.#reported = true;
        if (!last.isVisible) this.#since = null;
        else this.#since ??= performance.now();
      },
      { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    this.#observer.observe(button);
  }

  disconnect(): void {
    this.#observer?.disconnect();
  }

  /** Whether the button was visibly there for the person when `event` clicked it. */
  seen(event: MouseEvent): boolean {
    try {
      return this.#seen(event);
    } catch {
      return false;
    }
  }

  #seen(event: MouseEvent): boolean {
    const { button } = this;
    if (this.#tracked && this.#reported && this.#since === null) return false;
    if (button.checkVisibility && !button.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
      return false;
    let opacity = 1;
    for (let e: Element | null = button; e; e = parentOf(e)) {
      const style = getComputedStyle(e);
      opacity *= Number(style.opacity);
      if (style.visibility !== 'visible' && e === button) return false;
      if (style.filter !== 'none' || style.clipPath !== 'none') return false;
      if ((style.maskImage || style.getPropertyValue('-webkit-mask-image') || 'none') !== 'none')
        return false;
    }
    if (opacity < 0.95) return false;
    const box = button.getBoundingClientRect();
    // At its own size (not shrunk by a transform), and whole in the window.
    if (box.width < button.offsetWidth * 0.9 || box.height < button.offsetHeight * 0.9 || box.width < 8)
      return false;
    if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight) return false;
    // The click's point (a key's click has none: the button's centre), hit through the shadow root.
    const pointer = event.detail > 0;
    const x = pointer ? event.clientX : box.left + box.width / 2;
    const y = pointer ? event.clientY : box.top + box.height / 2;
    const root = button.getRootNode() as ShadowRoot;
    if (document.elementFromPoint(x, y) !== root.host) return false;
    const hit = root.elementFromPoint(x, y);
    return !!hit && (hit === button || button.contains(hit));
  }
}

/** An element's parent, through a shadow root to its host. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
