/**
 * The BackendAdapter contract: the only door the flows have to money. Every method takes typed
 * input and an AbortSignal, resolves with output checked against the zod schemas in
 * core/ledger/schemas.ts, and rejects with a DotsError ({ code, message, field?, retryable }).
 * `test/adapter-contract.ts` is the suite every adapter must pass.
 */
import '../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';
import {
  Cents,
  FlowStep,
  Metadata,
  PayoutPlatform,
  TransferStatus,
  type FlowRecord,
  type LedgerEvent,
  type LedgerEventType,
  type Page,
  type PayoutLink,
  type PayoutMethod,
  type Transfer,
  type User,
  type Wallet,
} from '../core/ledger/schemas.ts';

export type { DotsError, ErrorCode } from '../core/ledger/errors.ts';

// ---- inputs (zod, so adapters validate them at the boundary) ----

/**
 * An object id (or payout link token) as the adapter receives it. Ids travel as URL path
 * segments, and escaping does not protect those: `encodeURIComponent('..')` is still `..`, which
 * the URL parser resolves (`/v2/users/..` is `/v2/`), and `%2e%2e` is a dot segment too. So an id
 * that is empty, `.` or `..`, or holds `/`, `\`, `?`, `#`, `%` or a control character, is refused
 * here, before any request is built. `%` is refused because a host's proxy may decode a path
 * segment once more before forwarding it. Real ids (UUIDs, `usr_...`, hex tokens) never hold any.
 */
export const IdInput = z.string().check(
  z.minLength(1, 'An id cannot be empty.'),
  z.maxLength(200),
  z.refine((s) => s !== '.' && s !== '..', 'An id cannot be a dot segment.'),
  z.refine((s) => !/[/\\?#%\u0000-\u001f\u007f-\u009f]/.test(s), 'An id cannot hold /, \\, ?, #, % or control characters.'),
);
export type IdInput = z.infer<typeof IdInput>;

/** A payout method of a user: what removePayoutMethod and setDefaultPayoutMethod take. */
export const PayoutMethodRef = z.object({ user_id: IdInput, payout_method_id: IdInput });
export type PayoutMethodRef = z.infer<typeof PayoutMethodRef>;

export const PhoneInput = z.object({
  country_code: z.string().check(z.regex(/^\d{1,4}$/)), // calling code, "1" for the US
  phone_number: z.string().check(z.regex(/^\d{4,15}$/)), // national number, digits only
});
export type PhoneInput = z.infer<typeof PhoneInput>;

export const SendCodeInput = PhoneInput;
export type SendCodeInput = PhoneInput;

export const VerifyCodeInput = z.extend(PhoneInput, { code: z.string().check(z.regex(/^\d{6}$/)) });
export type VerifyCodeInput = z.infer<typeof VerifyCodeInput>;

/** Result of a verified code: the user of that phone in this app, or null when none exists yet. */
export const VerifyCodeResult = z.object({ verified: z.literal(true), user_id: z.nullable(z.string()), session: z.string() });
export type VerifyCodeResult = z.infer<typeof VerifyCodeResult>;

export const CreateUserInput = z.extend(PhoneInput, {
  first_name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  last_name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  email: z.email(),
  /** proof that the phone was verified, from verifyCode */
  session: z.optional(z.string()),
  metadata: z.optional(Metadata),
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z.object({
  user_id: IdInput,
  first_name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  last_name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  email: z.optional(z.email()),
  metadata: z.optional(Metadata),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;

const Address = z.object({
  line1: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  line2: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  city: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  region: z.optional(z.string().check(z.trim(), z.maxLength(100))), // state / province
  postal_code: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
  country: z.string().check(z.length(2)), // ISO 3166-1 alpha-2
});

/** W-9 for US persons, W-8BEN otherwise. Tax ids cross this boundary once and are then masked. */
export const ComplianceInput = z.discriminatedUnion('form', [
  z.object({
    form: z.literal('w9'),
    user_id: IdInput,
    entity_type: z.enum(['individual', 'business']),
    legal_name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    business_name: z.optional(z.string().check(z.trim(), z.maxLength(200))),
    tax_id_type: z.enum(['ssn', 'ein']),
    tax_id: z.string().check(z.regex(/^\d{9}$/)),
    date_of_birth: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    address: Address,
    certified: z.literal(true),
  }),
  z.object({
    form: z.literal('w8ben'),
    user_id: IdInput,
    legal_name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    country_of_citizenship: z.string().check(z.length(2)),
    foreign_tax_id: z.optional(z.string().check(z.trim(), z.maxLength(40))),
    date_of_birth: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    address: Address,
    certified: z.literal(true),
  }),
]);
export type ComplianceInput = z.infer<typeof ComplianceInput>;

export const IdVerificationInput = z.object({
  user_id: IdInput,
  document_type: z.enum(['passport', 'drivers_license', 'national_id']),
  document_country: z.string().check(z.length(2)),
  document_number: z.string().check(z.trim(), z.minLength(4), z.maxLength(30)),
});
export type IdVerificationInput = z.infer<typeof IdVerificationInput>;

export const AddPayoutMethodInput = z.discriminatedUnion('platform', [
  z.object({ platform: z.literal('ach'), user_id: IdInput, routing_number: z.string().check(z.regex(/^\d{9}$/)), account_number: z.string().check(z.regex(/^\d{4,17}$/)), account_type: z.enum(['checking', 'savings']) }),
  z.object({ platform: z.literal('paypal'), user_id: IdInput, email: z.email() }),
  z.object({ platform: z.literal('venmo'), user_id: IdInput, phone_number: z.string().check(z.regex(/^\+\d{8,15}$/)) }),
  z.object({ platform: z.literal('cash_app'), user_id: IdInput, cash_tag: z.string().check(z.regex(/^\$[A-Za-z][A-Za-z0-9_]{0,19}$/)) }),
  z.object({ platform: z.literal('intl_bank'), user_id: IdInput, iban: z.string(), bic: z.string(), account_holder: z.string().check(z.trim(), z.minLength(1), z.maxLength(140)) }),
]);
export type AddPayoutMethodInput = z.infer<typeof AddPayoutMethodInput>;

export const CreatePayoutInput = z.object({
  user_id: IdInput,
  amount: Cents.check(z.positive()),
  payout_method_id: z.optional(IdInput), // the user's default when absent
  idempotency_key: z.string().check(z.minLength(8), z.maxLength(200)),
  payout_link_id: z.optional(IdInput),
  metadata: z.optional(Metadata),
});
export type CreatePayoutInput = z.infer<typeof CreatePayoutInput>;

export const ListTransfersInput = z.object({
  user_id: z.optional(IdInput),
  type: z.optional(z.enum(['balance', 'payout', 'refill'])),
  status: z.optional(z.array(TransferStatus)),
  created_after: z.optional(z.string()),
  created_before: z.optional(z.string()),
  limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
  starting_after: z.optional(z.string()),
});
export type ListTransfersInput = z.infer<typeof ListTransfersInput>;

export const ClaimPayoutLinkInput = z.object({
  link: IdInput, // token or id
  user_id: IdInput,
  payout_method_id: z.optional(IdInput),
  amount: z.optional(Cents.check(z.positive())), // partial claim where the link allows it; the rest stays in the wallet
  idempotency_key: z.string().check(z.minLength(8), z.maxLength(200)),
});
export type ClaimPayoutLinkInput = z.infer<typeof ClaimPayoutLinkInput>;

export const CreateFlowInput = z.object({
  steps: z.array(FlowStep),
  user_id: z.optional(IdInput),
  payout_link_id: z.optional(IdInput),
  metadata: z.optional(Metadata),
});
export type CreateFlowInput = z.infer<typeof CreateFlowInput>;

export const UpdateFlowInput = z.object({
  flow_id: IdInput,
  user_id: z.optional(IdInput),
  completed_steps: z.optional(z.array(FlowStep)),
  metadata: z.optional(Metadata),
});
export type UpdateFlowInput = z.infer<typeof UpdateFlowInput>;

/** What the app allows: read once by flows to shape their steps. */
export const AppSettings = z.object({
  app_id: z.string(),
  name: z.string(),
  currency: z.string().check(z.length(3)),
  payout_options_exclude_list: z.array(PayoutPlatform),
  /** payout fee per platform in cents (flat), 0 or absent when free */
  payout_fees: z.partialRecord(PayoutPlatform, Cents),
  min_payout: Cents,
});
export type AppSettings = z.infer<typeof AppSettings>;

export interface CallOptions {
  signal?: AbortSignal;
}

export type Unsubscribe = () => void;

export interface BackendAdapter {
  /** A short name for logs and the inspector: 'mock', 'http', ... */
  readonly kind: string;

  getAppSettings(opts?: CallOptions): Promise<AppSettings>;

  // sign-in
  sendVerificationCode(input: SendCodeInput, opts?: CallOptions): Promise<{ sent: true; expires_at: string }>;
  verifyCode(input: VerifyCodeInput, opts?: CallOptions): Promise<VerifyCodeResult>;
  createUser(input: CreateUserInput, opts?: CallOptions): Promise<User>;
  getUser(userId: string, opts?: CallOptions): Promise<User>;
  updateUser(input: UpdateUserInput, opts?: CallOptions): Promise<User>;

  // compliance
  submitCompliance(input: ComplianceInput, opts?: CallOptions): Promise<User>;
  verifyIdentity(input: IdVerificationInput, opts?: CallOptions): Promise<User>;

  // payout methods
  listPayoutMethods(userId: string, opts?: CallOptions): Promise<PayoutMethod[]>;
  addPayoutMethod(input: AddPayoutMethodInput, opts?: CallOptions): Promise<PayoutMethod>;
  removePayoutMethod(input: { user_id: string; payout_method_id: string }, opts?: CallOptions): Promise<void>;
  setDefaultPayoutMethod(input: { user_id: string; payout_method_id: string }, opts?: CallOptions): Promise<User>;

  // money
  getWallet(userId: string, opts?: CallOptions): Promise<Wallet>;
  createPayout(input: CreatePayoutInput, opts?: CallOptions): Promise<Transfer>;
  listTransfers(input: ListTransfersInput, opts?: CallOptions): Promise<Page<Transfer>>;
  getTransfer(transferId: string, opts?: CallOptions): Promise<Transfer>;

  // payout links
  getPayoutLink(link: string, opts?: CallOptions): Promise<PayoutLink>;
  claimPayoutLink(input: ClaimPayoutLinkInput, opts?: CallOptions): Promise<{ link: PayoutLink; transfer: Transfer }>;

  // flow records
  createFlow(input: CreateFlowInput, opts?: CallOptions): Promise<FlowRecord>;
  getFlow(flowId: string, opts?: CallOptions): Promise<FlowRecord>;
  updateFlow(input: UpdateFlowInput, opts?: CallOptions): Promise<FlowRecord>;

  /** Live events for this app. `types` filters; the callback never receives another app's events. */
  subscribe(listener: (event: LedgerEvent) => void, types?: LedgerEventType[]): Unsubscribe;
}
