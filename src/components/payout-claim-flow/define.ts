import { DotsPayoutClaimFlow } from './payout-claim-flow.ts';
// The first screen's element (the intro); the others load with their steps (step-views.ts), the
// alert and error summary once the first screen is up (loadFailureParts).
import '../steps/claim-intro/define.ts';
import '../dots-stepper/define.ts';
import '../dots-button/define.ts';
import { warmUpIntl } from '../../i18n/warm-up.ts';

// A page imports the flow before it shows one: ICU's first use goes in a task of its own (see warmUpIntl).
warmUpIntl();

if (!customElements.get('dots-payout-claim-flow')) customElements.define('dots-payout-claim-flow', DotsPayoutClaimFlow);

declare global {
  interface HTMLElementTagNameMap {
    'dots-payout-claim-flow': DotsPayoutClaimFlow;
  }
}
