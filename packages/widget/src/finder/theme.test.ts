import { expect, html } from '@open-wc/testing';
import { $, $$, type Finder, finderWithResults } from './test-helpers.js';

/**
 * The default look is neutral: the DSFR's blue (#000091) and its Marianne font are reserved to
 * the State's own sites, which ask for them with `theme="dsfr"`. The custom properties set on the
 * element override both.
 */
const DSFR_BLUE = 'rgb(0, 0, 145)';

async function shown(template: ReturnType<typeof html>): Promise<Finder> {
  const { el } = await finderWithResults(template);
  // A place chosen for the slip: its pressed button and the selected card are drawn too.
  ($$(el, 'li.card button[aria-pressed]')[0] as HTMLButtonElement).click();
  await el.updateComplete;
  return el;
}

const look = (el: Finder) => {
  const base = getComputedStyle($(el, '[part="base"]') as HTMLElement);
  const pressed = getComputedStyle($(el, 'button[aria-pressed="true"]') as HTMLElement);
  const kind = getComputedStyle($(el, '.kind') as HTMLElement);
  const button = getComputedStyle($(el, 'form button:not(.secondary):not(.link)') as HTMLElement);
  return {
    font: base.fontFamily,
    kind: kind.color,
    pressed: pressed.color,
    button: button.backgroundColor,
  };
};

describe('<mediation-finder> themes', () => {
  it('by default: neither the DSFR blue nor Marianne, and every text passes AA (axe colour-contrast)', async () => {
    const el = await shown(
      html`<mediation-finder procedure="caf-rsa" postal-code="77000" limit="3" map="off" lang="fr"></mediation-finder>`,
    );
    const { font, kind, pressed, button } = look(el);
    expect(font).not.to.match(/marianne/i);
    expect(font).to.match(/system-ui/);
    for (const color of [kind, pressed, button]) expect(color).not.to.equal(DSFR_BLUE);
    await expect(el).to.be.accessible();
  });

  it('theme="dsfr": the DSFR blue and Marianne (when the page has it), AA too', async () => {
    const el = await shown(
      html`<mediation-finder theme="dsfr" procedure="caf-rsa" postal-code="77000" limit="3" map="off" lang="fr"></mediation-finder>`,
    );
    const { font, kind, pressed, button } = look(el);
    expect(font).to.match(/^Marianne/);
    expect([kind, pressed, button]).to.deep.equal([DSFR_BLUE, DSFR_BLUE, DSFR_BLUE]);
    await expect(el).to.be.accessible();
  });

  it('the custom properties set on the element override both looks', async () => {
    for (const theme of ['dsfr', 'neutral']) {
      const el = await shown(
        html`<mediation-finder theme=${theme} style="--mf-color-primary: #8a2c02; --mf-font-family: Georgia, serif" procedure="caf-rsa" postal-code="77000" limit="3" map="off" lang="fr"></mediation-finder>`,
      );
      const { font, pressed, button } = look(el);
      expect(font, theme).to.match(/^Georgia/);
      expect([pressed, button], theme).to.deep.equal(['rgb(138, 44, 2)', 'rgb(138, 44, 2)']);
    }
  });
});
