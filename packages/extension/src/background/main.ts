import browser from 'webextension-polyfill';
import { isContentToBackground } from '../shared/messages.js';
import { loadSettings, saveSettings } from '../shared/settings.js';

// On install or update, store validated settings (defaults, or the old ones cleaned).
browser.runtime.onInstalled.addListener(async () => {
  await saveSettings(browser.storage.local, await loadSettings(browser.storage.local));
});

// Content scripts cannot open the options page themselves.
browser.runtime.onMessage.addListener((message: unknown) => {
  if (isContentToBackground(message)) return browser.runtime.openOptionsPage();
  return undefined;
});
