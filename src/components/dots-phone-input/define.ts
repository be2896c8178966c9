import { DotsPhoneInput } from './dots-phone-input.ts';

if (!customElements.get('dots-phone-input')) customElements.define('dots-phone-input', DotsPhoneInput);

declare global {
  interface HTMLElementTagNameMap {
    'dots-phone-input': DotsPhoneInput;
  }
}
