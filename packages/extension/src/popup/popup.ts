import { displayPhone } from '@mediation-finder/core/text';
import browser from 'webextension-polyfill';
import { applyFinderParams, finderParams } from '../shared/finder-url.js';
import { localizePage, t } from '../shared/i18n.js';
import { QUICK_DIFFICULTIES, QUICK_PROCEDURES } from '../shared/quick.js';
import { type Favourite, loadSettings, saveSettings } from '../shared/settings.js';

/**
 * The popup: the finder for any need. In worker mode, a quick orientation in two clicks (a common
 * procedure, then what blocks the person: results for the worker's own postal code at once) and
 * the worker's partner places. Nothing about the person helped is stored.
 */
const quickName = (id: string) => t(`quick_${id.replace(/-/g, '_')}`);

localizePage();
const storage = browser.storage.local;
const finder = document.querySelector('mediation-finder') as HTMLElement;
const settings = await loadSettings(storage);
applyFinderParams(finder, finderParams(settings));

function chips(container: HTMLElement, values: string[], attribute: string): void {
  for (const value of values) {
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.textContent = quickName(value);
    chip.setAttribute('aria-pressed', 'false');
    chip.addEventListener('click', () => {
      for (const other of container.querySelectorAll('button'))
        other.setAttribute('aria-pressed', String(other === chip));
      finder.setAttribute(attribute, value);
    });
    container.append(chip);
  }
}

if (settings.mode === 'worker') {
  (document.getElementById('quick') as HTMLElement).hidden = false;
  chips(document.getElementById('quick-procedures') as HTMLElement, QUICK_PROCEDURES, 'procedure');
  chips(document.getElementById('quick-difficulties') as HTMLElement, QUICK_DIFFICULTIES, 'difficulty');
  if (!settings.homePostalCode) {
    (document.getElementById('quick-hint') as HTMLElement).textContent = t('quickNoHome');
  }
  void showFavourites();
}

async function showFavourites(): Promise<void> {
  const current = await loadSettings(storage);
  const section = document.getElementById('favourites') as HTMLElement;
  const list = document.getElementById('favourite-list') as HTMLElement;
  section.hidden = false;
  list.replaceChildren(
    ...current.favourites.map((favourite) => {
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
  const offer = document.getElementById('favourite-offer') as HTMLElement;
  const add = document.getElementById('favourite-add') as HTMLButtonElement;
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
