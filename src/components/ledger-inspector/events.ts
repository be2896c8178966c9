/** Events of `<dots-ledger-inspector>`. They bubble and are composed. */
import { typedEmitter } from '../events.ts';

export interface DotsPayoutLinkCreatedDetail {
  id: string;
  /** the secret part of the claim URL */
  token: string;
  url: string;
}

export interface DotsLedgerChangeDetail {
  /** the whole ledger was replaced: elements showing ledger data should reload */
  reason: 'reset' | 'import';
}

export interface DotsInspectorEventMap {
  'dots-payout-link-created': CustomEvent<DotsPayoutLinkCreatedDetail>;
  'dots-ledger-change': CustomEvent<DotsLedgerChangeDetail>;
}

export const emitInspectorEvent = typedEmitter<DotsInspectorEventMap>();

declare global {
  interface HTMLElementEventMap extends DotsInspectorEventMap {}
}
