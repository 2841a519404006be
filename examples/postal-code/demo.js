/**
 * Postal-code demo: core running in the browser on the built-in data. Type a postal code or a
 * town; the page lists the places of the built dataset nearest to it. The full finder (routing
 * by need, map, slip) is the <mediation-finder> widget.
 */
import { DataError, DatasetPlaces, distanceKm, GazetteerFiles } from '@mediation-finder/core';
// Without a language set, the catalogue's words are its source: French.
import { locationErrorText } from '@mediation-finder/core/messages';

const DATA = new URL('../../data/', import.meta.url);
const RADIUS_KM = 25;
const LIMIT = 20;

const form = document.querySelector('#where-form');
const input = document.querySelector('#where');
const suggestions = document.querySelector('#where-suggestions');
const status = document.querySelector('#status');
const results = document.querySelector('#results');
const attribution = document.querySelector('#attribution');

/** The one way core reads the data: here, fetched next to the page. */
const files = {
  async read(path) {
    const response = await fetch(new URL(path, DATA));
    if (!response.ok) throw new DataError(`${path}: HTTP ${response.status}`, 'network');
    return new Uint8Array(await response.arrayBuffer());
  },
};
// The communes from the gazetteer's small files; the places from the shards near the person.
const communes = new GazetteerFiles(files);
let places;

async function ready() {
  if (places) return;
  places = await DatasetPlaces.open(files, 'places/manifest.json');
  const { text, date } = places.attribution;
  attribution.textContent = `${text}. Données mises à jour jusqu'au ${formatDate(date)}.`;
}

function formatDate(iso) {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('fr-FR', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}

/** The places within the radius of the point, nearest first. */
async function placesNear(lat, lon) {
  const index = await places.around(lat, lon, RADIUS_KM);
  return index.places
    .map((place) => ({ place, km: distanceKm(lat, lon, place.latitude, place.longitude) }))
    .filter(({ km }) => km <= RADIUS_KM)
    .sort((a, b) => a.km - b.km || a.place.nom.localeCompare(b.place.nom))
    .slice(0, LIMIT);
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function render(found, label) {
  results.replaceChildren();
  for (const { place, km } of found) {
    const item = element('li');
    item.append(element('h2', place.nom));
    const distance = `${place.quality.approximateCoordinates ? 'environ ' : ''}${km.toFixed(1).replace('.', ',')} km`;
    item.append(element('p', `${place.adresse}, ${place.code_postal} ${place.commune} — ${distance}`));
    const kinds = [...place.dispositif_programmes_nationaux, ...place.services.slice(0, 3)];
    if (kinds.length) item.append(element('p', kinds.join(' · '), 'kinds'));
    if (place.capabilities.doesItForYou)
      item.append(
        element('p', 'Peut faire la démarche à votre place, avec votre accord (Aidants Connect)', 'kinds'),
      );
    if (place.telephone) {
      const call = element('a', `Téléphone : ${place.telephone.replace(/^\+33/, '0')}`);
      call.href = `tel:${place.telephone}`;
      const line = element('p');
      line.append(call);
      item.append(line);
    }
    const note = `Informations du ${formatDate(place.date_maj)}${place.quality.approximateCoordinates ? ' · position approximative (centre de la commune)' : ''}`;
    item.append(element('p', note, 'date'));
    results.append(item);
  }
  status.textContent = found.length
    ? `${found.length} lieux à moins de ${RADIUS_KM} km de ${label}.`
    : `Aucun lieu à moins de ${RADIUS_KM} km de ${label}.`;
}

input.addEventListener('input', async () => {
  if (input.value.trim().length < 2) return;
  const found = await communes.suggest(input.value, 8).catch(() => []);
  suggestions.replaceChildren(
    ...found.map((c) => {
      const option = document.createElement('option');
      option.value = c.postalCodes[0] && /^\d/.test(input.value.trim()) ? c.postalCodes[0] : c.name;
      option.label = `${c.name} (${c.postalCodes.slice(0, 3).join(', ')})`;
      return option;
    }),
  );
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  input.removeAttribute('aria-invalid');
  status.textContent = 'Recherche…';
  let where;
  let found;
  try {
    await ready();
    where = await communes.locate(input.value);
    if (where.ok) found = await placesNear(where.location.latitude, where.location.longitude);
  } catch (error) {
    status.textContent = `Les données n'ont pas pu être chargées (${error.message}).`;
    return;
  }
  if (!where.ok) {
    results.replaceChildren();
    input.setAttribute('aria-invalid', 'true');
    status.textContent = locationErrorText(where);
    input.focus();
    return;
  }
  render(found, where.location.label);
});
