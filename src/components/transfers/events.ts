/** Events of `<dots-transfers>`. They bubble and are composed; details hold no account data. */
import type { TransferStatus } from '../../core/ledger/schemas.ts';

export interface DotsTransferOpenDetail {
  transfer_id: string;
  status: TransferStatus;
}

export interface DotsTransfersErrorDetail {
  code: string;
  message: string;
  retryable: boolean;
}

export interface DotsTransfersEventMap {
  /** A transfer was opened (its history shown). */
  'dots-transfer-open': CustomEvent<DotsTransferOpenDetail>;
  /** A page of transfers could not be loaded; the element shows the error with a Retry button. */
  'dots-transfers-error': CustomEvent<DotsTransfersErrorDetail>;
}

export function emitTransfersEvent<K extends keyof DotsTransfersEventMap>(
  target: EventTarget,
  type: K,
  detail: DotsTransfersEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap extends DotsTransfersEventMap {}
}
