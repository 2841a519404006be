import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { printSlip } from './print.js';
import type { SlipContext } from './slip.js';

/**
 * The names typed on a finder's slip (the person helped, who oriented them): kept in the element
 * only, printed, never stored nor sent.
 */
export class SlipNames implements ReactiveController {
  beneficiary = '';
  prescriber = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The slip's names, and what it does with them. */
  get context(): Pick<
    SlipContext,
    'beneficiary' | 'prescriber' | 'onBeneficiary' | 'onPrescriber' | 'onPrint'
  > {
    return {
      beneficiary: this.beneficiary,
      prescriber: this.prescriber,
      onBeneficiary: (name) => {
        this.beneficiary = name;
        this.host.requestUpdate();
      },
      onPrescriber: (name) => {
        this.prescriber = name;
        this.host.requestUpdate();
      },
      onPrint: () => printSlip(this.host),
    };
  }
}
