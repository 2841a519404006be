import browser from 'webextension-polyfill';
import { localizePage } from '../shared/i18n.js';

/** The privacy policy the stores ask for, in the person's language (the message catalogue). */
localizePage();

// The project's address (the manifest's homepage_url, from the root package.json's "homepage"),
// where its issues page takes questions: shown when the build has one.
const homepage = browser.runtime.getManifest().homepage_url;
const paragraph = document.getElementById('homepage');
if (homepage && paragraph) {
  const link = document.createElement('a');
  link.href = homepage;
  link.textContent = homepage;
  paragraph.append(link);
  paragraph.hidden = false;
}
