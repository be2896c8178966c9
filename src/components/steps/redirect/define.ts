import { DotsRedirectStep } from './redirect-step.ts';
import '../../dots-text-field/define.ts';
import '../../dots-select/define.ts';
import '../../dots-checkbox/define.ts';
import '../../dots-button/define.ts';
import '../../dots-alert/define.ts';
import '../../dots-phone-input/define.ts';
import '../../dots-otp-input/define.ts';
import '../../dots-money-input/define.ts';

if (!customElements.get('dots-redirect-step')) customElements.define('dots-redirect-step', DotsRedirectStep);

declare global {
  interface HTMLElementTagNameMap {
    'dots-redirect-step': DotsRedirectStep;
  }
}
