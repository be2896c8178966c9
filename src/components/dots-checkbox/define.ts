import { DotsCheckbox } from './dots-checkbox.ts';

if (!customElements.get('dots-checkbox')) customElements.define('dots-checkbox', DotsCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'dots-checkbox': DotsCheckbox;
  }
}
