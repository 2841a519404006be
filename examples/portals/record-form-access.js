/**
 * Records any read of what is typed into the page's forms (value getters, FormData, input and
 * key listeners added after load), for the extension's end-to-end tests. The record is exposed
 * on window.__formAccess. It only sees this page's own JavaScript world; the tests also run the
 * extension's prompt code in this world to catch any read.
 */
window.__formAccess = [];
const record = (what) =>
  window.__formAccess.push(`${what} @ ${new Error().stack?.split('\n')[2]?.trim() ?? ''}`);
for (const Element of [HTMLInputElement, HTMLTextAreaElement, HTMLSelectElement]) {
  const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'value');
  Object.defineProperty(Element.prototype, 'value', {
    ...descriptor,
    get() {
      if (!this.closest('[data-page-own]')) record(`${Element.name}.value`);
      return descriptor.get.call(this);
    },
  });
}
const NativeFormData = window.FormData;
window.FormData = class extends NativeFormData {
  constructor(...args) {
    record('new FormData');
    super(...args);
  }
};
const addEventListener = EventTarget.prototype.addEventListener;
EventTarget.prototype.addEventListener = function (type, ...rest) {
  // The help prompt's own panel may listen for Escape: that reads nothing of the page.
  const root = this instanceof Node ? this.getRootNode() : null;
  const own = root instanceof ShadowRoot && root.host.hasAttribute('data-mediation-finder-test-prompt');
  if (
    !own &&
    ['input', 'change', 'keydown', 'keyup', 'keypress', 'paste'].includes(type) &&
    document.readyState === 'complete'
  ) {
    record(`addEventListener(${type})`);
  }
  return addEventListener.call(this, type, ...rest);
};
