/**
 * The Dots v2 wire format (reference/dots-v2.openapi.yaml) as zod schemas, lenient where the API
 * is loose: amounts may arrive as numbers or numeric strings, ids may be missing on handle-based
 * payout methods, `metadata` may be a string. Fields the public API lacks but the flows need
 * (`status_history`, `token`, `app_id`, ...) are read when the backend sends them as extra
 * properties (the mock server does; see docs/adapters.md, "Extensions") and defaulted otherwise.
 *
 * This module is shared: the HTTP adapter parses responses with it, the mock server parses
 * request bodies with it.
 */
import '../../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';

/** Cents as the API sends them: an integer, or an integer in a string ("1500"). */
export const WireCents = z.union([
  z.int(),
  z.pipe(
    z.pipe(z.string().check(z.trim(), z.regex(/^-?\d+$/, 'amount must be an integer number of cents')), z.transform(Number)),
    z.int(),
  ),
]);

export const WireMetadata = z.optional(z.union([z.record(z.string(), z.unknown()), z.string(), z.null()]));

export const WireWallet = z.object({
  amount: WireCents,
  withdrawable_amount: WireCents,
  credit_balance: z.optional(WireCents),
  pending_amount: z.optional(WireCents),
});

/** `payment-method` (and the add-payout-method answer, which shares its fields). */
export const WirePaymentMethod = z.looseObject({
  id: z.optional(z.string()),
  platform: z.string(),
  description: z.optional(z.string()),
  mask: z.optional(z.nullable(z.string())),
  email: z.optional(z.string()),
  phone_number: z.optional(z.string()),
  handle: z.optional(z.string()),
  cash_tag: z.optional(z.string()),
  country: z.optional(z.string()),
  bic: z.optional(z.string()),
  created: z.optional(z.string()),
});
export type WirePaymentMethod = z.infer<typeof WirePaymentMethod>;

export const WireCompliance = z.looseObject({
  tax_id_collected: z.optional(z.boolean()),
  address_collected: z.optional(z.boolean()),
  date_of_birth_collected: z.optional(z.boolean()),
  id_verified: z.optional(z.boolean()),
  '1099_collected': z.optional(z.boolean()),
  w8_ben_collected: z.optional(z.boolean()),
  w9: z.optional(z.nullable(z.looseObject({ entity_type: z.optional(z.string()), tax_id_collected: z.optional(z.boolean()), address_collected: z.optional(z.boolean()) }))),
  // extensions
  form: z.optional(z.nullable(z.enum(['w9', 'w8ben']))),
  tax_id_last4: z.optional(z.nullable(z.string())),
});

export const WireUser = z.looseObject({
  id: z.string().check(z.minLength(1)),
  first_name: z.optional(z.string()),
  last_name: z.optional(z.string()),
  email: z.optional(z.string()),
  phone_number: z.optional(z.union([z.looseObject({ country_code: z.optional(z.string()), phone_number: z.optional(z.string()) }), z.string()])),
  default_payout_method: z.optional(z.nullable(z.string())),
  default_payout_method_details: z.optional(WirePaymentMethod),
  wallet: z.optional(WireWallet),
  status: z.optional(z.enum(['unverified', 'verified', 'in_review', 'disabled'])),
  compliance: z.optional(WireCompliance),
  metadata: WireMetadata,
  // extensions
  app_id: z.optional(z.string()),
  created: z.optional(z.string()),
  country_code: z.optional(z.string()),
  phone_verified: z.optional(z.boolean()),
  payout_methods: z.optional(z.array(WirePaymentMethod)),
  default_payout_method_id: z.optional(z.nullable(z.string())),
});
export type WireUser = z.infer<typeof WireUser>;

export const WireTransaction = z.looseObject({
  id: z.union([z.number(), z.string()]),
  amount: WireCents,
  created: z.optional(z.string()),
  source_name: z.optional(z.string()),
  destination_name: z.optional(z.string()),
  type: z.optional(z.string()),
  transfer_id: z.optional(z.string()),
});

export const WireTransfer = z.looseObject({
  id: z.string().check(z.minLength(1)),
  created: z.optional(z.string()),
  user_id: z.optional(z.nullable(z.string())),
  status: z.enum(['created', 'pending', 'failed', 'completed', 'reversed', 'canceled', 'flagged']),
  type: z.string(),
  amount: WireCents,
  external_data: z.optional(z.looseObject({ account_id: z.optional(z.string()), platform: z.optional(z.string()) })),
  transactions: z.optional(z.array(WireTransaction)),
  payout_link_id: z.optional(z.nullable(z.string())),
  metadata: WireMetadata,
  // extensions
  app_id: z.optional(z.string()),
  fee: z.optional(WireCents),
  direction: z.optional(z.nullable(z.enum(['app_to_user', 'user_to_app']))),
  payout_mask: z.optional(z.nullable(z.string())),
  status_history: z.optional(z.array(z.object({ status: z.string(), at: z.string(), reason: z.optional(z.string()) }))),
  failure_reason: z.optional(z.nullable(z.string())),
  idempotency_key: z.optional(z.nullable(z.string())),
});
export type WireTransfer = z.infer<typeof WireTransfer>;

export const WirePayoutLink = z.looseObject({
  id: z.string().check(z.minLength(1)),
  created: z.optional(z.string()),
  link: z.optional(z.string()),
  amount: WireCents,
  status: z.string(),
  payee: z.optional(
    z.nullable(
      z.looseObject({
        first_name: z.optional(z.string()),
        last_name: z.optional(z.string()),
        email: z.optional(z.string()),
        country_code: z.optional(z.string()),
        phone_number: z.optional(z.string()),
      }),
    ),
  ),
  delivery: z.optional(z.looseObject({ method: z.optional(z.enum(['link', 'sms', 'email', 'all'])) })),
  claimed_user_id: z.optional(z.nullable(z.string())),
  flow_id: z.optional(z.nullable(z.string())),
  transfer_id: z.optional(z.nullable(z.string())),
  memo: z.optional(z.nullable(z.string())),
  metadata: WireMetadata,
  // extensions
  app_id: z.optional(z.string()),
  token: z.optional(z.string()),
  expires_at: z.optional(z.string()),
  currency: z.optional(z.string()),
  sender_name: z.optional(z.string()),
  allow_partial: z.optional(z.boolean()),
});
export type WirePayoutLink = z.infer<typeof WirePayoutLink>;

export const WireFlow = z.looseObject({
  id: z.string().check(z.minLength(1)),
  created: z.optional(z.string()),
  user_id: z.optional(z.nullable(z.string())),
  steps: z.optional(z.array(z.string())),
  completed_steps: z.optional(z.array(z.string())),
  link: z.optional(z.string()),
  metadata: WireMetadata,
  // extensions
  app_id: z.optional(z.string()),
  payout_link_id: z.optional(z.nullable(z.string())),
});
export type WireFlow = z.infer<typeof WireFlow>;

export const WireApp = z.looseObject({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  // extension: what the flows need to know about the app
  dots_flows_settings: z.optional(
    z.looseObject({
      currency: z.optional(z.string().check(z.length(3))),
      payout_options_exclude_list: z.optional(z.array(z.string())),
      payout_fees: z.optional(z.record(z.string(), WireCents)),
      min_payout: z.optional(WireCents),
    }),
  ),
});

export const wirePage = <T extends z.ZodMiniType>(item: T) => z.object({ data: z.array(item), has_more: z.boolean() });

/** An event as the mock server's poll endpoint serves it: a webhook body plus a cursor. */
export const WireEvent = z.looseObject({
  id: z.string(),
  type: z.string(),
  created: z.optional(z.string()),
  app_id: z.optional(z.string()),
  data: z.unknown(),
});
/** Events are read one by one (`WireEvent`): one malformed event must not sink its page, or the cursor stalls. */
export const WireEventPage = z.object({ data: z.array(z.unknown()), has_more: z.boolean(), cursor: z.optional(z.nullable(z.string())) });

export const WireSendCodeAnswer = z.object({ sent: z.literal(true), expires_at: z.string() });
export const WireVerifyAnswer = z.object({ verified: z.literal(true), user_id: z.nullable(z.string()), session: z.string() });

/**
 * The error body the adapter understands. Dots documents `{success: false, message}`; the mock
 * server adds `error: {code, field}` with a DotsError code. Other shapes fall back to the status.
 */
export const WireError = z.looseObject({
  success: z.optional(z.boolean()),
  message: z.optional(z.string()),
  error: z.optional(
    z.union([
      z.string(),
      z.looseObject({ code: z.optional(z.string()), message: z.optional(z.string()), field: z.optional(z.string()), param: z.optional(z.string()) }),
    ]),
  ),
  error_code: z.optional(z.string()),
  code: z.optional(z.string()),
  field: z.optional(z.string()),
  param: z.optional(z.string()),
});

// ---- request bodies (what the adapter sends and the mock server accepts) ----

export const WireAddress = z.object({
  line_1: z.string(),
  line_2: z.optional(z.string()),
  city: z.string(),
  state: z.string(),
  country: z.string(),
  postcode: z.string(),
});

export const WireComplianceBody = z.union([
  z.object({
    w9: z.looseObject({
      entity_type: z.enum(['individual', 'business']),
      business_name: z.optional(z.string()),
      first_name: z.optional(z.string()),
      last_name: z.optional(z.string()),
      date_of_birth: z.optional(z.string()),
      tin: z.string(),
      address: WireAddress,
      // extensions
      legal_name: z.optional(z.string()),
      tin_type: z.optional(z.enum(['ssn', 'ein'])),
      certified: z.optional(z.boolean()),
    }),
  }),
  z.object({
    w8ben: z.looseObject({
      name: z.string(),
      citizenship_country: z.string(),
      date_of_birth: z.string(),
      foreign_tax_id: z.optional(z.string()),
      address: WireAddress,
      signature: z.object({ consent: z.boolean(), name: z.string(), email: z.string() }),
    }),
  }),
]);
export type WireComplianceBody = z.infer<typeof WireComplianceBody>;

/** Platform names: the API's payment-method objects say `intl_transfer` where rails say `intl_bank`. */
export const platformFromWire = (p: string | null | undefined) => {
  if (p === 'intl_transfer' || p === 'bank_transfer') return 'intl_bank';
  return p ?? null;
};
