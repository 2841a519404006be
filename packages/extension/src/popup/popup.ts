import { displayPhone } from '@mediation-finder/core';
import browser from 'webextension-polyfill';
import { applyFinderParams, finderParams } from '../shared/finder-url.js';
import { type Favourite, loadSettings, saveSettings } from '../shared/settings.js';

/**
 * The popup: the finder for any need. In worker mode, a quick orientation in two clicks (a common
 * procedure, then what blocks the person: results for the worker's own postal code at once) and
 * the worker's partner places. Nothing about the person helped is stored.
 */
const QUICK_PROCEDURES: Array<[string, string]> = [
  ['caf-rsa', 'RSA'],
  ['caf-prime-activite', "Prime d'activité"],
  ['caf-aides-logement', 'Aide au logement'],
  ['ameli-compte', 'Compte ameli'],
  ['ameli-c2s', 'C2S'],
  ['impots-declaration', 'Impôts'],
  ['ants-identite', 'Carte d’identité'],
  ['ants-carte-grise', 'Carte grise'],
  ['france-travail-inscription', 'France Travail'],
  ['retraite-demande', 'Retraite'],
  ['anef-titre-sejour', 'Titre de séjour'],
  ['autre-demarche', 'Autre'],
];
const QUICK_DIFFICULTIES: Array<[string, string]> = [
  ['do-for-me', 'N’y arrive pas'],
  ['understand', 'Ne comprend pas'],
  ['learn', 'Veut apprendre'],
  ['equipment', 'Pas d’équipement'],
  ['situation', 'Situation sociale'],
];

const storage = browser.storage.local;
const finder = document.querySelector('mediation-finder') as HTMLElement;
const settings = await loadSettings(storage);
applyFinderParams(finder, finderParams(settings));
if (settings.language) document.documentElement.lang = settings.language;

function chips(container: HTMLElement, entries: Array<[string, string]>, attribute: string): void {
  for (const [value, label] of entries) {
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.textContent = label;
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
    (document.getElementById('quick-hint') as HTMLElement).textContent =
      'Indiquez votre code postal dans les réglages pour avoir les résultats dès le second clic.';
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
      remove.textContent = 'Retirer';
      remove.setAttribute('aria-label', `Retirer ${favourite.nom} des lieux partenaires`);
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
    empty.textContent = 'Aucun pour l’instant : choisissez un lieu dans les résultats pour l’ajouter.';
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
  add.textContent = `Ajouter « ${place.nom} » à mes lieux partenaires`;
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
