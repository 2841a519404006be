import browser from 'webextension-polyfill';
import { localizePage, t } from '../shared/i18n.js';
import { dismissedSite, registrableDomain } from '../shared/registrable.js';
import {
  isFinderPage,
  isPhone,
  isSafeDatasetUrl,
  loadSettings,
  type Settings,
  saveSettings,
} from '../shared/settings.js';
import { datasetProblem } from './dataset-check.js';

localizePage();

const storage = browser.storage.local;
const form = document.getElementById('settings') as HTMLFormElement;
const field = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = field<HTMLElement>('status');

const WORKER_FIELDS = ['name', 'structure', 'phone', 'note'] as const;

async function render(): Promise<void> {
  const settings = await loadSettings(storage);
  field<HTMLInputElement>('home').value = settings.homePostalCode;
  field<HTMLSelectElement>('radius').value = settings.radiusKm ? String(settings.radiusKm) : '';
  field<HTMLSelectElement>('language').value = settings.language;
  field<HTMLInputElement>(`mode-${settings.mode}`).checked = true;
  field<HTMLInputElement>('dataset').value = settings.datasetUrl;
  for (const key of WORKER_FIELDS) field<HTMLInputElement>(`worker-${key}`).value = settings.worker[key];
  field<HTMLInputElement>('finder-page').value = settings.finderPage;
  const portals = field<HTMLElement>('portals');
  portals.replaceChildren(
    ...Object.keys(settings.portals)
      .sort()
      .map((host, i) => {
        const row = document.createElement('p');
        row.className = 'choice';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = `portal-${i}`;
        box.dataset.host = host;
        box.checked = settings.portals[host] !== false;
        const label = document.createElement('label');
        label.htmlFor = box.id;
        label.textContent = dismissedSite(host, settings.dismissed) ? `${host} ${t('dismissedMark')}` : host;
        row.append(box, label);
        return row;
      }),
  );
  renderDismissed(settings);
}

/** The portals where the person said "Pas maintenant", each with its way back. */
function renderDismissed(settings: Settings): void {
  const sites = [
    ...new Set(
      Object.entries(settings.dismissed)
        .filter(([, on]) => on)
        .map(([host]) => registrableDomain(host)),
    ),
  ].sort();
  field<HTMLElement>('dismissed-none').hidden = sites.length > 0;
  field<HTMLElement>('undismiss').hidden = sites.length < 2;
  field<HTMLElement>('dismissed').replaceChildren(
    ...sites.map((site) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = `${site} `;
      const back = document.createElement('button');
      back.type = 'button';
      back.className = 'secondary';
      back.textContent = t('undismissOne', site);
      back.addEventListener('click', async () => {
        const current = (await loadSettings(storage)).dismissed;
        const kept = Object.fromEntries(
          Object.entries(current).filter(([host]) => registrableDomain(host) !== site),
        );
        await saveSettings(storage, { dismissed: kept });
        await render();
        status.textContent = t('undismissedOne', site);
        field<HTMLElement>('dismissed-heading').focus();
      });
      item.append(name, back);
      return item;
    }),
  );
}

/** Asks, only when a dataset URL is set, for the right to fetch from that one origin. */
async function checkDataset(url: string): Promise<string | null> {
  if (!isSafeDatasetUrl(url)) return t('datasetNotHttps');
  const origin = `${new URL(url).origin}/*`;
  const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
  if (!granted) return t('datasetNoPermission');
  const problem = await datasetProblem(url);
  return problem && (problem.key === 'datasetHttp' ? t(problem.key, problem.status) : t(problem.key));
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  status.textContent = '';
  const home = field<HTMLInputElement>('home');
  const dataset = field<HTMLInputElement>('dataset');
  for (const id of ['home', 'dataset', 'worker-phone', 'finder-page']) {
    field<HTMLElement>(`${id}-error`).textContent = '';
    field<HTMLElement>(id).removeAttribute('aria-invalid');
  }
  const invalid = (input: HTMLInputElement, message: string) => {
    field<HTMLElement>(`${input.id}-error`).textContent = message;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  };
  if (home.value && !/^\d{5}$/.test(home.value.trim())) return invalid(home, t('homeInvalid'));
  const phone = field<HTMLInputElement>('worker-phone');
  if (!isPhone(phone.value.trim())) return invalid(phone, t('workerPhoneInvalid'));
  const finderPage = field<HTMLInputElement>('finder-page');
  if (!isFinderPage(finderPage.value.trim())) return invalid(finderPage, t('finderPageInvalid'));
  const datasetUrl = dataset.value.trim();
  if (datasetUrl) {
    const problem = await checkDataset(datasetUrl);
    if (problem) return invalid(dataset, problem);
  }
  // The right to fetch from the previous dataset's site is given back when it is no longer used.
  const previous = (await loadSettings(storage)).datasetUrl;
  if (
    previous &&
    isSafeDatasetUrl(previous) &&
    new URL(previous).origin !== (datasetUrl && new URL(datasetUrl).origin)
  )
    await browser.permissions.remove({ origins: [`${new URL(previous).origin}/*`] }).catch(() => false);
  const portals: Record<string, boolean> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('#portals input'))
    portals[box.dataset.host as string] = box.checked;
  const radius = field<HTMLSelectElement>('radius').value;
  await saveSettings(storage, {
    homePostalCode: home.value.trim(),
    radiusKm: radius ? Number(radius) : null,
    language: field<HTMLSelectElement>('language').value as Settings['language'],
    mode: (form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ??
      'citizen') as Settings['mode'],
    portals,
    datasetUrl,
    worker: {
      name: field<HTMLInputElement>('worker-name').value.trim(),
      structure: field<HTMLInputElement>('worker-structure').value.trim(),
      note: field<HTMLInputElement>('worker-note').value.trim(),
      phone: phone.value.trim(),
    },
    finderPage: finderPage.value.trim(),
  });
  status.textContent = t('saved');
});

field<HTMLButtonElement>('undismiss').addEventListener('click', async () => {
  await saveSettings(storage, { dismissed: {} });
  await render();
  status.textContent = t('undismissed');
  field<HTMLElement>('dismissed-heading').focus();
});

await render();
