import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, type Finder, finderWithResults, text, until } from './test-helpers.js';

describe('<mediation-finder> languages', () => {
  afterEach(() => {
    document.documentElement.lang = 'fr';
  });

  it('English from the lang attribute', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="77000" lang="en"></mediation-finder>`,
    );
    await until(() => /Find help near you/.test(text(el)), 'English text');
    expect($(el, '[role="status"]')?.textContent).to.match(/places found near 77000 Melun/);
    await expect(el).to.be.accessible();
  });

  it('core’s codes in the page’s language: why a kind of help, a location error', async () => {
    const { el, detail } = await finderWithResults(
      html`<mediation-finder postal-code="77000" difficulty="understand" lang="en"></mediation-finder>`,
    );
    expect(detail.actors[0]).to.deep.equal({ kind: 'admin-help', reason: 'explains' });
    await until(
      () => /An agent explains the procedure or the letter to you\./.test(text(el)),
      'why, in English',
    );
    expect(text(el)).not.to.match(/Un agent vous explique/);
    (el as unknown as { postalCode: string }).postalCode = '99999';
    await until(
      () => $(el, '.error')?.textContent === 'No town has the postal code 99999.',
      'the location error, in English',
    );
  });

  it('Arabic is laid out right to left', async () => {
    const { el } = await finderWithResults(
      html`<mediation-finder postal-code="77000" lang="ar"></mediation-finder>`,
    );
    await until(() => /اعثر على المساعدة بالقرب منك/.test(text(el)), 'Arabic text');
    const base = $(el, '[part="base"]') as HTMLElement;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    // Place names stay French, marked as such for screen readers.
    expect($(el, 'li.card h4 bdi[lang="fr"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('Spanish, Ukrainian and easy-to-read French', async () => {
    for (const [lang, title] of [
      ['es', 'Encontrar ayuda cerca de usted'],
      ['uk', 'Знайти допомогу поруч із вами'],
      ['fr-x-falc', 'Il n’y a pas de lieu près d’ici|lieux près de'],
    ] as const) {
      const { el } = await finderWithResults(
        html`<mediation-finder postal-code="77000" lang=${lang}></mediation-finder>`,
      );
      await until(() => new RegExp(title).test(text(el)), `${lang} text`);
    }
  });

  it('the slip speaks the person’s language: the procedure, what to bring, the remote lines', async () => {
    for (const [lang, words] of [
      [
        'ar',
        {
          procedure: 'طلب دخل التضامن النشط (RSA)',
          bringTitle: 'ما يجب إحضاره',
          bring: 'وثيقة هوية',
          remoteTitle: 'دون تنقّل',
          caf: 'صندوق CAF عبر الهاتف (خدمة مجانية + سعر المكالمة)',
        },
      ],
      [
        'uk',
        {
          procedure: 'Подати заяву на RSA (мінімальний дохід)',
          bringTitle: 'Що взяти з собою',
          bring: 'Документ, що посвідчує особу',
          remoteTitle: 'Без поїздок',
          caf: 'CAF телефоном (послуга безкоштовна + вартість дзвінка)',
        },
      ],
      [
        'es',
        {
          procedure: 'Solicitar el RSA (renta mínima)',
          bringTitle: 'Qué llevar',
          bring: 'Un documento de identidad',
          remoteTitle: 'Sin desplazarse',
          caf: 'La CAF por teléfono (servicio gratuito + precio de la llamada)',
        },
      ],
    ] as const) {
      const { el, detail } = await finderWithResults(
        html`<mediation-finder procedure="caf-rsa" difficulty="do-for-me" postal-code="77000" lang=${lang}></mediation-finder>`,
      );
      // The page is told in the finder's language too, ids unchanged.
      expect(detail.procedure?.id).to.equal('caf-rsa');
      expect(detail.procedure?.label).to.equal(words.procedure);
      expect(detail.procedure?.bring[0]).to.deep.equal({ id: 'identity', label: words.bring });
      expect(detail.remote.find((r) => r.id === 'caf-3230')?.description).to.equal(words.caf);
      const slip = $(el, '.slip-print') as HTMLElement;
      await until(
        () => (slip.textContent ?? '').includes(words.procedure),
        `${lang}: the procedure on the slip`,
      );
      const headings = [...slip.querySelectorAll('h3')].map((h) => h.textContent);
      expect(headings).to.include.members([words.bringTitle, words.remoteTitle]);
      const bring = [...slip.querySelectorAll('ul.bring li')];
      expect(bring[0]?.textContent).to.equal(words.bring);
      // Nothing printed is marked as written in another language but the places' own names.
      expect([...slip.querySelectorAll('[lang]')].every((n) => n.localName === 'bdi')).to.equal(true);
      expect(slip.textContent).to.contain(words.caf);
      expect(slip.textContent).not.to.match(/Une pièce d'identité|La CAF par téléphone|Demander le RSA/);
      // On screen as well: what each line is for.
      expect($(el, '[part="remote"]')?.textContent).to.contain(words.caf);
    }
  });

  it('easy-to-read French: a plain name and one sentence for the procedure', async () => {
    const el = (
      await fixture<HTMLDivElement>(
        html`<div><mediation-finder procedure="ameli-c2s" difficulty="do-for-me" lang="fr-x-falc"></mediation-finder></div>`,
      )
    ).firstElementChild as Finder;
    await until(() => /La C2S aide à payer les soins\./.test(text(el)), 'the sentence');
    expect(text(el)).to.contain('Demander la C2S : une aide pour payer les soins');
    // Back to the first question: the sentence describes the chosen procedure there too.
    $$(el, 'form button.link')
      .find((b) => b.textContent?.trim() === 'Modifier')
      ?.click();
    await until(() => $(el, '#procedure-ameli-c2s') !== null, 'the procedure question');
    const chosen = $(el, '#procedure-ameli-c2s') as HTMLInputElement;
    expect(chosen.checked).to.equal(true);
    const about = $(el, `#${chosen.getAttribute('aria-describedby')}`);
    expect(about?.textContent).to.equal('La C2S aide à payer les soins.');
    await expect(el).to.be.accessible();
  });

  it('switching language updates an element already on the page', async () => {
    document.documentElement.lang = 'fr';
    const { el } = await finderWithResults(html`<mediation-finder postal-code="77000"></mediation-finder>`);
    await until(() => /Trouver de l’aide près de chez vous/.test(text(el)), 'French first');
    document.documentElement.lang = 'en';
    await until(() => /Find help near you/.test(text(el)), 'English after the page changed language');
    // Messages set before the switch follow it too.
    expect($(el, '[role="status"]')?.textContent).to.match(/places found near 77000 Melun/);
    el.lang = 'es';
    await until(() => /Encontrar ayuda cerca de usted/.test(text(el)), 'Spanish after the attribute changed');
  });

  it('a visible language choice: every finder of the page follows it, nothing is stored', async () => {
    const storage = () => [localStorage.length, sessionStorage.length, document.cookie];
    const before = storage();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><mediation-finder id="one"></mediation-finder><mediation-finder id="two"></mediation-finder></div>`,
    );
    const [one, two] = [...wrapper.querySelectorAll('mediation-finder')] as Finder[];
    await (one as Finder).updateComplete;
    const select = $(one as Finder, 'select[id$="-language"]') as HTMLSelectElement;
    expect(select.labels[0]?.textContent).to.contain('Langue');
    expect([...select.options].map((o) => o.textContent)).to.include.members(['العربية', 'Українська']);
    select.value = 'uk';
    select.dispatchEvent(new Event('change'));
    for (const el of [one, two] as Finder[]) {
      await until(() => $(el, '[part="base"]')?.getAttribute('lang') === 'uk', 'Ukrainian');
      await until(() => !/Trouver de l’aide/.test($(el, 'h2')?.textContent ?? ''), 'a Ukrainian title');
    }
    await expect(one).to.be.accessible();
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await until(
      () => $(two as Finder, '[part="base"]')?.getAttribute('dir') === 'rtl',
      'Arabic, right to left',
    );
    expect(storage()).to.deep.equal(before);
    // Back to French for the other tests of this page.
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await until(() => $(one as Finder, '[part="base"]')?.getAttribute('lang') === 'fr', 'French again');
  });
});
