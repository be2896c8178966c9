import { DotsPayoutStep } from './payout-step.ts';
import '../../dots-text-field/define.ts';
import '../../dots-select/define.ts';
import '../../dots-checkbox/define.ts';
import '../../dots-button/define.ts';
import '../../dots-alert/define.ts';
import '../../dots-phone-input/define.ts';
import '../../dots-otp-input/define.ts';
import '../../dots-money-input/define.ts';

if (!customElements.get('dots-payout-step')) customElements.define('dots-payout-step', DotsPayoutStep);

declare global {
  interface HTMLElementTagNameMap {
    'dots-payout-step': DotsPayoutStep;
  }
}
