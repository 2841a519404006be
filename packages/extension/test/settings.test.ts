import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  defaultSettings,
  loadSettings,
  referrerOf,
  type StorageArea,
  saveSettings,
  validateSettings,
} from '../src/shared/settings.js';

function memory(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => ({ [key]: data[key] }),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('extension settings', () => {
  test('defaults: every portal of the catalogue enabled, citizen mode, nothing stored about anyone', () => {
    const settings = defaultSettings();
    assert.equal(settings.mode, 'citizen');
    assert.ok(
      settings.portals['caf.fr'] && settings.portals['ameli.fr'] && settings.portals['impots.gouv.fr'],
    );
    assert.deepEqual(settings.favourites, []);
    assert.deepEqual(settings.dismissed, {});
  });

  test('validation on read keeps good fields and drops bad ones, field by field', () => {
    const settings = validateSettings({
      homePostalCode: '7700',
      radiusKm: 20,
      language: 'klingon',
      mode: 'worker',
      datasetUrl: 'javascript:alert(1)',
      portals: { 'caf.fr': false, 'ameli.fr': 'yes' },
      favourites: [{ id: 'a', nom: 'Lieu', adresse: '1 rue' }, { id: 3 }, 'x'],
      dismissed: { 'www.caf.fr': true },
    });
    assert.equal(settings.homePostalCode, '');
    assert.equal(settings.radiusKm, 20);
    assert.equal(settings.language, '');
    assert.equal(settings.mode, 'worker');
    assert.equal(settings.datasetUrl, '');
    assert.equal(settings.portals['caf.fr'], true, 'a malformed portals map is ignored whole');
    assert.deepEqual(settings.favourites, [{ id: 'a', nom: 'Lieu', adresse: '1 rue' }]);
    assert.deepEqual(settings.dismissed, { 'www.caf.fr': true });
    assert.deepEqual(validateSettings('garbage'), defaultSettings());
  });

  test('save merges, validates and versions', async () => {
    const storage = memory({ settings: { homePostalCode: '77000', mode: 'worker' } });
    const saved = await saveSettings(storage, {
      radiusKm: 10,
      datasetUrl: 'https://data.example.org/lieux/',
    });
    assert.equal(saved.version, 1);
    assert.equal(saved.homePostalCode, '77000');
    assert.equal(saved.radiusKm, 10);
    assert.equal((await loadSettings(storage)).datasetUrl, 'https://data.example.org/lieux/');
    const rejected = await saveSettings(storage, { datasetUrl: 'http://data.example.org/' });
    assert.equal(rejected.datasetUrl, '', 'plain http is refused outside this machine');
  });

  test('the worker’s details and the public finder page are checked field by field', () => {
    const settings = validateSettings({
      worker: {
        name: ' Marie Martin ',
        structure: 'x'.repeat(121),
        phone: '01 60 ab',
        note: 'Du lundi au vendredi, 9 h – 17 h',
      },
      finderPage: 'chrome-extension://abc/popup/popup.html',
    });
    assert.deepEqual(settings.worker, {
      name: 'Marie Martin',
      structure: '',
      phone: '',
      note: 'Du lundi au vendredi, 9 h – 17 h',
    });
    assert.equal(settings.finderPage, '', 'never an extension page');
    assert.equal(validateSettings({ worker: { name: 'A\nB' } }).worker.name, '', 'one line');
    assert.equal(validateSettings({ finderPage: 'http://ville.example.fr/aide' }).finderPage, '');
    assert.equal(
      validateSettings({ finderPage: 'https://agent:secret@ville.example.fr/aide' }).finderPage,
      '',
      'no password printed in a QR code',
    );
    assert.equal(
      validateSettings({ finderPage: 'https://ville.example.fr/aide-numerique/' }).finderPage,
      'https://ville.example.fr/aide-numerique/',
    );
    assert.equal(
      referrerOf({
        name: 'Marie Martin',
        structure: 'France Services de Melun',
        phone: '01 60 00 00 00',
        note: 'lun.–ven. 9 h–17 h',
      }),
      'Marie Martin, France Services de Melun, 01 60 00 00 00 (lun.–ven. 9 h–17 h)',
    );
    assert.equal(referrerOf(defaultSettings().worker), '');
  });
});
