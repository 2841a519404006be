import { css } from 'lit';

/**
 * A neutral default look (system fonts, a sober palette passing WCAG AA): the DSFR's blue and its
 * Marianne font are reserved to the State's own sites, which ask for them with `theme="dsfr"`.
 * Public styling only through the custom properties and the parts; everything else may change.
 * The theme sets custom properties on the host (Marianne only if the page has loaded it: never
 * fetched here), so that the page's own, set on the element, still win.
 */
export const styles = css`
  :host {
    display: block;
  }
  :host([theme='dsfr']) {
    --mf-color-primary: #000091;
    --mf-color-focus: #0a76f6;
    --mf-color-selected: #e3e3fd;
    --mf-font-family: Marianne, arial, sans-serif;
  }
  /* The reset lives on the inner base, not on :host: a host page's "body * { … !important }"
     matches the host element itself, never what is inside the shadow root. */
  [part='base'] {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--mf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--mf-font-size, 1rem);
    line-height: 1.5;
    color: var(--mf-color-text, #161616);
    background: var(--mf-color-background, #ffffff);
    border: 1px solid var(--mf-color-border, #dddddd);
    border-radius: var(--mf-radius, 4px);
    /* Narrower on a phone, where 200 % text needs every pixel of its width. */
    padding: var(--mf-spacing, min(1rem, 2vw));
    text-align: start;
    unicode-bidi: isolate;
    container: finder / inline-size;
    /* 200 % text on a phone: a long word, an e-mail or a web address wraps rather than widening the page. */
    overflow-wrap: anywhere;
  }
  [part='base'][dir='rtl'] {
    direction: rtl;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 0.5rem;
    line-height: 1.25;
    color: var(--mf-color-heading, var(--mf-color-text, #161616));
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0 0 0.5rem;
  }
  fieldset {
    border: 0;
    margin: 0 0 1rem;
    padding: 0;
    min-width: 0;
  }
  legend,
  label.title {
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.5rem;
    display: block;
  }
  .hint {
    color: var(--mf-color-muted, #3a3a3a);
    font-size: 0.875em;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.25rem 0;
  }
  .procedures legend {
    font-size: 0.875em;
    margin: 0.75rem 0 0;
  }
  .about {
    padding-inline-start: 1.75rem;
  }
  /* At 200 % text on a phone, a long word ("mesdroitssociaux") breaks rather than overflows. */
  .choice label {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .choice input {
    margin-top: 0.3em;
    accent-color: var(--mf-color-primary, #1f5c70);
    flex: none;
  }
  input[type='text'],
  input[type='search'],
  select {
    font: inherit;
    color: inherit;
    background: #fff;
    border: 1px solid var(--mf-color-muted, #3a3a3a);
    border-bottom: 2px solid var(--mf-color-primary, #1f5c70);
    border-radius: var(--mf-radius, 4px) var(--mf-radius, 4px) 0 0;
    padding: 0.5rem 0.75rem;
    width: 100%;
    max-width: 32rem;
    min-height: 2.75rem;
  }
  input[aria-invalid='true'] {
    border-bottom-color: var(--mf-color-error, #ce0500);
  }
  button,
  a.button {
    font: inherit;
    font-weight: 500;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--mf-radius, 4px);
    border: 1px solid var(--mf-color-primary, #1f5c70);
    background: var(--mf-color-primary, #1f5c70);
    color: var(--mf-color-on-primary, #ffffff);
    cursor: pointer;
    text-decoration: none;
  }
  button.secondary,
  a.button.secondary {
    background: transparent;
    color: var(--mf-color-primary, #1f5c70);
  }
  button.link {
    background: none;
    border: 0;
    padding: 0.25rem 0;
    min-height: 2.75rem;
    color: var(--mf-color-primary, #1f5c70);
    text-decoration: underline;
  }
  button[aria-pressed='true'] {
    background: var(--mf-color-selected, #e7eff1);
    color: var(--mf-color-primary, #1f5c70);
  }
  a {
    color: var(--mf-color-primary, #1f5c70);
  }
  :focus-visible {
    outline: 2px solid var(--mf-color-focus, #0b57d0);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .combobox {
    position: relative;
    flex: 1 1 14rem;
    max-width: 32rem;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    margin: 0;
    padding: 0;
    list-style: none;
    background: #fff;
    border: 1px solid var(--mf-color-border, #dddddd);
    box-shadow: 0 2px 6px rgb(0 0 18 / 16%);
    max-height: 16rem;
    overflow: auto;
  }
  /* A narrow finder (a phone) puts the button under the field: the list then pushes it down
     instead of covering it, so that a tap on the button never picks a suggestion. */
  @container finder (max-width: 36rem) {
    [role='listbox'] {
      position: static;
    }
  }
  [role='option'] {
    padding: 0.5rem 0.75rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--mf-color-primary, #1f5c70);
    color: #fff;
  }
  .status {
    font-weight: 700;
    margin: 1rem 0 0.5rem;
  }
  .notice {
    border-inline-start: 4px solid var(--mf-color-warning, #b34000);
    padding: 0.5rem 0.75rem;
    background: var(--mf-color-warning-background, #fff4f3);
    margin: 0.5rem 0;
  }
  .error {
    color: var(--mf-color-error, #ce0500);
    font-weight: 500;
  }
  .kind {
    display: block;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--mf-color-kind, var(--mf-color-primary, #1f5c70));
    margin-bottom: 0.25rem;
  }
  .meta,
  .when {
    color: var(--mf-color-muted, #3a3a3a);
    font-size: 0.875em;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem 1rem;
  }
  .language {
    display: flex;
    flex-wrap: wrap;
    max-width: 100%;
    align-items: baseline;
    gap: 0.5rem;
    font-size: 0.875em;
    max-width: 100%;
  }
  .language select {
    width: auto;
    max-width: 100%;
  }
  .remote {
    margin-top: 1rem;
    padding: 0.75rem 1rem;
    background: var(--mf-color-remote, #f6f6f6);
    border-radius: var(--mf-radius, 4px);
  }
  .remote ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  details.filters {
    margin: 0.5rem 0 1rem;
  }
  details.filters summary {
    cursor: pointer;
    color: var(--mf-color-primary, #1f5c70);
    font-weight: 500;
    padding: 0.5rem 0;
  }
  .filters-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0 1rem;
  }
  .slip-print {
    display: none;
  }
  footer {
    margin-top: 1rem;
    font-size: 0.8125em;
    color: var(--mf-color-muted, #3a3a3a);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :host([layout='compact']) [part='base'] {
    padding: calc(var(--mf-spacing, 1rem) * 0.75);
  }
  :host([layout='compact']) h2 {
    font-size: 1.125em;
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 0.15s;
    }
  }
  @media print {
    [part='base'] {
      border: 0;
      padding: 0;
    }
    .screen {
      display: none !important;
    }
    .slip-print {
      display: block;
      font-size: 11pt;
      color: #000;
    }
    /* The person's language and French side by side (issue 27). */
    .slip-pair {
      display: flex;
      gap: 8mm;
    }
    .slip-pair > .slip-print {
      flex: 1;
    }
    .slip-print .card {
      break-inside: avoid;
      border: 1px solid #000;
    }
    a {
      color: #000;
      text-decoration: none;
    }
  }
`;
