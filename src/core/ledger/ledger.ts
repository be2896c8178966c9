/**
 * The reference mock ledger: apps (tenants), users, phone codes, compliance, payout methods,
 * double-entry wallets, transfers with the DESIGN.md status table, payout processing on a clock,
 * payout links, flow records and events. In memory, synchronous, deterministic from a seed.
 *
 * Every method takes the `appId` first: objects of another app are reported as `not_found`.
 * Every input is checked with zod (a bad one throws DotsError `validation` naming the field).
 * Every returned object is a copy: changing it never changes the ledger.
 *
 * Money model (docs/ledger.md): accounts `app:<id>`, `user:<id>`, `external:<kind>:<ref>`.
 * A transaction moves a positive amount from one account to another, so the posted balances
 * of all accounts always sum to zero. A payout posts `user -> external:<rail>:<method>` when it
 * is created; a failed, reversed or canceled payout posts the compensating `external -> user`.
 * A user's `Wallet` is then: withdrawable = posted balance, pending = payouts in flight
 * (created / flagged / pending), amount = withdrawable + pending. An app's wallet reserves open
 * payout links: amount = posted, pending = open links, withdrawable = amount - pending.
 */
import type { Clock } from './clock.ts';
import type {
  FlowRecord,
  LedgerEvent,
  LedgerEventType,
  Page,
  PayoutLink,
  PayoutMethod,
  Transaction,
  Transfer,
  TransferStatus,
  User,
  UserStatus,
  Wallet,
} from './schemas.ts';
import type {
  AddPayoutMethodInput,
  AppSettings,
  ClaimPayoutLinkInput,
  ComplianceInput,
  CreateFlowInput,
  CreatePayoutInput,
  CreateUserInput,
  IdVerificationInput,
  SendCodeInput,
  UpdateFlowInput,
  UpdateUserInput,
  VerifyCodeInput,
  VerifyCodeResult,
} from '../../adapters/types.ts';
import type {
  AppRecord,
  BalanceTransferInput,
  CreateAppInput,
  CreatePayoutLinkInput,
  CreateUserDirectInput,
  ListPageInput,
  ListTransfersQuery,
  ListUsersInput,
  OutboxMessage,
  ProcessingOptions,
  UpdateAppInput,
} from './inputs.ts';
import type { LedgerSnapshot } from './snapshot.ts';
import { DotsError } from './errors.ts';

export interface LedgerOptions {
  /** default: a RealClock (real timers) */
  clock?: Clock;
  /** ids, codes, tokens and random outcomes are reproducible for a seed; default 1 */
  seed?: number | string;
  processing?: Partial<ProcessingOptions>;
}

export type LedgerListener = (event: LedgerEvent) => void;

/** Result of `checkInvariants()`: empty `problems` when the books are sound. */
export interface InvariantReport {
  ok: boolean;
  problems: string[];
}

const todo = (): never => {
  throw new DotsError('server', 'Ledger method not implemented yet');
};

export class Ledger {
  constructor(_options: LedgerOptions = {}) {}

  // ---------------------------------------------------------------- state

  /** A versioned, JSON-safe copy of the whole state (`LedgerSnapshot`, version 1). */
  snapshot(): LedgerSnapshot {
    return todo();
  }
  /** A new ledger from a snapshot (validated with zod; then invariants are checked). */
  static restore(_snapshot: unknown, _options: LedgerOptions = {}): Ledger {
    return todo();
  }
  /** Replace this ledger's state with a snapshot's; timers are re-armed on this ledger's clock. */
  load(_snapshot: unknown): void {
    todo();
  }
  /** Recompute every balance from the transactions and check every rule; used by tests. */
  checkInvariants(): InvariantReport {
    return todo();
  }
  /** Stop every timer this ledger set (the ledger stays readable). */
  dispose(): void {}

  // ---------------------------------------------------------------- apps

  createApp(_input: CreateAppInput): AppRecord {
    return todo();
  }
  listApps(): AppRecord[] {
    return todo();
  }
  getApp(_appId: string): AppRecord {
    return todo();
  }
  updateApp(_appId: string, _patch: UpdateAppInput): AppRecord {
    return todo();
  }
  /** The AppSettings shape of src/adapters/types.ts. */
  getAppSettings(_appId: string): AppSettings {
    return todo();
  }
  getAppWallet(_appId: string): Wallet {
    return todo();
  }

  // ---------------------------------------------------------------- sign-in

  /** Puts a 6-digit code into the outbox; codes expire after `codeTtlMs`. */
  sendVerificationCode(_appId: string, _input: SendCodeInput): { sent: true; expires_at: string } {
    return todo();
  }
  /** Checks a code: `code_invalid`, `code_expired`, `too_many_attempts`. Returns a session for createUser. */
  verifyCode(_appId: string, _input: VerifyCodeInput): VerifyCodeResult {
    return todo();
  }
  /** Messages the ledger sent for this app, oldest first. */
  outbox(_appId: string): OutboxMessage[] {
    return todo();
  }

  // ---------------------------------------------------------------- users

  /** Needs the `session` from verifyCode for the same phone. A phone has at most one user per app. */
  createUser(_appId: string, _input: CreateUserInput): User {
    return todo();
  }
  /** Operator path: no code flow (seeding, demos, back office). */
  createUserDirect(_appId: string, _input: CreateUserDirectInput): User {
    return todo();
  }
  getUser(_appId: string, _userId: string): User {
    return todo();
  }
  updateUser(_appId: string, _input: UpdateUserInput): User {
    return todo();
  }
  /** Operator: set a user's status (e.g. `disabled`, or `verified` after a review). */
  setUserStatus(_appId: string, _userId: string, _status: UserStatus): User {
    return todo();
  }
  /** Newest first. */
  listUsers(_appId: string, _query: ListUsersInput = {}): Page<User> {
    return todo();
  }
  findUserByPhone(_appId: string, _phone: SendCodeInput): User | null {
    return todo();
  }

  // ---------------------------------------------------------------- compliance

  /** W-9 or W-8BEN. Only the last four digits of the tax id are kept. */
  submitCompliance(_appId: string, _input: ComplianceInput): User {
    return todo();
  }
  /** Sandbox: a document number ending `0000` is not verified and sends the user to `in_review`. */
  verifyIdentity(_appId: string, _input: IdVerificationInput): User {
    return todo();
  }

  // ---------------------------------------------------------------- payout methods

  listPayoutMethods(_appId: string, _userId: string): PayoutMethod[] {
    return todo();
  }
  /** Validates (routing checksum, IBAN/BIC...), refuses excluded platforms; the first method becomes the default. */
  addPayoutMethod(_appId: string, _input: AddPayoutMethodInput): PayoutMethod {
    return todo();
  }
  removePayoutMethod(_appId: string, _input: { user_id: string; payout_method_id: string }): void {
    todo();
  }
  setDefaultPayoutMethod(_appId: string, _input: { user_id: string; payout_method_id: string }): User {
    return todo();
  }

  // ---------------------------------------------------------------- money

  getWallet(_appId: string, _userId: string): Wallet {
    return todo();
  }
  /** external -> app. */
  refillApp(_appId: string, _amount: number, _idempotencyKey?: string): Transfer {
    return todo();
  }
  /** app <-> user, settles at once. */
  createBalanceTransfer(_appId: string, _input: BalanceTransferInput): Transfer {
    return todo();
  }
  /** Shorthand for createBalanceTransfer app_to_user. */
  transferToUser(_appId: string, _userId: string, _amount: number, _idempotencyKey?: string): Transfer {
    return todo();
  }
  /** user -> external through a payout method (the default when none given). May be `flagged`. */
  createPayout(_appId: string, _input: CreatePayoutInput): Transfer {
    return todo();
  }
  getTransfer(_appId: string, _transferId: string): Transfer {
    return todo();
  }
  /** Newest first; filters by user, type, status (any of), created_after / created_before (ISO). */
  listTransfers(_appId: string, _query: ListTransfersQuery = {}): Page<Transfer> {
    return todo();
  }
  /** Every transaction touching an account (e.g. `user:<id>`), oldest first. */
  listTransactions(_appId: string, _account?: string): Transaction[] {
    return todo();
  }

  // ---------------------------------------------------------------- operator actions on transfers

  /** Move a transfer along the table; refused with `illegal_transition` otherwise. */
  transitionTransfer(_appId: string, _transferId: string, _to: TransferStatus, _reason?: string): Transfer {
    return todo();
  }
  /** flagged -> pending (then processing continues on the clock). */
  releaseTransfer(_appId: string, _transferId: string, _reason?: string): Transfer {
    return todo();
  }
  completeTransfer(_appId: string, _transferId: string, _reason?: string): Transfer {
    return todo();
  }
  failTransfer(_appId: string, _transferId: string, _reason?: string): Transfer {
    return todo();
  }
  reverseTransfer(_appId: string, _transferId: string, _reason?: string): Transfer {
    return todo();
  }
  cancelTransfer(_appId: string, _transferId: string, _reason?: string): Transfer {
    return todo();
  }

  // ---------------------------------------------------------------- payout links

  /** Reserves the amount in the app wallet; delivers to the outbox unless `delivery_method` is `link`. */
  createPayoutLink(_appId: string, _input: CreatePayoutLinkInput): PayoutLink {
    return todo();
  }
  /** By token or id. */
  getPayoutLink(_appId: string, _tokenOrId: string): PayoutLink {
    return todo();
  }
  listPayoutLinks(_appId: string, _query: ListPageInput = {}): Page<PayoutLink> {
    return todo();
  }
  cancelPayoutLink(_appId: string, _tokenOrId: string): PayoutLink {
    return todo();
  }
  /**
   * app -> user balance transfer of the link amount, then a payout of `amount` (default: all).
   * At most once: `link_claimed`, `link_expired`, `link_canceled`. Emits `payout_link.claimed`.
   */
  claimPayoutLink(_appId: string, _input: ClaimPayoutLinkInput): { link: PayoutLink; transfer: Transfer } {
    return todo();
  }

  // ---------------------------------------------------------------- flow records

  createFlow(_appId: string, _input: CreateFlowInput): FlowRecord {
    return todo();
  }
  getFlow(_appId: string, _flowId: string): FlowRecord {
    return todo();
  }
  /** completed_steps must be a subset of steps. Emits `flow.updated`. */
  updateFlow(_appId: string, _input: UpdateFlowInput): FlowRecord {
    return todo();
  }
  listFlows(_appId: string, _query: ListPageInput = {}): Page<FlowRecord> {
    return todo();
  }

  // ---------------------------------------------------------------- events

  /** Events of one app, or of every app with `'*'`. Returns the unsubscribe function. */
  subscribe(_appId: string, _listener: LedgerListener, _types?: LedgerEventType[]): () => void {
    return todo();
  }

  // ---------------------------------------------------------------- demo

  /** An app with money, a few users, methods, transfers in several statuses and a payout link. */
  seedDemo(): { app: AppRecord; users: User[] } {
    return todo();
  }
}
