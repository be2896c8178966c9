/**
 * The ledger's enumerations on their own, so code that needs only a status or step name (the
 * flows) does not build every record schema of schemas.ts, which re-exports them.
 */
import '../../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';

export const UserStatus = z.enum(['unverified', 'verified', 'in_review', 'disabled']);
export type UserStatus = z.infer<typeof UserStatus>;

export const PayoutPlatform = z.enum(['ach', 'paypal', 'venmo', 'cash_app', 'intl_bank']);
export type PayoutPlatform = z.infer<typeof PayoutPlatform>;

export const TransferStatus = z.enum(['created', 'flagged', 'pending', 'completed', 'failed', 'reversed', 'canceled']);
export type TransferStatus = z.infer<typeof TransferStatus>;

export const TransferType = z.enum(['balance', 'payout', 'refill']);
export type TransferType = z.infer<typeof TransferType>;

export const TransactionType = z.enum(['balance', 'payout', 'refill', 'fee']);
export type TransactionType = z.infer<typeof TransactionType>;

export const PayoutLinkStatus = z.enum(['created', 'sent', 'delivered', 'claimed', 'expired', 'canceled', 'failed']);
export type PayoutLinkStatus = z.infer<typeof PayoutLinkStatus>;

/** Step names as the API spells them. `sign-in` is ours: the implicit first step. */
export const FlowStep = z.enum(['compliance', 'id-verification', 'manage-payouts', 'payout', 'redirect']);
export type FlowStep = z.infer<typeof FlowStep>;
