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
import { z } from 'zod';

/** Cents as the API sends them: an integer, or an integer in a string ("1500"). */
export const WireCents = z.union([
  z.number().int().safe(),
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, 'amount must be an integer number of cents')
    .transform(Number)
    .pipe(z.number().int().safe()),
]);

export const WireMetadata = z.union([z.record(z.string(), z.unknown()), z.string(), z.null()]).optional();

export const WireWallet = z.object({
  amount: WireCents,
  withdrawable_amount: WireCents,
  credit_balance: WireCents.optional(),
  pending_amount: WireCents.optional(),
});

/** `payment-method` (and the add-payout-method answer, which shares its fields). */
export const WirePaymentMethod = z.looseObject({
  id: z.string().optional(),
  platform: z.string(),
  description: z.string().optional(),
  mask: z.string().nullable().optional(),
  email: z.string().optional(),
  phone_number: z.string().optional(),
  handle: z.string().optional(),
  cash_tag: z.string().optional(),
  country: z.string().optional(),
  bic: z.string().optional(),
  created: z.string().optional(),
});
export type WirePaymentMethod = z.infer<typeof WirePaymentMethod>;

export const WireCompliance = z.looseObject({
  tax_id_collected: z.boolean().optional(),
  address_collected: z.boolean().optional(),
  date_of_birth_collected: z.boolean().optional(),
  id_verified: z.boolean().optional(),
  '1099_collected': z.boolean().optional(),
  w8_ben_collected: z.boolean().optional(),
  w9: z.looseObject({ entity_type: z.string().optional(), tax_id_collected: z.boolean().optional(), address_collected: z.boolean().optional() }).nullable().optional(),
  // extensions
  form: z.enum(['w9', 'w8ben']).nullable().optional(),
  tax_id_last4: z.string().nullable().optional(),
});

export const WireUser = z.looseObject({
  id: z.string().min(1),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  email: z.string().optional(),
  phone_number: z.union([z.looseObject({ country_code: z.string().optional(), phone_number: z.string().optional() }), z.string()]).optional(),
  default_payout_method: z.string().nullable().optional(),
  default_payout_method_details: WirePaymentMethod.optional(),
  wallet: WireWallet.optional(),
  status: z.enum(['unverified', 'verified', 'in_review', 'disabled']).optional(),
  compliance: WireCompliance.optional(),
  metadata: WireMetadata,
  // extensions
  app_id: z.string().optional(),
  created: z.string().optional(),
  country_code: z.string().optional(),
  phone_verified: z.boolean().optional(),
  payout_methods: z.array(WirePaymentMethod).optional(),
  default_payout_method_id: z.string().nullable().optional(),
});
export type WireUser = z.infer<typeof WireUser>;

export const WireTransaction = z.looseObject({
  id: z.union([z.number(), z.string()]),
  amount: WireCents,
  created: z.string().optional(),
  source_name: z.string().optional(),
  destination_name: z.string().optional(),
  type: z.string().optional(),
  transfer_id: z.string().optional(),
});

export const WireTransfer = z.looseObject({
  id: z.string().min(1),
  created: z.string().optional(),
  user_id: z.string().nullable().optional(),
  status: z.enum(['created', 'pending', 'failed', 'completed', 'reversed', 'canceled', 'flagged']),
  type: z.string(),
  amount: WireCents,
  external_data: z.looseObject({ account_id: z.string().optional(), platform: z.string().optional() }).optional(),
  transactions: z.array(WireTransaction).optional(),
  payout_link_id: z.string().nullable().optional(),
  metadata: WireMetadata,
  // extensions
  app_id: z.string().optional(),
  fee: WireCents.optional(),
  direction: z.enum(['app_to_user', 'user_to_app']).nullable().optional(),
  payout_mask: z.string().nullable().optional(),
  status_history: z.array(z.object({ status: z.string(), at: z.string(), reason: z.string().optional() })).optional(),
  failure_reason: z.string().nullable().optional(),
  idempotency_key: z.string().nullable().optional(),
});
export type WireTransfer = z.infer<typeof WireTransfer>;

export const WirePayoutLink = z.looseObject({
  id: z.string().min(1),
  created: z.string().optional(),
  link: z.string().optional(),
  amount: WireCents,
  status: z.string(),
  payee: z
    .looseObject({
      first_name: z.string().optional(),
      last_name: z.string().optional(),
      email: z.string().optional(),
      country_code: z.string().optional(),
      phone_number: z.string().optional(),
    })
    .nullable()
    .optional(),
  delivery: z.looseObject({ method: z.enum(['link', 'sms', 'email', 'all']).optional() }).optional(),
  claimed_user_id: z.string().nullable().optional(),
  flow_id: z.string().nullable().optional(),
  transfer_id: z.string().nullable().optional(),
  memo: z.string().nullable().optional(),
  metadata: WireMetadata,
  // extensions
  app_id: z.string().optional(),
  token: z.string().optional(),
  expires_at: z.string().optional(),
  currency: z.string().optional(),
  sender_name: z.string().optional(),
  allow_partial: z.boolean().optional(),
});
export type WirePayoutLink = z.infer<typeof WirePayoutLink>;

export const WireFlow = z.looseObject({
  id: z.string().min(1),
  created: z.string().optional(),
  user_id: z.string().nullable().optional(),
  steps: z.array(z.string()).optional(),
  completed_steps: z.array(z.string()).optional(),
  link: z.string().optional(),
  metadata: WireMetadata,
  // extensions
  app_id: z.string().optional(),
  payout_link_id: z.string().nullable().optional(),
});
export type WireFlow = z.infer<typeof WireFlow>;

export const WireApp = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  // extension: what the flows need to know about the app
  dots_flows_settings: z
    .looseObject({
      currency: z.string().length(3).optional(),
      payout_options_exclude_list: z.array(z.string()).optional(),
      payout_fees: z.record(z.string(), WireCents).optional(),
      min_payout: WireCents.optional(),
    })
    .optional(),
});

export const wirePage = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), has_more: z.boolean() });

/** An event as the mock server's poll endpoint serves it: a webhook body plus a cursor. */
export const WireEvent = z.looseObject({
  id: z.string(),
  type: z.string(),
  created: z.string().optional(),
  app_id: z.string().optional(),
  data: z.unknown(),
});
/** Events are read one by one (`WireEvent`): one malformed event must not sink its page, or the cursor stalls. */
export const WireEventPage = z.object({ data: z.array(z.unknown()), has_more: z.boolean(), cursor: z.string().nullable().optional() });

export const WireSendCodeAnswer = z.object({ sent: z.literal(true), expires_at: z.string() });
export const WireVerifyAnswer = z.object({ verified: z.literal(true), user_id: z.string().nullable(), session: z.string() });

/**
 * The error body the adapter understands. Dots documents `{success: false, message}`; the mock
 * server adds `error: {code, field}` with a DotsError code. Other shapes fall back to the status.
 */
export const WireError = z.looseObject({
  success: z.boolean().optional(),
  message: z.string().optional(),
  error: z
    .union([
      z.string(),
      z.looseObject({ code: z.string().optional(), message: z.string().optional(), field: z.string().optional(), param: z.string().optional() }),
    ])
    .optional(),
  error_code: z.string().optional(),
  code: z.string().optional(),
  field: z.string().optional(),
  param: z.string().optional(),
});

// ---- request bodies (what the adapter sends and the mock server accepts) ----

export const WireAddress = z.object({
  line_1: z.string(),
  line_2: z.string().optional(),
  city: z.string(),
  state: z.string(),
  country: z.string(),
  postcode: z.string(),
});

export const WireComplianceBody = z.union([
  z.object({
    w9: z.looseObject({
      entity_type: z.enum(['individual', 'business']),
      business_name: z.string().optional(),
      first_name: z.string().optional(),
      last_name: z.string().optional(),
      date_of_birth: z.string().optional(),
      tin: z.string(),
      address: WireAddress,
      // extensions
      legal_name: z.string().optional(),
      tin_type: z.enum(['ssn', 'ein']).optional(),
      certified: z.boolean().optional(),
    }),
  }),
  z.object({
    w8ben: z.looseObject({
      name: z.string(),
      citizenship_country: z.string(),
      date_of_birth: z.string(),
      foreign_tax_id: z.string().optional(),
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
