import '../status-badge/define.ts';
import '../transfer-detail/define.ts';
import '../dots-alert/define.ts';
import { DotsTransfers } from './transfers.ts';

if (!customElements.get('dots-transfers')) customElements.define('dots-transfers', DotsTransfers);

declare global {
  interface HTMLElementTagNameMap {
    'dots-transfers': DotsTransfers;
  }
}
