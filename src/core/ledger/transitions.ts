/**
 * The transfer status lifecycle, as data (DESIGN.md section 1). The UI draws the diagram from
 * this table and the ledger refuses any move that is not in it.
 */
import type { TransferStatus } from './schemas.ts';
import { DotsError } from './errors.ts';

/** Every status a new transfer starts in. */
export const INITIAL_TRANSFER_STATUS = 'created' as const satisfies TransferStatus;

export const TRANSFER_TRANSITIONS: Readonly<Record<TransferStatus, readonly TransferStatus[]>> = Object.freeze({
  created: Object.freeze(['pending', 'flagged'] as const),
  flagged: Object.freeze(['pending'] as const),
  pending: Object.freeze(['completed', 'failed', 'reversed', 'canceled'] as const),
  completed: Object.freeze([] as const),
  failed: Object.freeze([] as const),
  reversed: Object.freeze([] as const),
  canceled: Object.freeze([] as const),
});

export const FINAL_STATUSES: readonly TransferStatus[] = Object.freeze(['completed', 'failed', 'reversed', 'canceled'] as const);

/** Statuses in which a payout still holds money in flight. */
export const OPEN_STATUSES: readonly TransferStatus[] = Object.freeze(['created', 'flagged', 'pending'] as const);

/** Final statuses that give a payout's money back to the user's wallet. */
export const RETURNING_STATUSES: readonly TransferStatus[] = Object.freeze(['failed', 'reversed', 'canceled'] as const);

export const isFinalStatus = (s: TransferStatus): boolean => FINAL_STATUSES.includes(s);

export function canTransition(from: TransferStatus, to: TransferStatus): boolean {
  return TRANSFER_TRANSITIONS[from]?.includes(to) ?? false;
}

/** Throws the typed error the ledger uses for a refused move. */
export function assertTransition(from: TransferStatus, to: TransferStatus, transferId: string): void {
  if (canTransition(from, to)) return;
  const allowed = TRANSFER_TRANSITIONS[from];
  const hint = allowed.length ? `allowed from ${from}: ${allowed.join(', ')}` : `${from} is final`;
  throw new DotsError('illegal_transition', `Transfer ${transferId} cannot go from ${from} to ${to} (${hint}).`);
}
