import { DotsStatusBadge } from './status-badge.ts';

if (!customElements.get('dots-status-badge')) customElements.define('dots-status-badge', DotsStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'dots-status-badge': DotsStatusBadge;
  }
}
