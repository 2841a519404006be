import browser from 'webextension-polyfill';
import { language, procedureName, t } from '../shared/i18n.js';
import type { ContentToBackground } from '../shared/messages.js';
import { dismissedSite, registrableDomain } from '../shared/registrable.js';
import { loadSettings, saveSettings } from '../shared/settings.js';
import { startPortalPrompt } from './portal-prompt.js';

const storage = browser.storage.local;

/**
 * One prompt per showing of the page: it is cleaned up when the page is hidden, and starts again
 * when the browser brings the page back from its back/forward cache (where nothing reloads it).
 */
let showing: AbortController | undefined;
addEventListener('pagehide', () => showing?.abort());
addEventListener('pageshow', (event) => {
  if (event.persisted) start();
});
start();

function start(): void {
  showing?.abort();
  showing = new AbortController();
  startPortalPrompt({
    signal: showing.signal,
    words: {
      ...language(),
      region: t('promptRegion'),
      question: t('promptQuestion'),
      invite: t('promptInvite'),
      open: t('promptOpen'),
      later: t('promptLater'),
      settings: t('promptSettings'),
      close: t('promptClose'),
      panelTitle: (name) => t('panelTitle', name),
      procedure: procedureName,
    },
    async shouldPrompt(host) {
      const settings = await loadSettings(storage);
      if (dismissedSite(host, settings.dismissed)) return false;
      // A host counts as enabled when it, or the portal domain it belongs to, is enabled.
      const entries = Object.entries(settings.portals).filter(
        ([portal]) => host === portal || host.endsWith(`.${portal}`),
      );
      return entries.length === 0 ? true : entries.every(([, enabled]) => enabled);
    },
    async dismiss(host) {
      const settings = await loadSettings(storage);
      // For the whole portal: "Pas maintenant" on www.ameli.fr holds on assure.ameli.fr too.
      await saveSettings(storage, { dismissed: { ...settings.dismissed, [registrableDomain(host)]: true } });
    },
    async panelUrl(procedure) {
      return `${browser.runtime.getURL('panel/panel.html')}?${new URLSearchParams({ procedure })}`;
    },
    openOptions() {
      const message: ContentToBackground = { type: 'content-to-background/open-options' };
      void browser.runtime.sendMessage(message);
    },
  });
}
