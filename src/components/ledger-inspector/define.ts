import '../status-badge/define.ts';
import { DotsLedgerInspector } from './ledger-inspector.ts';

if (!customElements.get('dots-ledger-inspector')) customElements.define('dots-ledger-inspector', DotsLedgerInspector);

declare global {
  interface HTMLElementTagNameMap {
    'dots-ledger-inspector': DotsLedgerInspector;
  }
}
