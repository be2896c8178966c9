/** Events of `<dots-ledger-inspector>`. They bubble and are composed. */

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

export function emitInspectorEvent<K extends keyof DotsInspectorEventMap>(
  target: EventTarget,
  type: K,
  detail: DotsInspectorEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap extends DotsInspectorEventMap {}
}
