import { DotsButton } from './dots-button.ts';

if (!customElements.get('dots-button')) customElements.define('dots-button', DotsButton);

declare global {
  interface HTMLElementTagNameMap {
    'dots-button': DotsButton;
  }
}
