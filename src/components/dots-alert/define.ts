import { DotsAlert } from './dots-alert.ts';

if (!customElements.get('dots-alert')) customElements.define('dots-alert', DotsAlert);

declare global {
  interface HTMLElementTagNameMap {
    'dots-alert': DotsAlert;
  }
}
