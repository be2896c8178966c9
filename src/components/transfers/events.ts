/** Events of `<dots-transfers>`. They bubble and are composed; details hold no account data. */
import type { TransferStatus } from '../../core/ledger/schemas.ts';
import { typedEmitter } from '../events.ts';

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

export const emitTransfersEvent = typedEmitter<DotsTransfersEventMap>();

declare global {
  interface HTMLElementEventMap extends DotsTransfersEventMap {}
}
