import { DotsTextField } from './dots-text-field.ts';

if (!customElements.get('dots-text-field')) customElements.define('dots-text-field', DotsTextField);

declare global {
  interface HTMLElementTagNameMap {
    'dots-text-field': DotsTextField;
  }
}
