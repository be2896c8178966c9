import { DotsPayoutClaimFlow } from './payout-claim-flow.ts';
import '../steps/sign-in/define.ts';
import '../steps/compliance/define.ts';
import '../steps/manage-payouts/define.ts';
import '../steps/claim-intro/define.ts';
import '../steps/claim-review/define.ts';
import '../dots-stepper/define.ts';
import '../dots-error-summary/define.ts';
import '../dots-alert/define.ts';
import '../dots-button/define.ts';
import '../status-badge/define.ts';
import '../dots-transfer-lifecycle/define.ts';

if (!customElements.get('dots-payout-claim-flow')) customElements.define('dots-payout-claim-flow', DotsPayoutClaimFlow);

declare global {
  interface HTMLElementTagNameMap {
    'dots-payout-claim-flow': DotsPayoutClaimFlow;
  }
}
