/**
 * Domain records shaped like the Dots v2 API objects. These are the shared contract between the
 * mock ledger, the adapters and the flows: every adapter returns these shapes, checked with zod.
 * Money is always an integer number of minor units (cents).
 */
import '../../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';

export const Cents = z.int(); // a safe integer, as classic `.int().safe()`
export const PositiveCents = Cents.check(z.positive());
export const Id = z.string().check(z.minLength(1));
export const IsoTime = z.string(); // ISO 8601, produced by the ledger clock
export const Metadata = z.nullable(z.record(z.string(), z.unknown()));

export { UserStatus, PayoutPlatform, TransferStatus, TransferType, TransactionType, PayoutLinkStatus, FlowStep } from './enums.ts';
import { UserStatus, PayoutPlatform, TransferStatus, TransferType, TransactionType, PayoutLinkStatus, FlowStep } from './enums.ts';

export const Wallet = z.object({
  amount: Cents, // everything the wallet holds, including money reserved by payouts not yet final
  withdrawable_amount: Cents, // amount - pending_amount: what a new payout may take right now
  pending_amount: Cents, // reserved by payouts in created / flagged / pending
});
export type Wallet = z.infer<typeof Wallet>;

/**
 * A stored payout method. Account numbers, IBANs and tax ids are never kept in full outside the
 * ledger's private store: `mask` is the last four characters a person would recognise.
 */
export const PayoutMethod = z.object({
  id: Id,
  platform: PayoutPlatform,
  mask: z.nullable(z.string()), // last four of account number / IBAN, null for email-like methods
  description: z.string(), // human label, e.g. "Checking ••••6789", "PayPal jo***@example.com"
  email: z.optional(z.string()),
  phone_number: z.optional(z.string()), // venmo, E.164
  cash_tag: z.optional(z.string()),
  country: z.optional(z.string()), // intl_bank
  bic: z.optional(z.string()), // intl_bank
  created: IsoTime,
});
export type PayoutMethod = z.infer<typeof PayoutMethod>;

export const Compliance = z.object({
  form: z.nullable(z.enum(['w9', 'w8ben'])), // which tax form was collected, null when none yet
  tax_id_collected: z.boolean(),
  tax_id_last4: z.nullable(z.string()),
  date_of_birth_collected: z.boolean(),
  address_collected: z.boolean(),
  id_verified: z.boolean(),
});
export type Compliance = z.infer<typeof Compliance>;

export const User = z.object({
  id: Id,
  app_id: Id,
  created: IsoTime,
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  country_code: z.string(), // phone country calling code, e.g. "1"
  phone_number: z.string(), // national number, digits only
  phone_verified: z.boolean(),
  status: UserStatus,
  wallet: Wallet,
  payout_methods: z.array(PayoutMethod),
  default_payout_method: z.nullable(PayoutPlatform),
  default_payout_method_id: z.nullable(Id),
  compliance: Compliance,
  metadata: Metadata,
});
export type User = z.infer<typeof User>;

export const StatusHistoryEntry = z.object({ status: TransferStatus, at: IsoTime, reason: z.optional(z.string()) });
export type StatusHistoryEntry = z.infer<typeof StatusHistoryEntry>;

/** A wallet id: `app:<appId>`, `user:<userId>`, or an external account `external:<kind>:<ref>`. */
export const AccountRef = z.string();

export const Transaction = z.object({
  id: Id,
  transfer_id: Id,
  type: TransactionType,
  amount: PositiveCents,
  source: AccountRef,
  destination: AccountRef,
  created: IsoTime,
});
export type Transaction = z.infer<typeof Transaction>;

export const Transfer = z.object({
  id: Id,
  app_id: Id,
  created: IsoTime,
  type: TransferType,
  amount: PositiveCents, // always positive; direction is in `direction` / the transactions
  fee: Cents, // 0 when none
  direction: z.nullable(z.enum(['app_to_user', 'user_to_app'])), // balance transfers only
  user_id: z.nullable(Id),
  payout_method_id: z.nullable(Id),
  payout_platform: z.nullable(PayoutPlatform),
  payout_mask: z.nullable(z.string()),
  payout_link_id: z.nullable(Id),
  status: TransferStatus,
  status_history: z.array(StatusHistoryEntry),
  failure_reason: z.nullable(z.string()),
  idempotency_key: z.nullable(z.string()),
  transactions: z.array(Transaction),
  metadata: Metadata,
});
export type Transfer = z.infer<typeof Transfer>;

export const PayoutLink = z.object({
  id: Id,
  app_id: Id,
  token: z.string(), // the secret part of the link URL a payee opens
  created: IsoTime,
  expires_at: IsoTime,
  amount: PositiveCents,
  currency: z.string().check(z.length(3)),
  status: PayoutLinkStatus,
  payee: z.nullable(
    z.object({
      first_name: z.optional(z.string()),
      last_name: z.optional(z.string()),
      email: z.optional(z.string()),
      country_code: z.optional(z.string()),
      phone_number: z.optional(z.string()),
    }),
  ),
  delivery: z.object({ method: z.enum(['link', 'sms', 'email', 'all']) }),
  memo: z.nullable(z.string()),
  sender_name: z.string(), // the app's display name, shown to the payee
  allow_partial: z.boolean(),
  claimed_user_id: z.nullable(Id),
  transfer_id: z.nullable(Id),
  flow_id: z.nullable(Id),
  metadata: Metadata,
});
export type PayoutLink = z.infer<typeof PayoutLink>;

export const FlowRecord = z.object({
  id: Id,
  app_id: Id,
  created: IsoTime,
  steps: z.array(FlowStep),
  completed_steps: z.array(FlowStep),
  user_id: z.nullable(Id),
  payout_link_id: z.nullable(Id),
  metadata: Metadata,
});
export type FlowRecord = z.infer<typeof FlowRecord>;

export const LedgerEventType = z.enum([
  'transfer.updated',
  'transfer.completed',
  'transfer.failed',
  'flow.updated',
  'payout_link.claimed',
  'user.updated',
]);
export type LedgerEventType = z.infer<typeof LedgerEventType>;

export type LedgerEvent =
  | { type: 'transfer.updated' | 'transfer.completed' | 'transfer.failed'; app_id: string; at: string; data: Transfer }
  | { type: 'flow.updated'; app_id: string; at: string; data: FlowRecord }
  | { type: 'payout_link.claimed'; app_id: string; at: string; data: PayoutLink }
  | { type: 'user.updated'; app_id: string; at: string; data: User };

/** `{data, has_more}` like the API. */
export const page = <T extends z.core.$ZodType>(item: T) => z.object({ data: z.array(item), has_more: z.boolean() });
export interface Page<T> {
  data: T[];
  has_more: boolean;
}
export const PageQuery = z.object({
  limit: z._default(z.int().check(z.gte(1), z.lte(100)), 20),
  starting_after: z.optional(z.string()),
});
export type PageQuery = z.input<typeof PageQuery>;
