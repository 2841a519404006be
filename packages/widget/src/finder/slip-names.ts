import type { Orientation } from '@mediation-finder/core';
import { nothing, type ReactiveControllerHost } from 'lit';
import { printSlip } from './print.js';
import type { QrCode } from './qr.js';
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
  private qrOfLink: { url: string; code: QrCode } | null = null;

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
      qr: this.qrOfLink && this.qrOfLink.url === slip.shareUrl ? this.qrOfLink.code : null,
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
      onPrint: () => void this.print(slip.shareUrl),
    });
  }

  /** Prints the slip, with the QR code of its link when it has one (its chunk comes now). */
  private async print(url: string | null): Promise<void> {
    if (url && this.qrOfLink?.url !== url) {
      const { qrCode } = await import('./qr.js');
      this.qrOfLink = { url, code: qrCode(url) };
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    printSlip(this.host);
  }
}
