import '../status-badge/define.ts';
import '../dots-transfer-lifecycle/define.ts';
import { DotsTransferDetail } from './transfer-detail.ts';

if (!customElements.get('dots-transfer-detail')) customElements.define('dots-transfer-detail', DotsTransferDetail);

declare global {
  interface HTMLElementTagNameMap {
    'dots-transfer-detail': DotsTransferDetail;
  }
}
