import { DotsSignInStep } from './sign-in-step.ts';
import '../../dots-text-field/define.ts';
import '../../dots-button/define.ts';
import '../../dots-phone-input/define.ts';
import '../../dots-otp-input/define.ts';

if (!customElements.get('dots-sign-in-step')) customElements.define('dots-sign-in-step', DotsSignInStep);

declare global {
  interface HTMLElementTagNameMap {
    'dots-sign-in-step': DotsSignInStep;
  }
}
