import { DotsOtpInput } from './dots-otp-input.ts';

if (!customElements.get('dots-otp-input')) customElements.define('dots-otp-input', DotsOtpInput);

declare global {
  interface HTMLElementTagNameMap {
    'dots-otp-input': DotsOtpInput;
  }
}
