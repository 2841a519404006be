import { displayPhone } from '@mediation-finder/core/text';
import browser from 'webextension-polyfill';
import { applyFinderParams, finderParams } from '../shared/finder-url.js';
import { localizePage, procedureName, t } from '../shared/i18n.js';
import { QUICK_DIFFICULTIES, QUICK_PROCEDURES, QUICK_SITUATIONS } from '../shared/quick.js';
import { type Favourite, loadSettings, referrerOf, saveSettings } from '../shared/settings.js';

/**
 * The popup: the finder for any need. In worker mode, a quick orientation in two clicks (a common
 * procedure, then what blocks the person: results for the worker's own postal code at once), the
 * results first (the choices fold into one line), the worker's partner places that fit the need
 * above them, the worker's details on every slip, and "Personne suivante", which starts the next
 * person from nothing. Nothing about the person helped is stored.
 */
const quickName = (id: string) => t(`quick_${id.replace(/-/g, '_')}`);
const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface Finder extends HTMLElement {
  selected: string[];
}
interface OrientedJson {
  location: { label: string };
  results: { id: string }[];
}

localizePage();
const storage = browser.storage.local;
const finder = document.querySelector('mediation-finder') as Finder;
const settings = await loadSettings(storage);
applyFinderParams(finder, finderParams(settings));
const referrer = referrerOf(settings.worker);
if (referrer) finder.setAttribute('referrer', referrer);
// The slip's link, e-mail and QR code open the institution's public page, never this popup.
if (settings.finderPage) finder.setAttribute('share-url', settings.finderPage);

// The dataset of the options failed (the finder says so and uses the shipped data): the worker
// is told where it is set, to check it or ask their organisation for the right one.
finder.addEventListener('mediation-finder-error', (event) => {
  const { message } = (event as CustomEvent<{ message: string }>).detail;
  if (settings.datasetUrl && message.startsWith(`${settings.datasetUrl}:`))
    element('dataset-failed').hidden = false;
});

/** Toggle buttons; `multiple` lets several be pressed (the situations). */
function chips(
  container: HTMLElement,
  values: readonly string[],
  chosen: (values: string[]) => void,
  multiple = false,
): void {
  for (const value of values) {
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.textContent = quickName(value);
    chip.dataset.value = value;
    chip.setAttribute('aria-pressed', 'false');
    chip.addEventListener('click', () => {
      const on = chip.getAttribute('aria-pressed') !== 'true';
      for (const other of container.querySelectorAll('button'))
        if (other === chip) other.setAttribute('aria-pressed', String(multiple ? on : true));
        else if (!multiple) other.setAttribute('aria-pressed', 'false');
      chosen(
        [...container.querySelectorAll<HTMLElement>('button[aria-pressed="true"]')].map(
          (b) => b.dataset.value as string,
        ),
      );
    });
    container.append(chip);
  }
}

if (settings.mode === 'worker') {
  element('quick').hidden = false;
  const situations = element('quick-situations-group');
  chips(element('quick-procedures'), QUICK_PROCEDURES, ([id]) => {
    if (!id || id === finder.getAttribute('procedure')) return;
    // Places chosen for another procedure do not belong on this one's slip. The person's name
    // stays (the same person may need help with two procedures): « Personne suivante » clears it.
    finder.selected = [];
    finder.setAttribute('procedure', id);
  });
  chips(element('quick-difficulties'), QUICK_DIFFICULTIES, ([difficulty]) => {
    if (!difficulty) return;
    finder.setAttribute('difficulty', difficulty);
    situations.hidden = difficulty !== 'situation';
    if (situations.hidden) {
      finder.removeAttribute('situations');
      for (const chip of situations.querySelectorAll('button')) chip.setAttribute('aria-pressed', 'false');
    }
  });
  chips(
    element('quick-situations'),
    QUICK_SITUATIONS,
    (named) => {
      if (named.length) finder.setAttribute('situations', named.join(' '));
      else finder.removeAttribute('situations');
    },
    true,
  );
  if (!settings.homePostalCode) element('quick-hint').textContent = t('quickNoHome');
  element('share-missing').hidden = !!settings.finderPage;
  void showFavourites();
  // The next person starts from nothing: the page is loaded again, so that no name, place,
  // filter, situation nor language of the previous one is left anywhere, in the page or the finder.
  element('next-person').addEventListener('click', () => {
    location.replace(`${location.pathname}?next`);
  });
  if (new URLSearchParams(location.search).has('next'))
    element<HTMLElement>('quick-procedures').querySelector('button')?.focus();
  element('quick-edit').addEventListener('click', () => fold(false));
  finder.addEventListener('mediation-finder-orient', (event) => {
    const detail = (event as CustomEvent<OrientedJson>).detail;
    showPartnersFit(detail);
    const procedure = finder.getAttribute('procedure');
    const difficulty = finder.getAttribute('difficulty');
    if (!procedure || !difficulty) return;
    const named = (finder.getAttribute('situations') ?? '').split(' ').filter(Boolean);
    element('quick-summary-text').textContent = [
      quickName(procedure) || procedureName(procedure),
      ...(named.length ? named.map(quickName) : [quickName(difficulty)]),
      detail.location.label,
    ].join(' · ');
    fold(true);
  });
}

/** After a search the choices fold into one line ("RSA · N’y arrive pas · Melun (77000) — Modifier"). */
function fold(folded: boolean): void {
  document.body.classList.toggle('folded', folded);
  element('quick-summary').hidden = !folded;
  element('quick-choices').hidden = folded;
  element('quick-edit').setAttribute('aria-expanded', String(!folded));
  if (!folded)
    element('quick-choices').querySelector<HTMLElement>('button[aria-pressed="true"], button')?.focus();
}

/** The worker's partner places among the places found for this need: at the top, choosable for the slip. */
async function showPartnersFit(detail: OrientedJson): Promise<void> {
  const { favourites } = await loadSettings(storage);
  const found = new Set(detail.results.map((r) => r.id));
  const fit = favourites.filter((f) => found.has(f.id));
  element('partners-fit').hidden = fit.length === 0;
  element('partners-fit-list').replaceChildren(
    ...fit.map((favourite) => {
      const item = partnerItem(favourite);
      const choose = document.createElement('button');
      choose.type = 'button';
      choose.className = 'link';
      // The place's name for screen readers, after the words on screen (WCAG 2.5.3).
      const which = document.createElement('span');
      which.className = 'visually-hidden';
      which.textContent = ` : ${favourite.nom}`;
      choose.append(t('partnerChoose'), which);
      const pressed = () =>
        choose.setAttribute('aria-pressed', String(finder.selected.includes(favourite.id)));
      pressed();
      choose.addEventListener('click', () => {
        const on = !finder.selected.includes(favourite.id);
        finder.selected = on
          ? [...finder.selected, favourite.id]
          : finder.selected.filter((id) => id !== favourite.id);
        pressed();
      });
      item.append(' ', choose);
      return item;
    }),
  );
}

/** A partner place: its name, address and phone. */
function partnerItem(favourite: Favourite): HTMLLIElement {
  const item = document.createElement('li');
  const name = document.createElement('strong');
  name.textContent = favourite.nom;
  item.append(name, ` — ${favourite.adresse}`);
  if (favourite.telephone) {
    const phone = document.createElement('a');
    phone.href = `tel:${favourite.telephone}`;
    phone.textContent = displayPhone(favourite.telephone);
    item.append(' · ', phone);
  }
  return item;
}

async function showFavourites(): Promise<void> {
  const current = await loadSettings(storage);
  const list = element('favourite-list');
  element('favourites').hidden = false;
  list.replaceChildren(
    ...current.favourites.map((favourite) => {
      const item = partnerItem(favourite);
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'link';
      remove.textContent = t('favouriteRemove');
      remove.setAttribute('aria-label', t('favouriteRemoveLabel', favourite.nom));
      remove.addEventListener('click', async () => {
        const latest = await loadSettings(storage);
        await saveSettings(storage, { favourites: latest.favourites.filter((f) => f.id !== favourite.id) });
        await showFavourites();
      });
      item.append(' ', remove);
      return item;
    }),
  );
  if (current.favourites.length === 0) {
    const empty = document.createElement('li');
    empty.textContent = t('favouritesNone');
    list.append(empty);
  }
}

// A place chosen in the results can become a partner place (public data about the place only).
finder.addEventListener('mediation-finder-select', (event) => {
  if (settings.mode !== 'worker') return;
  const { place } = (
    event as CustomEvent<{ place: Favourite & { telephone?: string; code_postal: string; commune: string } }>
  ).detail;
  const offer = element('favourite-offer');
  const add = element<HTMLButtonElement>('favourite-add');
  add.textContent = t('favouriteAdd', place.nom);
  offer.hidden = false;
  add.onclick = async () => {
    const latest = await loadSettings(storage);
    if (!latest.favourites.some((f) => f.id === place.id)) {
      const favourite: Favourite = {
        id: place.id,
        nom: place.nom,
        adresse: `${place.adresse}, ${place.code_postal} ${place.commune}`,
        ...(place.telephone ? { telephone: place.telephone } : {}),
      };
      await saveSettings(storage, { favourites: [...latest.favourites, favourite] });
    }
    offer.hidden = true;
    await showFavourites();
  };
});
