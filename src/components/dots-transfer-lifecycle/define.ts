import { DotsTransferLifecycle } from './dots-transfer-lifecycle.ts';

if (!customElements.get('dots-transfer-lifecycle')) customElements.define('dots-transfer-lifecycle', DotsTransferLifecycle);

declare global {
  interface HTMLElementTagNameMap {
    'dots-transfer-lifecycle': DotsTransferLifecycle;
  }
}
