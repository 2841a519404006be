import type { Orientation } from '@mediation-finder/core';
import { nothing, type ReactiveControllerHost } from 'lit';
import { view } from './search-controller.js';
import type { SlipContext } from './slip.js';

/** What a finder gives its slip: who orients (`referrer`, the embedder's), nothing about the person. */
export interface SlipHost extends ReactiveControllerHost, HTMLElement {
  referrer: string | null;
}

/**
 * A finder's orientation slip: the names typed on it (the person helped, who oriented them),
 * kept in the element only, printed, never stored nor sent; who orients comes from the page's
 * `referrer` until it is typed over; the QR code of the link to hand over, made when printing.
 */
export class SlipNames {
  beneficiary = '';
  /** Typed on this slip; null: the page's `referrer`. */
  private typedPrescriber: string | null = null;
  /** What printing adds: the link's QR code, the French copy. */
  private printed: Pick<SlipContext, 'qr' | 'french'> = { qr: null, french: null };

  constructor(private readonly host: SlipHost) {}

  get prescriber(): string {
    return this.typedPrescriber ?? this.host.referrer ?? '';
  }

  /** The slip of the orientation shown: the places chosen, or the first one. */
  render(
    o: Orientation | null,
    selected: readonly string[],
    slip: Pick<SlipContext, 'id' | 'locale' | 'shareUrl'>,
  ) {
    const shown = view();
    if (!o || !shown) return nothing;
    return shown.renderSlipOf(o, selected, {
      ...slip,
      ...this.printed,
      host: this.host,
      beneficiary: this.beneficiary,
      prescriber: this.prescriber,
      onBeneficiary: (name) => {
        this.beneficiary = name;
        this.host.requestUpdate();
      },
      onPrescriber: (name) => {
        this.typedPrescriber = name;
        this.host.requestUpdate();
      },
      onPrinted: (printed) => {
        this.printed = printed;
        this.host.requestUpdate();
        return this.host.updateComplete;
      },
    });
  }
}
