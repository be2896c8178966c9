import { DotsSelect } from './dots-select.ts';

if (!customElements.get('dots-select')) customElements.define('dots-select', DotsSelect);

declare global {
  interface HTMLElementTagNameMap {
    'dots-select': DotsSelect;
  }
}
