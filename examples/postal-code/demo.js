/**
 * Postal-code demo: core running in the browser on the built-in data. Type a postal code or a
 * town; the page lists the places of the built dataset nearest to it. The full finder (routing
 * by need, map, slip) is the <mediation-finder> widget.
 */
import { distanceKm, Gazetteer, resolveLocation } from '@mediation-finder/core';
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

let gazetteer;
let manifest;
const shards = new Map();

async function fetchOk(url, as) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return as === 'json' ? response.json() : response.text();
}

async function ready() {
  gazetteer ??= Gazetteer.parse(await fetchOk(new URL('gazetteer.tsv', DATA), 'text'));
  if (!manifest) {
    manifest = await fetchOk(new URL('places/manifest.json', DATA), 'json');
    attribution.textContent = `${manifest.attribution}. Données mises à jour jusqu'au ${formatDate(manifest.dataDate)}.`;
  }
}

function formatDate(iso) {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('fr-FR', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}

/** Shards whose box comes within the radius of the point. */
async function placesNear(lat, lon) {
  const dLat = RADIUS_KM / 111;
  const dLon = RADIUS_KM / (111 * Math.cos((lat * Math.PI) / 180));
  const wanted = Object.values(manifest.shards).filter(
    ({ bounds: [s, w, n, e] }) => lat + dLat >= s && lat - dLat <= n && lon + dLon >= w && lon - dLon <= e,
  );
  const lists = await Promise.all(
    wanted.map(async ({ file }) => {
      if (!shards.has(file)) shards.set(file, fetchOk(new URL(`places/${file}`, DATA), 'json'));
      return shards.get(file);
    }),
  );
  return lists
    .flat()
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
  await ready().catch(() => {});
  if (!gazetteer) return;
  suggestions.replaceChildren(
    ...gazetteer.search(input.value, 8).map((c) => {
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
  try {
    await ready();
  } catch (error) {
    status.textContent = `Les données n'ont pas pu être chargées (${error.message}).`;
    return;
  }
  const where = resolveLocation(gazetteer, input.value);
  if (!where.ok) {
    results.replaceChildren();
    input.setAttribute('aria-invalid', 'true');
    status.textContent = locationErrorText(where);
    input.focus();
    return;
  }
  const { latitude, longitude, label } = where.location;
  render(await placesNear(latitude, longitude), label);
});
