/**
 * The versioned, JSON-safe state of a ledger. Adapters persist it (e.g. in localStorage) and a
 * ledger restores from it; it is checked with zod on load, then the books are re-derived from
 * the transactions and the invariants are checked. It never holds a full account number, IBAN
 * or tax id: only what the mock rail needs (the sandbox outcome) and the masks.
 */
import '../../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';
import { FlowRecord, Id, IsoTime, PayoutLink, PayoutMethod, Transfer, User } from './schemas.ts';
import { AppRecord } from './inputs.ts';

export const LEDGER_SNAPSHOT_VERSION = 1 as const;

const Ms = z.int().check(z.nonnegative());

/** A user as stored: the API record minus what the ledger derives (wallet, methods, default platform). */
export const StoredUser = z.omit(User, { wallet: true, payout_methods: true, default_payout_method: true });
export type StoredUser = z.infer<typeof StoredUser>;

export const StoredMethod = z.object({
  app_id: Id,
  user_id: Id,
  removed: z.boolean(),
  method: PayoutMethod,
  /** private: what the mock rail needs. The routing number identifies a bank, not a person. */
  rail: z.object({
    routing_number: z.optional(z.string()),
    account_type: z.optional(z.enum(['checking', 'savings'])),
    account_holder: z.optional(z.string()),
    /** sandbox value matched: payouts to this method fail at settlement */
    sandbox_fail: z.boolean(),
  }),
});
export type StoredMethod = z.infer<typeof StoredMethod>;

export const StoredTransfer = z.object({
  transfer: Transfer,
  /** when the next automatic step is due (ms), null when none is scheduled */
  due_at: z.nullable(Ms),
  /** decided at creation from the sandbox values and the seed */
  outcome: z.enum(['complete', 'fail']),
  outcome_reason: z.nullable(z.string()),
});
export type StoredTransfer = z.infer<typeof StoredTransfer>;

export const StoredLink = z.object({
  link: PayoutLink,
  expires_ms: Ms,
  /** sent -> delivered due time, null when none is scheduled */
  deliver_at: z.nullable(Ms),
});
export type StoredLink = z.infer<typeof StoredLink>;

export const OutboxMessageSchema = z.object({
  id: Id,
  app_id: Id,
  to: z.string(),
  kind: z.enum(['sms', 'email']),
  body: z.string(),
  code: z.optional(z.string()),
  link_token: z.optional(z.string()),
  at: IsoTime,
});

export const CodeRecord = z.object({
  app_id: Id,
  country_code: z.string(),
  phone_number: z.string(),
  code: z.nullable(z.string()), // null once burned by too many attempts
  expires_ms: Ms,
  attempts: z.int().check(z.nonnegative()),
  sent_ms: z.array(Ms),
});
export type CodeRecord = z.infer<typeof CodeRecord>;

export const SessionRecord = z.object({
  token: z.string(),
  app_id: Id,
  country_code: z.string(),
  phone_number: z.string(),
  expires_ms: Ms,
  /** the user this session created: createUser again with it returns that user (a lost answer's retry) */
  user_id: z.optional(Id),
});
export type SessionRecord = z.infer<typeof SessionRecord>;

export const IdempotencyRecord = z.object({
  app_id: Id,
  key: z.string(),
  op: z.enum(['payout', 'balance', 'refill', 'link', 'claim']),
  fingerprint: z.string(),
  /** the transfer (or link, for `link`/`claim`) the first request produced */
  result_id: Id,
  /** `claim`: the payout transfer of the claim */
  transfer_id: z.optional(Id),
});
export type IdempotencyRecord = z.infer<typeof IdempotencyRecord>;

export const LedgerSnapshot = z.object({
  version: z.literal(LEDGER_SNAPSHOT_VERSION),
  rng: z.int().check(z.nonnegative()),
  apps: z.array(AppRecord),
  users: z.array(StoredUser),
  methods: z.array(StoredMethod),
  transfers: z.array(StoredTransfer),
  links: z.array(StoredLink),
  flows: z.array(FlowRecord),
  outbox: z.array(OutboxMessageSchema),
  codes: z.array(CodeRecord),
  sessions: z.array(SessionRecord),
  idempotency: z.array(IdempotencyRecord),
});
export type LedgerSnapshot = z.infer<typeof LedgerSnapshot>;
