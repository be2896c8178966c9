/**
 * Inputs that only the ledger (operators, hosts, demos) takes. The flow-facing inputs live in
 * src/adapters/types.ts; the ledger accepts those too.
 */
import '../../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';
import { Cents, Metadata, PayoutPlatform, PositiveCents, UserStatus } from './schemas.ts';
import { PhoneInput } from '../../adapters/types.ts';

export const CreateAppInput = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  currency: z._default(z.string().check(z.regex(/^[A-Z]{3}$/)), 'USD'),
  /** Payouts of at least this many cents go to `flagged` for review; null/absent: no amount rule. */
  flag_threshold: z.optional(z.nullable(PositiveCents)),
  payout_options_exclude_list: z._default(z.array(PayoutPlatform), []),
  payout_fees: z._default(z.partialRecord(PayoutPlatform, Cents.check(z.nonnegative())), {}),
  min_payout: z._default(Cents.check(z.nonnegative()), 0),
  /** Sandbox: accept `000000` as a one-time code for any phone of this app. */
  sandbox_magic_code: z._default(z.boolean(), false),
});
export type CreateAppInput = z.input<typeof CreateAppInput>;

export const UpdateAppInput = z.extend(z.partial(CreateAppInput), {
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  payout_options_exclude_list: z.optional(z.array(PayoutPlatform)),
  payout_fees: z.optional(z.partialRecord(PayoutPlatform, Cents.check(z.nonnegative()))),
  min_payout: z.optional(Cents.check(z.nonnegative())),
  sandbox_magic_code: z.optional(z.boolean()),
});
export type UpdateAppInput = z.input<typeof UpdateAppInput>;

/** A stored app: the tenant. */
export const AppRecord = z.object({
  id: z.string(),
  created: z.string(),
  name: z.string(),
  currency: z.string().check(z.length(3)),
  flag_threshold: z.nullable(PositiveCents),
  payout_options_exclude_list: z.array(PayoutPlatform),
  payout_fees: z.partialRecord(PayoutPlatform, Cents),
  min_payout: Cents,
  sandbox_magic_code: z.boolean(),
});
export type AppRecord = z.infer<typeof AppRecord>;

/** Operator path: a user created without the code flow (seeding, demos, back office). */
export const CreateUserDirectInput = z.extend(PhoneInput, {
  first_name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  last_name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  email: z.email(),
  /** default true: the operator vouches for the phone */
  phone_verified: z._default(z.boolean(), true),
  status: z.optional(UserStatus),
  metadata: z.optional(Metadata),
});
export type CreateUserDirectInput = z.input<typeof CreateUserDirectInput>;

export const ListUsersInput = z.object({
  status: z.optional(UserStatus),
  limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
  starting_after: z.optional(z.string()),
});
export type ListUsersInput = z.infer<typeof ListUsersInput>;

export const ListPageInput = z.object({
  limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
  starting_after: z.optional(z.string()),
});
export type ListPageInput = z.infer<typeof ListPageInput>;

export const BalanceTransferInput = z.object({
  user_id: z.string(),
  amount: PositiveCents,
  direction: z._default(z.enum(['app_to_user', 'user_to_app']), 'app_to_user'),
  idempotency_key: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  metadata: z.optional(Metadata),
});
export type BalanceTransferInput = z.input<typeof BalanceTransferInput>;

export const RefillInput = z.object({
  amount: PositiveCents,
  idempotency_key: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  metadata: z.optional(Metadata),
});
export type RefillInput = z.input<typeof RefillInput>;

const Payee = z.object({
  first_name: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  last_name: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  email: z.optional(z.email()),
  country_code: z.optional(z.string().check(z.regex(/^\d{1,4}$/))),
  phone_number: z.optional(z.string().check(z.regex(/^\d{4,15}$/))),
});

export const CreatePayoutLinkInput = z.object({
  amount: PositiveCents,
  /** must be the app's currency (wallets are single-currency) */
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  payee: z.optional(Payee),
  /** `link`: the host shares the URL; `sms`/`email`/`all`: the ledger delivers to the outbox */
  delivery_method: z._default(z.enum(['link', 'sms', 'email', 'all']), 'link'),
  memo: z.optional(z.string().check(z.trim(), z.maxLength(500))),
  /** seconds until the link expires; default 7 days, at most 90 days */
  expires_in: z._default(z.int().check(z.gte(60), z.lte(90 * 86400)), 7 * 86400),
  allow_partial: z._default(z.boolean(), false),
  idempotency_key: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  metadata: z.optional(Metadata),
});
export type CreatePayoutLinkInput = z.input<typeof CreatePayoutLinkInput>;

export const ListTransfersQuery = z.object({
  user_id: z.optional(z.string()),
  type: z.optional(z.enum(['balance', 'payout', 'refill'])),
  status: z.optional(z.array(z.enum(['created', 'flagged', 'pending', 'completed', 'failed', 'reversed', 'canceled']))),
  created_after: z.optional(z.string()),
  created_before: z.optional(z.string()),
  payout_link_id: z.optional(z.string()),
  limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
  starting_after: z.optional(z.string()),
});
export type ListTransfersQuery = z.infer<typeof ListTransfersQuery>;

export interface OutboxMessage {
  id: string;
  app_id: string;
  /** E.164 phone for sms, address for email */
  to: string;
  kind: 'sms' | 'email';
  /** what the message says (English; a real provider would localise) */
  body: string;
  /** the one-time code, for hosts and tests that read the outbox */
  code?: string;
  /** the payout link token, for link deliveries */
  link_token?: string;
  at: string;
}

/** How payouts are processed on the clock. All delays in milliseconds. */
export interface ProcessingOptions {
  /** false: nothing happens on the clock; operators move transfers by hand. Default true. */
  autoProcess: boolean;
  /** created -> pending. 0 (default): at once, inside the create call. */
  pendingDelayMs: number;
  /** pending -> completed / failed, per rail. Default 2000 for paypal, venmo, cash_app; 5000 for ach and intl_bank. */
  settleDelayMs: Record<'ach' | 'paypal' | 'venmo' | 'cash_app' | 'intl_bank', number>;
  /** extra random delay in [0, jitterMs), drawn from the seed. Default 0. */
  jitterMs: number;
  /** probability that a payout not matched by a sandbox value fails anyway, drawn from the seed. Default 0. */
  failureRate: number;
  /** sent -> delivered for payout link messages. Default 1000. */
  deliveryDelayMs: number;
  /** one-time code lifetime. Default 10 minutes. */
  codeTtlMs: number;
  /** wrong codes allowed before the code is burned. Default 5. */
  maxCodeAttempts: number;
  /** codes that may be sent to one phone within `codeTtlMs`. Default 5. */
  maxCodesPerWindow: number;
  /** lifetime of the session `verifyCode` returns. Default 30 minutes. */
  sessionTtlMs: number;
}

export const DEFAULT_PROCESSING: ProcessingOptions = Object.freeze({
  autoProcess: true,
  pendingDelayMs: 0,
  settleDelayMs: Object.freeze({ ach: 5000, intl_bank: 5000, paypal: 2000, venmo: 2000, cash_app: 2000 }),
  jitterMs: 0,
  failureRate: 0,
  deliveryDelayMs: 1000,
  codeTtlMs: 10 * 60_000,
  maxCodeAttempts: 5,
  maxCodesPerWindow: 5,
  sessionTtlMs: 30 * 60_000,
}) as ProcessingOptions;

/**
 * Documented sandbox values (docs/ledger.md). They decide outcomes so demos and tests can show
 * every path on purpose.
 */
export const SANDBOX = Object.freeze({
  /** accepted for any phone when the app has `sandbox_magic_code: true` */
  magicCode: '000000',
  /** an ACH account number, an IBAN, or a venmo phone ending in this fails at settlement */
  failingSuffix: '0000',
  /** a PayPal email starting `fail@`, or the cashtag `$fail`, fails at settlement */
  failingPaypalPrefix: 'fail@',
  failingCashTag: '$fail',
  /** an identity document number ending in this is not verified (the user goes to in_review) */
  idvFailingSuffix: '0000',
  /** a payout link whose payee phone ends in this, or whose payee email starts `bounce@`, fails delivery */
  bouncingPhoneSuffix: '0000',
  bouncingEmailPrefix: 'bounce@',
});
