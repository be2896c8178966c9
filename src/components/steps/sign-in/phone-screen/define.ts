// The sign-in view with what its first screen (the phone number) needs: part of a flow's first
// download. The code and profile screens' parts come with ../define.ts, loaded with their steps.
import { DotsSignInStep } from '../sign-in-step.ts';
import '../../../dots-button/define.ts';
import '../../../dots-phone-input/define.ts';

if (!customElements.get('dots-sign-in-step')) customElements.define('dots-sign-in-step', DotsSignInStep);

declare global {
  interface HTMLElementTagNameMap {
    'dots-sign-in-step': DotsSignInStep;
  }
}
