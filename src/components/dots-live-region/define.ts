import { DotsLiveRegion } from './dots-live-region.ts';

if (!customElements.get('dots-live-region')) customElements.define('dots-live-region', DotsLiveRegion);

declare global {
  interface HTMLElementTagNameMap {
    'dots-live-region': DotsLiveRegion;
  }
}
