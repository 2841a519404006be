/**
 * The configurator: the settings chosen in the form set the preview finder's attributes as they
 * change, and write the code to copy for a script tag, an iframe (embed.html, for a site that
 * strips scripts), WordPress and Drupal. Every value reaches the page as text (textContent,
 * setAttribute), never as HTML.
 */
import { DIFFICULTIES, groupProcedures, PROCEDURES } from '@mediation-finder/core';
// Without a language set, the catalogue's words are its source: French.
import { difficultyLabel, procedureGroupLabel, procedureLabel } from '@mediation-finder/core/messages';

const form = document.querySelector('#settings');
const preview = document.querySelector('#preview');
const status = document.querySelector('#copy-status');
const field = (id) => document.querySelector(`#${id}`);

// The catalogue's procedures, grouped by body as the finder shows them; the difficulties.
for (const { group, procedures } of groupProcedures(PROCEDURES)) {
  const optgroup = document.createElement('optgroup');
  optgroup.label = procedureGroupLabel(group);
  for (const procedure of procedures) optgroup.append(new Option(procedureLabel(procedure), procedure.id));
  field('procedure').append(optgroup);
}
for (const difficulty of DIFFICULTIES)
  field('difficulty').append(new Option(difficultyLabel(difficulty), difficulty));

/** A field's error said under it, and on it for assistive technologies; null when it is fine. */
function check(id, message) {
  const input = field(id);
  field(`${id}-error`).textContent = message ?? '';
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  return !message;
}

/** The base address, ending in "/", or null (said under the field). */
function baseAddress() {
  const value = field('base').value.trim();
  let url = null;
  try {
    url = new URL(value);
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol)) {
    check(
      'base',
      'Indiquez une adresse web complète, par exemple https://www.exemple-mairie.fr/mediation-finder/',
    );
    return null;
  }
  check('base', null);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** A département, a commune's INSEE code or an EPCI's SIREN number, as core's parseArea reads them. */
const TERRITORY_CODE =
  /^(?:0[1-9]|1\d|2[0-9AB]|[3-8]\d|9[0-5]|97[1-8]|98[46-9]|\d{5}|2[AB]\d{3}|2(?:00|4\d)\d{6})$/;

/** The finder's attributes from the settings, in the order a reader expects them. */
function attributes() {
  const out = [];
  const procedure = field('procedure').value;
  const difficulty = field('difficulty').value;
  const postal = field('postal-code').value.trim();
  const lang = field('lang').value;
  const theme = form.elements.theme.value;
  const limit = field('limit').value.trim();
  if (procedure) out.push(['procedure', procedure]);
  if (difficulty) out.push(['difficulty', difficulty]);
  if (
    check(
      'postal-code',
      postal && !/^\d{5}$/.test(postal) ? 'Un code postal a cinq chiffres, par exemple 77000.' : null,
    ) &&
    postal
  )
    out.push(['postal-code', postal]);
  const territory = field('territory').value.trim();
  const wrong = territory.split(/[\s,;]+/).filter((code) => code && !TERRITORY_CODE.test(code.toUpperCase()));
  if (
    check(
      'territory',
      wrong.length
        ? `« ${wrong.join(' ')} » : ni un département (77, 2A, 974), ni un code INSEE de commune (5 caractères, 77288), ni un SIREN d'EPCI (9 chiffres, 200072130).`
        : null,
    ) &&
    territory
  )
    out.push(['territory', territory]);
  if (lang) out.push(['lang', lang]);
  if (theme) out.push(['theme', theme]);
  const n = Number(limit);
  if (
    check('limit', Number.isInteger(n) && n >= 1 && n <= 50 ? null : 'Un nombre entier de 1 à 50.') &&
    n !== 10
  )
    out.push(['limit', String(n)]);
  if (field('compact').checked) out.push(['layout', 'compact']);
  if (!field('map').checked) out.push(['map', 'off']);
  return out;
}

const escapeAttribute = (value) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function scriptSnippet(base, attrs) {
  const written = attrs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return `<script type="module" src="${escapeAttribute(`${base}mediation-finder.js`)}"></script>\n<mediation-finder${written}></mediation-finder>`;
}

function iframeSnippet(base, attrs) {
  const query = new URLSearchParams(attrs).toString();
  const src = `${base}embed.html${query ? `?${query}` : ''}`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="Trouver de l’aide près de chez vous" width="100%" height="720" loading="lazy" style="border: 0; width: 100%"></iframe>\n` +
    `<script src="${escapeAttribute(`${base}embed-host.js`)}" defer></script>`
  );
}

/** The settings applied to the preview and written into each snippet. */
function update() {
  const attrs = attributes();
  const shown = new Map(attrs);
  for (const name of [
    'procedure',
    'difficulty',
    'postal-code',
    'territory',
    'lang',
    'theme',
    'limit',
    'layout',
    'map',
  ]) {
    const value = shown.get(name);
    if (value === undefined) preview.removeAttribute(name);
    else if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
  }
  const base = baseAddress() ?? 'https://www.exemple-mairie.fr/mediation-finder/';
  const script = scriptSnippet(base, attrs);
  const iframe = iframeSnippet(base, attrs);
  const codes = {
    'script-code': script,
    'iframe-code': iframe,
    // One finder per snippet: the iframe is the other snippet, for a site that cannot keep a script.
    'wordpress-code': `<!-- Bloc « HTML personnalisé » (rôle qui peut publier du HTML non filtré) -->\n${script}`,
    'drupal-code': `<!-- Format « Full HTML », mode « Source » -->\n${script}`,
  };
  for (const [id, code] of Object.entries(codes)) field(id).querySelector('code').textContent = code;
}

/** Copies a snippet; where the clipboard is refused, selects it for Ctrl+C and says so. */
async function copy(button) {
  const pre = field(button.dataset.code);
  const name = button.dataset.name;
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(pre.textContent);
    status.textContent = `Code « ${name} » copié.`;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(pre);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = `La copie automatique n’est pas possible ici : le code « ${name} » est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).`;
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll('button.copy'))
  button.addEventListener('click', () => copy(button));
update();
