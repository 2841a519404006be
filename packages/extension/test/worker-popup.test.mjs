import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import jsQR from 'jsqr';
import { startServer } from '../../../scripts/serve.mjs';
import { fillWorkerOptions, launchWithExtension, TEST_BUILD } from './chromium-extension.mjs';

/**
 * The worker's appointment (issue 27), with the built extension in Chromium, as a France Services
 * agent uses it: the popup at its real size (460 × 600), one person after another, the worker's
 * details and the institution's public page set once in the options.
 */
describe('the worker’s popup, one person after another', () => {
  let context;
  let server;
  let base;
  let extension;
  before(async () => {
    ({ server, url: base } = await startServer(0));
    ({ context, extension } = await launchWithExtension('fr'));
  });
  after(async () => {
    await context?.close();
    server?.close();
  });

  const finderPage = () => `${base}examples/town-help/`;

  /** The options as the worker fills them: worker mode, 77000, their details; the public page or none. */
  async function setUp({ page = '' } = {}) {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extension}/options/options.html`);
    await fillWorkerOptions(options, { page });
    await options.close();
  }

  async function openPopup() {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 460, height: 600 });
    await popup.goto(`chrome-extension://${extension}/popup/popup.html`);
    await popup.getByRole('heading', { name: 'Orientation rapide' }).waitFor();
    await popup.evaluate(() => {
      window.printed = 0;
      window.print = () => window.printed++;
    });
    return popup;
  }

  /** The two clicks, then the results. */
  async function orient(popup, procedure, difficulty) {
    await popup.getByRole('group', { name: 'Démarche' }).getByRole('button', { name: procedure }).click();
    await popup
      .getByRole('group', { name: 'Ce qui bloque' })
      .getByRole('button', { name: difficulty })
      .click();
    await popup.waitForFunction(
      ([p, d]) => {
        const summary = document.getElementById('quick-summary');
        return !summary.hidden && summary.textContent.includes(p) && summary.textContent.includes(d);
      },
      [procedure, difficulty],
    );
    await popup.locator('mediation-finder li.card').first().waitFor();
  }

  const slipText = (popup) => popup.locator('mediation-finder .slip-print').textContent();
  const everything = (popup) =>
    popup.evaluate(() => {
      const finder = document.querySelector('mediation-finder');
      const fields = [...finder.shadowRoot.querySelectorAll('input')].map((i) => i.value);
      return [document.body.innerText, finder.shadowRoot.textContent, ...fields, location.href].join('\n');
    });
  const stored = (popup) => popup.evaluate(() => chrome.storage.local.get(null).then(JSON.stringify));

  test('options: the worker’s details and the public page are checked field by field, and kept', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extension}/options/options.html`);
    await options.getByLabel('Téléphone à donner à la personne').fill('appelez-moi');
    await options.getByRole('button', { name: 'Enregistrer' }).click();
    await options.getByText('Ce numéro de téléphone n’est pas valide. Exemple : 01 60 00 00 00.').waitFor();
    assert.equal(
      await options.getByLabel('Téléphone à donner à la personne').getAttribute('aria-invalid'),
      'true',
    );
    await options.getByLabel('Téléphone à donner à la personne').fill('01 60 00 00 00');
    await options
      .getByLabel(/Page publique de recherche/)
      .fill(`chrome-extension://${extension}/popup/popup.html`);
    await options.getByRole('button', { name: 'Enregistrer' }).click();
    await options
      .getByText('Cette adresse doit être celle d’une page publique, commençant par https://.')
      .waitFor();
    await options.close();
    await setUp({ page: finderPage() });
    const again = await context.newPage();
    await again.goto(`chrome-extension://${extension}/options/options.html`);
    await again.waitForFunction(() => document.getElementById('worker-name').value === 'Marie Martin');
    assert.equal(await again.getByLabel(/Page publique de recherche/).inputValue(), finderPage());
    await again.close();
  });

  test('results first in a 460 × 600 popup: the choices fold into one line, the first place is on screen', async () => {
    await setUp();
    const popup = await openPopup();
    await orient(popup, 'RSA', 'N’y arrive pas');
    assert.match(
      await popup.locator('#quick-summary').innerText(),
      /^RSA · N’y arrive pas · 77000 Melun — Modifier$/,
    );
    const card = popup.locator('mediation-finder li.card').first();
    for (const [what, part] of [
      ['kind of help', card.locator('.kind')],
      ['name', card.locator('h4')],
      ['reason', card.locator('ul.reasons li').first()],
      ['call button', card.locator('a[href^="tel:"]').first()],
    ]) {
      const box = await part.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 600, `the first place's ${what} at ${box?.y}`);
    }
    // "Modifier" unfolds the choices, with the focus on the procedure chosen.
    await popup.getByRole('button', { name: 'Modifier', exact: true }).click();
    await popup.getByRole('group', { name: 'Démarche' }).waitFor();
    assert.equal(await popup.evaluate(() => document.activeElement.textContent), 'RSA');
    await popup.close();
  });

  test('"Personne suivante": nothing of the previous person is left, on screen, on the slip or stored', async () => {
    await setUp();
    const popup = await openPopup();
    await orient(popup, 'RSA', 'N’y arrive pas');
    // Person A: a name on the slip, a place chosen, a filter, another language.
    await popup.getByLabel('Nom de la personne (facultatif)').fill('Mme Alpha Testeuse');
    const second = popup.locator('mediation-finder li.card').nth(1);
    const chosenA = (await second.locator('h4 bdi').textContent()).trim();
    await second.locator('button[aria-pressed]').click();
    assert.match(await slipText(popup), /Mme Alpha Testeuse/);
    assert.ok((await slipText(popup)).includes(chosenA));
    await popup.locator('mediation-finder select[id$="-language"]').selectOption('en');
    await popup.locator('mediation-finder').getByText('Where to find help near').first().waitFor();

    await popup.getByRole('button', { name: 'Personne suivante' }).click();
    await popup.getByRole('heading', { name: 'Orientation rapide' }).waitFor();
    // The next person starts at the first choice, in French, for the worker's own postal code.
    await popup.waitForFunction(() => document.activeElement?.textContent === 'RSA');
    await orient(popup, 'Carte d’identité', 'Ne comprend pas');
    assert.match(await popup.locator('mediation-finder p.status').innerText(), /près de 77000 Melun/);
    const seen = await everything(popup);
    assert.ok(!seen.includes('Alpha'), 'the previous name is nowhere on screen');
    assert.ok(!(await slipText(popup)).includes('Alpha'), 'nor on the slip');
    assert.equal(await popup.getByLabel('Nom de la personne (facultatif)').inputValue(), '');
    assert.ok(!(await stored(popup)).includes('Alpha'), 'nor stored');
    assert.deepEqual(await popup.evaluate(() => document.querySelector('mediation-finder').selected), []);
    assert.ok(seen.includes('Où trouver de l’aide près de'), 'in French again');
    await popup.close();
  });

  test('another procedure for the same person: the places chosen for the first one leave the slip', async () => {
    await setUp();
    const popup = await openPopup();
    await orient(popup, 'RSA', 'N’y arrive pas');
    await popup.locator('mediation-finder li.card button[aria-pressed]').first().click();
    assert.equal((await popup.evaluate(() => document.querySelector('mediation-finder').selected)).length, 1);
    await popup.getByRole('button', { name: 'Modifier', exact: true }).click();
    await popup.getByRole('group', { name: 'Démarche' }).getByRole('button', { name: 'Carte grise' }).click();
    await popup.waitForFunction(
      () => document.querySelector('mediation-finder').getAttribute('procedure') === 'ants-carte-grise',
    );
    assert.deepEqual(await popup.evaluate(() => document.querySelector('mediation-finder').selected), []);
    await popup.close();
  });

  test('the worker’s details print on every slip without retyping; the field changes them for one slip', async () => {
    await setUp();
    const popup = await openPopup();
    await orient(popup, 'RSA', 'N’y arrive pas');
    const expected =
      'Orienté par : Marie Martin, France Services de Melun, 01 60 00 00 00 (du lundi au vendredi, 9 h – 17 h)';
    assert.ok((await slipText(popup)).replace(/\s+/g, ' ').includes(expected), await slipText(popup));
    assert.equal(
      await popup.getByLabel('Orienté par (facultatif)').inputValue(),
      'Marie Martin, France Services de Melun, 01 60 00 00 00 (du lundi au vendredi, 9 h – 17 h)',
    );
    await popup.getByRole('button', { name: 'Personne suivante' }).click();
    await popup.getByRole('heading', { name: 'Orientation rapide' }).waitFor();
    await orient(popup, 'Impôts', 'Veut apprendre');
    assert.ok((await slipText(popup)).replace(/\s+/g, ' ').includes(expected), 'the next slip too');
    // The worker's details are theirs: in the settings, not about the person.
    const settings = JSON.parse(await stored(popup)).settings;
    assert.deepEqual(Object.keys(settings.worker).sort(), ['name', 'note', 'phone', 'structure']);
    await popup.close();
  });

  test('partner places that fit the need come at the top, choosable for the slip', async () => {
    await setUp();
    const popup = await openPopup();
    await orient(popup, 'RSA', 'N’y arrive pas');
    const third = popup.locator('mediation-finder li.card').nth(2);
    const partner = (await third.locator('h4 bdi').textContent()).trim();
    await third.locator('button[aria-pressed]').click();
    await popup.getByRole('button', { name: `Ajouter « ${partner} » à mes lieux partenaires` }).click();
    await popup.getByRole('button', { name: 'Personne suivante' }).click();
    await popup.getByRole('heading', { name: 'Orientation rapide' }).waitFor();
    await orient(popup, 'RSA', 'N’y arrive pas');
    const fit = popup.getByRole('region', { name: 'Vos lieux partenaires pour ce besoin' });
    await fit.locator('strong', { hasText: partner }).waitFor();
    const fitBox = await fit.boundingBox();
    const resultsBox = await popup.locator('mediation-finder li.card').first().boundingBox();
    assert.ok(fitBox.y < resultsBox.y, 'above the results');
    assert.ok(!(await slipText(popup)).includes(partner), 'not on the slip before it is chosen');
    await fit.getByRole('button', { name: `Choisir pour la fiche : ${partner}` }).click();
    await popup.waitForFunction((name) => {
      const slip = document.querySelector('mediation-finder').shadowRoot.querySelector('.slip-print');
      return slip.textContent.includes(name);
    }, partner);
    assert.equal(
      await fit
        .getByRole('button', { name: `Choisir pour la fiche : ${partner}` })
        .getAttribute('aria-pressed'),
      'true',
    );
    // A need it does not fit: not offered at the top.
    await popup.getByRole('button', { name: 'Modifier', exact: true }).click();
    await popup
      .getByRole('group', { name: 'Ce qui bloque' })
      .getByRole('button', { name: 'Pas d’équipement' })
      .click();
    await popup.waitForFunction(() =>
      document.getElementById('quick-summary').textContent.includes('équipement'),
    );
    await popup.locator('mediation-finder li.card').first().waitFor();
    const fitsNow = await popup.evaluate(
      () =>
        !document.getElementById('partners-fit').hidden &&
        document.getElementById('partners-fit-list').textContent,
    );
    const shown = await popup.locator('mediation-finder li.card h4 bdi').allTextContents();
    assert.equal(
      !!fitsNow,
      shown.map((s) => s.trim()).includes(partner),
      'offered only among the places found',
    );
    await popup.close();
  });

  test('without a public page no link is offered, and the popup says where to set one', async () => {
    await setUp({ page: '' });
    const popup = await openPopup();
    await orient(popup, 'RSA', 'N’y arrive pas');
    await popup.getByText(/indiquez la page publique de recherche de votre institution dans les/).waitFor();
    assert.equal(await popup.locator('mediation-finder').getByText('Lien à partager').count(), 0);
    const hrefs = await popup
      .locator('mediation-finder .slip a')
      .evaluateAll((links) => links.map((a) => a.href));
    assert.ok(!hrefs.some((h) => h.includes('chrome-extension:')), hrefs.join(' '));
    await popup.getByRole('button', { name: 'Imprimer la fiche' }).click();
    assert.equal(await popup.evaluate(() => window.printed), 1);
    assert.equal(await popup.locator('mediation-finder .slip-print svg').count(), 0, 'no QR code');
    await popup.close();
  });

  test('the share link, its e-mail and the printed QR code open the institution’s public page on the same search', async () => {
    await setUp({ page: finderPage() });
    const popup = await openPopup();
    await orient(popup, 'RSA', 'N’y arrive pas');
    await popup.getByLabel('Nom de la personne (facultatif)').fill('Mme Beta');
    const link = await popup
      .locator('mediation-finder')
      .getByRole('link', { name: 'Lien à partager' })
      .getAttribute('href');
    assert.ok(link.startsWith(`${finderPage()}#mediation-finder=`), link);
    assert.ok(!link.includes('Beta'), 'never a name');
    const mail = await popup
      .locator('mediation-finder')
      .getByRole('link', { name: 'Envoyer par e-mail' })
      .getAttribute('href');
    assert.ok(decodeURIComponent(mail).includes(link), 'the e-mail carries the link');
    assert.equal(await popup.locator('#share-missing').isHidden(), true);

    await popup.getByRole('button', { name: 'Imprimer la fiche' }).click();
    await popup.waitForFunction(() => window.printed === 1);
    const qr = popup.locator('mediation-finder .slip-print svg[role="img"]');
    assert.equal(await qr.getAttribute('aria-label'), 'Code QR du lien vers ces lieux');
    const image = await qr.evaluate(async (svg) => {
      const size = 400;
      const picture = new Image();
      picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await picture.decode();
      const canvas = new OffscreenCanvas(size, size);
      const drawing = canvas.getContext('2d');
      drawing.drawImage(picture, 0, 0, size, size);
      return { size, data: [...drawing.getImageData(0, 0, size, size).data] };
    });
    const decoded = jsQR(Uint8ClampedArray.from(image.data), image.size, image.size);
    assert.equal(decoded?.data, link, 'the printed QR code reads as the link');

    // The link, opened on another device: the institution's page, on the same search.
    const page = await context.newPage();
    await page.goto(link);
    await page.locator('mediation-finder li.card').first().waitFor();
    assert.match(await page.locator('mediation-finder p.status').innerText(), /77000 Melun/);
    const search = await page.evaluate(() => {
      const finder = document.querySelector('mediation-finder');
      return { text: finder.shadowRoot.textContent.replace(/\s+/g, ' '), hash: location.hash };
    });
    assert.match(search.text, /Démarche : [^.]*RSA/);
    assert.ok(!decodeURIComponent(search.hash).includes('Beta'));
    await page.close();
    await popup.close();
  });

  test('a slip whose place has no phone: the worker is warned, and the body’s line is printed instead', async () => {
    await setUp();
    const popup = await openPopup();
    await orient(popup, 'RSA', 'N’y arrive pas');
    const cards = popup.locator('mediation-finder li.card');
    const count = await cards.count();
    let without = null;
    for (let i = 0; i < count && !without; i++)
      if ((await cards.nth(i).locator('a[href^="tel:"]').count()) === 0) without = cards.nth(i);
    assert.ok(without, 'a place without a phone among the results near Melun');
    const name = (await without.locator('h4 bdi').textContent()).trim();
    await without.locator('button[aria-pressed]').click();
    const note = popup.locator('mediation-finder .slip [role="note"]');
    await note.waitFor();
    assert.match(
      await note.innerText(),
      new RegExp(
        `Pas de téléphone connu pour ${name.replace(/[()]/g, '.')} : la fiche donne à la place .*3230`,
      ),
    );
    const printed = (await slipText(popup)).replace(/\s+/g, ' ');
    assert.match(printed, /Pas de téléphone connu pour ce lieu\. Pour être aidé par téléphone : .*3230/);
    await popup.close();
  });

  test('"Situation sociale": the worker names what is happening, only its line and doors print', async () => {
    await setUp();
    const popup = await openPopup();
    await orient(popup, 'RSA', 'Situation sociale');
    const situations = popup.getByRole('group', { name: 'Que se passe-t-il ?' });
    await situations.getByRole('button', { name: 'Sans abri ce soir' }).click();
    await popup.waitForFunction(() =>
      document.getElementById('quick-summary').textContent.includes('Sans abri ce soir'),
    );
    await popup.waitForFunction(() => {
      const slip = document.querySelector('mediation-finder').shadowRoot.querySelector('.slip-print');
      return slip?.textContent.includes('Appelez d’abord');
    });
    const printed = (await slipText(popup)).replace(/\s+/g, ' ');
    assert.match(printed, /Appelez d’abord.*115/);
    for (const other of ['3919', '119', 'Violences Femmes', 'Allô enfance'])
      assert.ok(!printed.includes(other), `${other} is not printed for a person without a roof`);
    assert.ok(!printed.includes('À apporter'), 'no list of papers in a crisis');
    assert.equal(await popup.locator('mediation-finder').getAttribute('situations'), 'homeless');
    assert.ok(!(await stored(popup)).includes('homeless'), 'the situation is not stored');
    await popup.close();
  });

  test('a person who reads English: the slip prints in English and in French side by side', async () => {
    await setUp();
    const popup = await openPopup();
    await orient(popup, 'RSA', 'N’y arrive pas');
    await popup.locator('mediation-finder select[id$="-language"]').selectOption('en');
    await popup.locator('mediation-finder').getByRole('button', { name: 'Print the slip' }).click();
    await popup.waitForFunction(() => window.printed === 1);
    const [english, french] = await popup
      .locator('mediation-finder .slip-pair > .slip-print')
      .evaluateAll((sections) =>
        sections.map((s) => ({ lang: s.lang, text: s.textContent.replace(/\s+/g, ' ') })),
      );
    assert.match(english.text, /Orientation slip.*To bring/);
    assert.equal(french.lang, 'fr');
    assert.match(french.text, /Fiche d’orientation.*À apporter/);
    assert.match(french.text, /Orienté par : Marie Martin/);
    await popup.close();
  });

  /**
   * A dataset the options checked when it was saved, and that went bad since (its server now
   * answers something else): served with CORS, as a département's data manager serves it.
   */
  async function badDatasets() {
    const places = new URL('finder/data/places/', `file://${TEST_BUILD}`);
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', places), 'utf8'));
    // Seine-et-Marne's shards (the worker's 77000 reads them first).
    const seineEtMarne = new Set(
      Object.entries(manifest.shards)
        .filter(([key]) => /^77(-\d+)?$/.test(key))
        .map(([, shard]) => shard.file),
    );
    const server = createServer((request, response) => {
      const [, name, file] = new URL(request.url, 'http://127.0.0.1').pathname.split('/');
      const send = (status, body) => {
        response.writeHead(status, {
          'content-type': 'application/json',
          'access-control-allow-origin': '*',
        });
        response.end(typeof body === 'string' ? body : JSON.stringify(body));
      };
      if (name === 'not-a-dataset')
        return send(200, { name: 'intranet', version: '2.1.0', dependencies: { lit: '^3.0.0' } });
      if (name !== 'bad-fields' || file.includes('..')) return send(404, { error: 'Not Found' });
      const body = JSON.parse(readFileSync(new URL(file, places), 'utf8'));
      if (seineEtMarne.has(file))
        // Every other place is spoilt, each in a different way: the others must still be shown.
        for (const [i, place] of body.entries()) {
          if (i % 4 === 0) place.date_maj = { year: 2024 };
          if (i % 4 === 1) place.provenance = [null];
          if (i % 4 === 2) place.latitude = 'quarante-huit';
        }
      return send(200, body);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, url: (path) => `http://127.0.0.1:${server.address().port}/${path}` };
  }

  /** The popup on the stored dataset `url`, set as the options would have kept it. */
  async function popupOn(url) {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extension}/options/options.html`);
    await options.evaluate(async (datasetUrl) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, datasetUrl } });
    }, url);
    await options.close();
    const popup = await openPopup();
    assert.equal(await popup.locator('mediation-finder').getAttribute('src'), url);
    return popup;
  }

  const finderText = (popup) =>
    popup
      .locator('mediation-finder')
      .evaluate((finder) => finder.shadowRoot.textContent.replace(/\s+/g, ' '));

  test('a dataset gone bad since it was saved (not a dataset, 404, places with bad fields): the popup says so and still orients', async () => {
    await setUp();
    const { server, url } = await badDatasets();
    try {
      for (const path of ['not-a-dataset/manifest.json', 'gone/']) {
        const popup = await popupOn(url(path));
        await orient(popup, 'RSA', 'N’y arrive pas');
        // The worker reads which address failed, and that the places shown are the shipped ones.
        const notice = popup.locator('mediation-finder').getByText(/n’ont pas pu être chargées/);
        await notice.waitFor();
        assert.ok((await notice.textContent()).includes(url(path)), path);
        assert.match(await notice.textContent(), /les données intégrées sont utilisées/);
        // The popup says where the address is set, for the worker to check it or ask for it.
        const failed = popup.locator('#dataset-failed');
        assert.match(await failed.innerText(), /n’a pas pu être lu.*Réglages/s);
        assert.match(await failed.getByRole('link').getAttribute('href'), /options\.html#dataset$/);
        assert.match(
          await popup.locator('#quick-summary').innerText(),
          /^RSA · N’y arrive pas · 77000 Melun/,
        );
        assert.ok((await popup.locator('mediation-finder li.card').count()) > 0, path);
        // The slip still prints, with the worker's details.
        await popup.locator('mediation-finder').getByRole('button', { name: 'Imprimer la fiche' }).click();
        await popup.waitForFunction(() => window.printed === 1);
        assert.match(await slipText(popup), /Marie Martin/);
        await popup.close();
      }

      const popup = await popupOn(url('bad-fields/'));
      await orient(popup, 'RSA', 'N’y arrive pas');
      await popup.waitForFunction(
        () =>
          !document.querySelector('mediation-finder').shadowRoot.textContent.includes('Recherche en cours'),
      );
      // The places that are sound are shown from the worker's own dataset: no fallback, no
      // freeze, no raw value on screen.
      const shown = await finderText(popup);
      assert.ok(!shown.includes('n’ont pas pu être chargées'), 'the dataset is used');
      assert.equal(await popup.locator('#dataset-failed').isVisible(), false);
      assert.ok(!/\[object Object\]|undefined|NaN|quarante-huit/.test(shown), shown.slice(0, 200));
      assert.ok((await popup.locator('mediation-finder li.card').count()) > 0);
      await popup.locator('mediation-finder').getByRole('button', { name: 'Imprimer la fiche' }).click();
      await popup.waitForFunction(() => window.printed === 1);
      await popup.close();
    } finally {
      server.close();
      // The next tests use the shipped data.
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extension}/options/options.html`);
      await options.evaluate(async () => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...settings, datasetUrl: '' } });
      });
      await options.close();
    }
  });
});
