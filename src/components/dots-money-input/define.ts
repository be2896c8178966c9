import { DotsMoneyInput } from './dots-money-input.ts';

if (!customElements.get('dots-money-input')) customElements.define('dots-money-input', DotsMoneyInput);

declare global {
  interface HTMLElementTagNameMap {
    'dots-money-input': DotsMoneyInput;
  }
}
