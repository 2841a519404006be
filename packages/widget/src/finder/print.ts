/**
 * Prints only the orientation slip of one finder, whatever the host page holds. A constructable
 * stylesheet (allowed under a strict CSP, unlike a <style> element) hides the rest of the page
 * for the time of printing, then goes away.
 */
const PRINT_ONLY = `@media print {
  body * { visibility: hidden !important; }
  [data-mediation-finder-printing], [data-mediation-finder-printing] * { visibility: visible !important; }
  [data-mediation-finder-printing] { position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important; }
  @page { size: A4; margin: 15mm; }
}`;

export function printSlip(host: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PRINT_ONLY);
  const before = document.adoptedStyleSheets;
  document.adoptedStyleSheets = [...before, sheet];
  host.setAttribute('data-mediation-finder-printing', '');
  const done = () => {
    host.removeAttribute('data-mediation-finder-printing');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
  // Some browsers print synchronously and fire afterprint before returning, others never do.
  setTimeout(done, 1000);
}
