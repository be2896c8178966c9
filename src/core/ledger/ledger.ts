/**
 * The reference mock ledger: apps (tenants), users, phone codes, compliance, payout methods,
 * double-entry wallets, transfers with the DESIGN.md status table, payout processing on a clock,
 * payout links, flow records and events. In memory, synchronous, deterministic from a seed.
 *
 * Every method takes the `appId` first: objects of another app are reported as `not_found`.
 * Every input is checked with zod (a bad one throws DotsError `validation` naming the field).
 * Phones, IBANs and BICs are checked with libraries that load on demand: `await
 * loadValidationRules()` once before using the ledger directly (the mock adapter and the mock
 * server do it themselves; a call that needs them before throws `ValidationRulesNotLoaded`).
 * Every returned object is a copy: changing it never changes the ledger.
 *
 * Money model (docs/ledger.md): accounts `app:<id>`, `user:<id>`, `external:<kind>:<ref>`.
 * A transaction moves a positive amount from one account to another, so the posted balances
 * of all accounts always sum to zero. A payout posts `user -> external:<rail>:<method>` (and
 * the fee `user -> app`) when it is created; a failed, reversed or canceled payout posts the
 * compensating transactions back. A user's `Wallet` is then: withdrawable = posted balance,
 * pending = payouts in flight (created / flagged / pending), amount = withdrawable + pending.
 * An app's wallet: amount = posted balance minus fees of payouts in flight (not the app's until
 * they complete), pending = reserved by open payout links, withdrawable = amount - pending.
 * So the wallet amounts of all apps and users add up to the money refilled minus the money
 * that left for good (completed payouts, net of fees): nothing is counted twice.
 */
import '../../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';
import { RealClock, type Clock, type TimerId } from './clock.ts';
import type {
  FlowRecord,
  FlowStep,
  LedgerEvent,
  LedgerEventType,
  Page,
  PayoutLink,
  PayoutMethod,
  PayoutPlatform,
  Transaction,
  TransactionType,
  Transfer,
  TransferStatus,
  User,
  UserStatus,
  Wallet,
} from './schemas.ts';
import { UserStatus as UserStatusSchema, TransferStatus as TransferStatusSchema } from './schemas.ts';
import {
  AddPayoutMethodInput,
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
  type AppSettings,
  type VerifyCodeResult,
} from '../../adapters/types.ts';
import {
  AppRecord,
  BalanceTransferInput,
  CreateAppInput,
  CreatePayoutLinkInput,
  CreateUserDirectInput,
  DEFAULT_PROCESSING,
  ListPageInput,
  ListTransfersQuery,
  ListUsersInput,
  RefillInput,
  SANDBOX,
  UpdateAppInput,
  type OutboxMessage,
  type ProcessingOptions,
} from './inputs.ts';
import { LedgerSnapshot } from './snapshot.ts';
import type { IdempotencyRecord, StoredLink, StoredMethod, StoredTransfer, StoredUser } from './snapshot.ts';
import { DotsError } from './errors.ts';
import { assertTransition, RETURNING_STATUSES, isFinalStatus } from './transitions.ts';
import { Store, OPEN_LINK_STATUSES, appAccount, idemKey, phoneKey, railAccount, refillAccount, userAccount } from './store.ts';
import { Emitter } from './events.ts';
import { clone, fingerprint, must, parse } from './parse.ts';
import { pageNewestFirst } from './pagination.ts';
import { accountKey, buildMethod } from './methods.ts';
import { complianceFrom, EMPTY_COMPLIANCE } from './compliance.ts';
import { findProblems } from './invariants.ts';
import { parsePhone } from '../validation/index.ts';
import { seedDemo } from './demo.ts';

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

const MethodRef = z.object({ user_id: z.string(), payout_method_id: z.string() });
const Reason = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));

const notFound = (what: string, id: string, field?: string): DotsError =>
  new DotsError('not_found', `No ${what} ${id} in this app`, field ? { field } : {});

interface PayoutPlan {
  user: StoredUser;
  method: StoredMethod;
  amount: number;
  fee: number;
}

export class Ledger {
  readonly clock: Clock;
  readonly processing: ProcessingOptions;
  #store: Store;
  #events = new Emitter();
  #timers = new Map<string, TimerId>();

  constructor(options: LedgerOptions = {}) {
    this.clock = options.clock ?? new RealClock();
    this.processing = {
      ...DEFAULT_PROCESSING,
      ...options.processing,
      settleDelayMs: { ...DEFAULT_PROCESSING.settleDelayMs, ...options.processing?.settleDelayMs },
    };
    this.#store = new Store(options.seed ?? 1);
  }

  // ================================================================ state

  /** A versioned, JSON-safe copy of the whole state (`LedgerSnapshot`, version 1). */
  snapshot(): LedgerSnapshot {
    return this.#store.toSnapshot();
  }

  /** A new ledger from a snapshot (validated with zod; then invariants are checked). */
  static restore(snapshot: unknown, options: LedgerOptions = {}): Ledger {
    const ledger = new Ledger(options);
    ledger.load(snapshot);
    return ledger;
  }

  /** Replace this ledger's state with a snapshot's; timers are re-armed on this ledger's clock. */
  load(snapshot: unknown): void {
    const parsed = parse(LedgerSnapshot, snapshot, 'snapshot');
    const store = Store.fromSnapshot(parsed);
    const problems = findProblems(store);
    if (problems.length) throw new DotsError('validation', `Snapshot refused: ${problems.slice(0, 3).join('; ')}`, { field: 'snapshot' });
    this.dispose();
    this.#store = store;
    for (const t of store.transfers.values()) if (t.due_at !== null) this.#arm(t);
    for (const l of store.links.values()) this.#armLink(l);
  }

  /** Recompute every balance from the transactions and check every rule; used by tests. */
  checkInvariants(): InvariantReport {
    const problems = findProblems(this.#store);
    return { ok: problems.length === 0, problems };
  }

  /** Stop every timer this ledger set (the ledger stays readable). */
  dispose(): void {
    for (const id of this.#timers.values()) this.clock.clearTimer(id);
    this.#timers.clear();
  }

  // ================================================================ apps

  createApp(input: CreateAppInput): AppRecord {
    const i = parse(CreateAppInput, input);
    const app: AppRecord = {
      id: this.#id(),
      created: this.#iso(),
      name: i.name,
      currency: i.currency,
      flag_threshold: i.flag_threshold ?? null,
      payout_options_exclude_list: [...new Set(i.payout_options_exclude_list)],
      payout_fees: i.payout_fees,
      min_payout: i.min_payout,
      sandbox_magic_code: i.sandbox_magic_code,
    };
    this.#store.apps.set(app.id, app);
    this.#store.appOrder.push(app.id);
    return clone(app);
  }

  listApps(): AppRecord[] {
    return this.#store.appOrder.map((id) => clone(this.#store.apps.get(id)!));
  }

  getApp(appId: string): AppRecord {
    return clone(this.#app(appId));
  }

  updateApp(appId: string, patch: UpdateAppInput): AppRecord {
    const app = this.#app(appId);
    const p = parse(UpdateAppInput, patch);
    if (p.currency !== undefined && p.currency !== app.currency && this.#store.transferIndex.ids(appId).length > 0) {
      throw new DotsError('conflict', 'The currency of an app with transfers cannot change', { field: 'currency' });
    }
    for (const [k, v] of Object.entries(p)) if (v !== undefined) (app as Record<string, unknown>)[k] = v;
    return clone(app);
  }

  /** The AppSettings shape of src/adapters/types.ts. */
  getAppSettings(appId: string): AppSettings {
    const app = this.#app(appId);
    return {
      app_id: app.id,
      name: app.name,
      currency: app.currency,
      payout_options_exclude_list: [...app.payout_options_exclude_list],
      payout_fees: { ...app.payout_fees },
      min_payout: app.min_payout,
    };
  }

  getAppWallet(appId: string): Wallet {
    this.#app(appId);
    const s = this.#store;
    const amount = s.balance(appAccount(appId)) - (s.appFeesInFlight.get(appId) ?? 0);
    const pending = s.appLinkHolds.get(appId) ?? 0;
    return { amount, withdrawable_amount: amount - pending, pending_amount: pending };
  }

  // ================================================================ sign-in

  /** Puts a 6-digit code into the outbox; codes expire after `codeTtlMs`. */
  sendVerificationCode(appId: string, input: SendCodeInput): { sent: true; expires_at: string } {
    return this.#op(() => {
      const app = this.#app(appId);
      const i = parse(SendCodeInput, input);
      const e164 = this.#checkPhone(i.country_code, i.phone_number);
      const now = this.clock.now();
      const key = phoneKey(appId, i.country_code, i.phone_number);
      const prev = this.#store.codes.get(key);
      const recent = (prev?.sent_ms ?? []).filter((t) => now - t < this.processing.codeTtlMs);
      if (recent.length >= this.processing.maxCodesPerWindow) {
        throw new DotsError('rate_limited', 'Too many codes sent to this number; wait a few minutes', { field: 'phone_number' });
      }
      const code = this.#store.rng.digits(6);
      const expires_ms = now + this.processing.codeTtlMs;
      this.#store.codes.set(key, { app_id: appId, country_code: i.country_code, phone_number: i.phone_number, code, expires_ms, attempts: 0, sent_ms: [...recent, now] });
      this.#send(appId, 'sms', e164, `${code} is your ${app.name} verification code. It expires in ${Math.round(this.processing.codeTtlMs / 60000)} minutes.`, { code });
      return { sent: true as const, expires_at: new Date(expires_ms).toISOString() };
    });
  }

  /** Checks a code: `code_invalid`, `code_expired`, `too_many_attempts`. Returns a session for createUser. */
  verifyCode(appId: string, input: VerifyCodeInput): VerifyCodeResult {
    return this.#op(() => {
      const app = this.#app(appId);
      const i = parse(VerifyCodeInput, input);
      this.#checkPhone(i.country_code, i.phone_number);
      const key = phoneKey(appId, i.country_code, i.phone_number);
      const rec = this.#store.codes.get(key);
      const now = this.clock.now();
      const magic = app.sandbox_magic_code && i.code === SANDBOX.magicCode;
      if (!magic) {
        if (!rec) throw new DotsError('code_invalid', 'No code was sent to this number; request one', { field: 'code' });
        if (rec.code === null) throw new DotsError('too_many_attempts', 'Too many wrong codes; request a new one', { field: 'code' });
        if (now >= rec.expires_ms) throw new DotsError('code_expired', 'The code expired; request a new one', { field: 'code' });
        if (rec.code !== i.code) {
          rec.attempts++;
          const left = this.processing.maxCodeAttempts - rec.attempts;
          if (left <= 0) {
            rec.code = null;
            throw new DotsError('too_many_attempts', 'Too many wrong codes; request a new one', { field: 'code' });
          }
          throw new DotsError('code_invalid', `Wrong code; ${left} ${left === 1 ? 'attempt' : 'attempts'} left`, { field: 'code' });
        }
      }
      this.#store.codes.delete(key);
      const token = `sess_${this.#store.rng.hex(32)}`;
      this.#store.sessions.set(token, { token, app_id: appId, country_code: i.country_code, phone_number: i.phone_number, expires_ms: now + this.processing.sessionTtlMs });
      const userId = this.#store.userByPhone.get(key) ?? null;
      if (userId) {
        const user = this.#store.users.get(userId)!;
        if (!user.phone_verified || user.status === 'unverified') {
          user.phone_verified = true;
          if (user.status === 'unverified') user.status = 'verified';
          this.#userChanged(user);
        }
      }
      return { verified: true as const, user_id: userId, session: token };
    });
  }

  /** Messages the ledger sent for this app, oldest first. */
  outbox(appId: string): OutboxMessage[] {
    this.#app(appId);
    return this.#store.outbox.filter((m) => m.app_id === appId).map(clone);
  }

  /** The newest code sent to a phone, for hosts and tests reading the outbox. */
  lastCodeFor(appId: string, phone: SendCodeInput): string | null {
    this.#app(appId);
    const e164 = `+${phone.country_code}${phone.phone_number}`;
    for (let i = this.#store.outbox.length - 1; i >= 0; i--) {
      const m = this.#store.outbox[i]!;
      if (m.app_id === appId && m.to === e164 && m.code) return m.code;
    }
    return null;
  }

  // ================================================================ users

  /**
   * Needs the `session` from verifyCode for the same phone. A phone has at most one user per app.
   * Idempotent per session: the session that created a user gets that user back (details updated).
   */
  createUser(appId: string, input: CreateUserInput): User {
    return this.#op(() => {
      this.#app(appId);
      const i = parse(CreateUserInput, input);
      const session = i.session ? this.#store.sessions.get(i.session) : undefined;
      if (!session || session.app_id !== appId || session.country_code !== i.country_code || session.phone_number !== i.phone_number) {
        throw new DotsError('unauthorized', 'Verify the phone number first (no valid session for this phone)', { field: 'session' });
      }
      if (this.clock.now() >= session.expires_ms) {
        this.#store.sessions.delete(session.token);
        throw new DotsError('unauthorized', 'The verification session expired; verify the phone again', { field: 'session' });
      }
      // the same sign-up again (its answer was lost, the person pressed Try again): the user it
      // made, with what was typed this time, instead of a conflict the person cannot get past
      const made = session.user_id ? this.#store.users.get(session.user_id) : undefined;
      if (made && made.app_id === appId) {
        const details = () => JSON.stringify([made.first_name, made.last_name, made.email, made.metadata]);
        const before = details();
        made.first_name = i.first_name;
        made.last_name = i.last_name;
        made.email = i.email;
        if (i.metadata !== undefined) made.metadata = i.metadata;
        if (details() !== before) this.#userChanged(made);
        return this.#userView(made);
      }
      const user = this.#addUser(appId, { ...i, phone_verified: true, status: 'verified', metadata: i.metadata ?? null });
      session.user_id = user.id;
      return user;
    });
  }

  /** Operator path: no code flow (seeding, demos, back office). */
  createUserDirect(appId: string, input: CreateUserDirectInput): User {
    return this.#op(() => {
      this.#app(appId);
      const i = parse(CreateUserDirectInput, input);
      const status = i.status ?? (i.phone_verified ? 'verified' : 'unverified');
      return this.#addUser(appId, { ...i, status, metadata: i.metadata ?? null });
    });
  }

  getUser(appId: string, userId: string): User {
    return this.#userView(this.#user(appId, userId));
  }

  updateUser(appId: string, input: UpdateUserInput): User {
    return this.#op(() => {
      const i = parse(UpdateUserInput, input);
      const user = this.#user(appId, i.user_id);
      if (i.first_name !== undefined) user.first_name = i.first_name;
      if (i.last_name !== undefined) user.last_name = i.last_name;
      if (i.email !== undefined) user.email = i.email;
      if (i.metadata !== undefined) user.metadata = i.metadata;
      this.#userChanged(user);
      return this.#userView(user);
    });
  }

  /** Operator: set a user's status (e.g. `disabled`, or `verified` after a review). */
  setUserStatus(appId: string, userId: string, status: UserStatus): User {
    return this.#op(() => {
      const user = this.#user(appId, userId);
      user.status = parse(UserStatusSchema, status, 'status');
      this.#userChanged(user);
      return this.#userView(user);
    });
  }

  /** Newest first. */
  listUsers(appId: string, query: ListUsersInput = {}): Page<User> {
    this.#app(appId);
    const q = parse(ListUsersInput, query);
    const s = this.#store;
    return pageNewestFirst(s.userIndex.ids(appId), s.userIndex.position, q, (id) => {
      const u = s.users.get(id)!;
      return q.status && u.status !== q.status ? null : this.#userView(u);
    });
  }

  findUserByPhone(appId: string, phone: SendCodeInput): User | null {
    this.#app(appId);
    const id = this.#store.userByPhone.get(phoneKey(appId, phone.country_code, phone.phone_number));
    return id ? this.#userView(this.#store.users.get(id)!) : null;
  }

  // ================================================================ compliance

  /** W-9 or W-8BEN. Only the last four digits of the tax id are kept. */
  submitCompliance(appId: string, input: ComplianceInput): User {
    return this.#op(() => {
      const i = parse(ComplianceInput, input);
      const user = this.#user(appId, i.user_id);
      user.compliance = complianceFrom(i, user.compliance, new Date(this.clock.now()));
      this.#userChanged(user);
      return this.#userView(user);
    });
  }

  /** Sandbox: a document number ending `0000` is not verified and sends the user to `in_review`. */
  verifyIdentity(appId: string, input: IdVerificationInput): User {
    return this.#op(() => {
      const i = parse(IdVerificationInput, input);
      const user = this.#user(appId, i.user_id);
      const passed = !i.document_number.replace(/\s/g, '').endsWith(SANDBOX.idvFailingSuffix);
      user.compliance = { ...user.compliance, id_verified: passed };
      // A failed check is a fraud signal: the user waits for review (their payouts get flagged).
      if (!passed && user.status !== 'disabled') user.status = 'in_review';
      this.#userChanged(user);
      return this.#userView(user);
    });
  }

  // ================================================================ payout methods

  listPayoutMethods(appId: string, userId: string): PayoutMethod[] {
    this.#user(appId, userId);
    return this.#methodsOf(userId).map((m) => clone(m.method));
  }

  /**
   * Validates (routing checksum, IBAN/BIC...), refuses excluded platforms; the first method becomes
   * the default. Idempotent: an account the user already has (see `accountKey`) returns that method.
   */
  addPayoutMethod(appId: string, input: AddPayoutMethodInput): PayoutMethod {
    return this.#op(() => {
      const app = this.#app(appId);
      const i = parse(AddPayoutMethodInput, input);
      const user = this.#user(appId, i.user_id);
      if (app.payout_options_exclude_list.includes(i.platform)) {
        throw new DotsError('validation', `${i.platform} payouts are not offered by this app`, { field: 'platform' });
      }
      const built = buildMethod(i, '', this.#iso());
      // the same account again (a Try again after a lost answer, a double submit) is the method
      // already there, not a second one; the id is drawn only for a new method
      const key = accountKey(built);
      const existing = this.#methodsOf(user.id).find((m) => accountKey(m) === key);
      if (existing) return clone(existing.method);
      const method = { ...built.method, id: this.#id() };
      const rail = built.rail;
      this.#store.addMethod({ app_id: appId, user_id: user.id, removed: false, method, rail });
      if (!user.default_payout_method_id) user.default_payout_method_id = method.id;
      this.#userChanged(user);
      return clone(method);
    });
  }

  removePayoutMethod(appId: string, input: { user_id: string; payout_method_id: string }): void {
    this.#op(() => {
      input = parse(MethodRef, input);
      const user = this.#user(appId, input.user_id);
      const m = this.#method(user, input.payout_method_id);
      m.removed = true;
      if (user.default_payout_method_id === m.method.id) user.default_payout_method_id = null;
      this.#userChanged(user);
    });
  }

  setDefaultPayoutMethod(appId: string, input: { user_id: string; payout_method_id: string }): User {
    return this.#op(() => {
      input = parse(MethodRef, input);
      const user = this.#user(appId, input.user_id);
      const m = this.#method(user, input.payout_method_id);
      if (this.#app(appId).payout_options_exclude_list.includes(m.method.platform)) {
        throw new DotsError('validation', `${m.method.platform} payouts are not offered by this app`, { field: 'payout_method_id' });
      }
      user.default_payout_method_id = m.method.id;
      this.#userChanged(user);
      return this.#userView(user);
    });
  }

  // ================================================================ money

  getWallet(appId: string, userId: string): Wallet {
    this.#user(appId, userId);
    return this.#wallet(userId);
  }

  /** external -> app. */
  refillApp(appId: string, amount: number, idempotencyKey?: string): Transfer {
    return this.refill(appId, { amount, ...(idempotencyKey !== undefined ? { idempotency_key: idempotencyKey } : {}) });
  }

  /** external -> app, with metadata. */
  refill(appId: string, input: RefillInput): Transfer {
    return this.#op(() => {
      this.#app(appId);
      const i = parse(RefillInput, input);
      const again = this.#replay(appId, i.idempotency_key, 'refill', i);
      if (again) return this.#transferView(this.#store.transfers.get(again.result_id)!);
      this.#assertSafe(appAccount(appId), i.amount);
      const st = this.#newTransfer(appId, { type: 'refill', amount: i.amount, idempotency_key: i.idempotency_key ?? null, metadata: i.metadata ?? null });
      this.#post(st, 'refill', refillAccount(appId), appAccount(appId), i.amount);
      this.#settleInternal(st);
      this.#remember(appId, i.idempotency_key, 'refill', i, st.transfer.id);
      return this.#transferView(st);
    });
  }

  /** app <-> user, settles at once. */
  createBalanceTransfer(appId: string, input: BalanceTransferInput): Transfer {
    return this.#op(() => {
      this.#app(appId);
      const i = parse(BalanceTransferInput, input);
      const again = this.#replay(appId, i.idempotency_key, 'balance', i);
      if (again) return this.#transferView(this.#store.transfers.get(again.result_id)!);
      const user = this.#user(appId, i.user_id, 'user_id');
      if (user.status === 'disabled') throw new DotsError('conflict', 'The user is disabled', { field: 'user_id' });
      const toUser = i.direction === 'app_to_user';
      if (toUser) {
        if (this.getAppWallet(appId).withdrawable_amount < i.amount) throw new DotsError('insufficient_funds', 'The app wallet does not hold enough withdrawable money', { field: 'amount' });
        this.#assertSafe(userAccount(user.id), i.amount);
      } else if (this.#store.balance(userAccount(user.id)) < i.amount) {
        throw new DotsError('insufficient_funds', "The user's wallet does not hold enough withdrawable money", { field: 'amount' });
      }
      const st = this.#balanceTransfer(appId, user, i.amount, i.direction, i.idempotency_key ?? null, i.metadata ?? null, null);
      this.#remember(appId, i.idempotency_key, 'balance', i, st.transfer.id);
      return this.#transferView(st);
    });
  }

  /** Shorthand for createBalanceTransfer app_to_user. */
  transferToUser(appId: string, userId: string, amount: number, idempotencyKey?: string): Transfer {
    return this.createBalanceTransfer(appId, { user_id: userId, amount, direction: 'app_to_user', ...(idempotencyKey !== undefined ? { idempotency_key: idempotencyKey } : {}) });
  }

  /** user -> external through a payout method (the default when none given). May be `flagged`. */
  createPayout(appId: string, input: CreatePayoutInput): Transfer {
    return this.#op(() => {
      this.#app(appId);
      const i = parse(CreatePayoutInput, input);
      const again = this.#replay(appId, i.idempotency_key, 'payout', i);
      if (again) return this.#transferView(this.#store.transfers.get(again.result_id)!);
      if (i.payout_link_id !== undefined) this.#link(appId, i.payout_link_id);
      const plan = this.#planPayout(appId, i.user_id, i.amount, i.payout_method_id, 0);
      const st = this.#executePayout(appId, plan, i.idempotency_key, i.metadata ?? null, i.payout_link_id ?? null);
      this.#remember(appId, i.idempotency_key, 'payout', i, st.transfer.id);
      return this.#transferView(st);
    });
  }

  getTransfer(appId: string, transferId: string): Transfer {
    return this.#transferView(this.#transfer(appId, transferId));
  }

  /** Newest first; filters by user, type, status (any of), created_after / created_before (ISO). */
  listTransfers(appId: string, query: ListTransfersQuery = {}): Page<Transfer> {
    this.#app(appId);
    const q = parse(ListTransfersQuery, query);
    const after = q.created_after !== undefined ? this.#parseTime(q.created_after, 'created_after') : null;
    const before = q.created_before !== undefined ? this.#parseTime(q.created_before, 'created_before') : null;
    const s = this.#store;
    const statuses = q.status?.length ? new Set(q.status) : null;
    return pageNewestFirst(s.transferIndex.ids(appId), s.transferIndex.position, q, (id) => {
      const t = s.transfers.get(id)!.transfer;
      if (q.user_id !== undefined && t.user_id !== q.user_id) return null;
      if (q.type !== undefined && t.type !== q.type) return null;
      if (statuses && !statuses.has(t.status)) return null;
      if (q.payout_link_id !== undefined && t.payout_link_id !== q.payout_link_id) return null;
      if (after !== null || before !== null) {
        const at = Date.parse(t.created);
        if (after !== null && at <= after) return null;
        if (before !== null && at >= before) return null;
      }
      return clone(t);
    });
  }

  /** Every transaction of this app touching `account` (e.g. `user:<id>`), or all of them, oldest first. */
  listTransactions(appId: string, account?: string): Transaction[] {
    this.#app(appId);
    const out: Transaction[] = [];
    for (const id of this.#store.transferIndex.ids(appId)) {
      for (const tx of this.#store.transfers.get(id)!.transfer.transactions) {
        if (account === undefined || tx.source === account || tx.destination === account) out.push(clone(tx));
      }
    }
    return out.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
  }

  // ================================================================ operator actions on transfers

  /** Move a transfer along the table; refused with `illegal_transition` otherwise. */
  transitionTransfer(appId: string, transferId: string, to: TransferStatus, reason?: string): Transfer {
    return this.#op(() => {
      const st = this.#transfer(appId, transferId);
      to = parse(TransferStatusSchema, to, 'status');
      if (reason !== undefined) reason = parse(Reason, reason, 'reason');
      this.#move(st, to, reason);
      return this.#transferView(st);
    });
  }

  /** flagged -> pending (then processing continues on the clock). */
  releaseTransfer(appId: string, transferId: string, reason?: string): Transfer {
    return this.transitionTransfer(appId, transferId, 'pending', reason ?? 'released after review');
  }
  completeTransfer(appId: string, transferId: string, reason?: string): Transfer {
    return this.transitionTransfer(appId, transferId, 'completed', reason);
  }
  failTransfer(appId: string, transferId: string, reason?: string): Transfer {
    return this.transitionTransfer(appId, transferId, 'failed', reason ?? 'failed by operator');
  }
  reverseTransfer(appId: string, transferId: string, reason?: string): Transfer {
    return this.transitionTransfer(appId, transferId, 'reversed', reason ?? 'reversed by operator');
  }
  cancelTransfer(appId: string, transferId: string, reason?: string): Transfer {
    return this.transitionTransfer(appId, transferId, 'canceled', reason ?? 'canceled by operator');
  }

  // ================================================================ payout links

  /** Reserves the amount in the app wallet; delivers to the outbox unless `delivery_method` is `link`. */
  createPayoutLink(appId: string, input: CreatePayoutLinkInput): PayoutLink {
    return this.#op(() => {
      const app = this.#app(appId);
      const i = parse(CreatePayoutLinkInput, input);
      const again = this.#replay(appId, i.idempotency_key, 'link', i);
      if (again) return this.#linkView(this.#store.links.get(again.result_id)!);
      if (i.currency !== undefined && i.currency !== app.currency) {
        throw new DotsError('validation', `This app pays in ${app.currency}`, { field: 'currency' });
      }
      const payee = i.payee ?? null;
      const hasPhone = !!(payee?.country_code && payee.phone_number);
      const hasEmail = !!payee?.email;
      if ((i.delivery_method === 'sms' && !hasPhone) || (i.delivery_method === 'all' && !hasPhone && !hasEmail)) {
        throw new DotsError('validation', 'SMS delivery needs the payee phone', { field: 'payee.phone_number' });
      }
      if (i.delivery_method === 'email' && !hasEmail) throw new DotsError('validation', 'Email delivery needs the payee email', { field: 'payee.email' });
      const phone = hasPhone ? this.#checkPhone(payee!.country_code!, payee!.phone_number!, 'payee.phone_number') : null;
      if (this.getAppWallet(appId).withdrawable_amount < i.amount) {
        throw new DotsError('insufficient_funds', 'The app wallet does not hold enough withdrawable money for this link', { field: 'amount' });
      }
      const now = this.clock.now();
      const link: PayoutLink = {
        id: this.#id(),
        app_id: appId,
        token: this.#store.rng.hex(32),
        created: this.#iso(),
        expires_at: new Date(now + i.expires_in * 1000).toISOString(),
        amount: i.amount,
        currency: app.currency,
        status: 'created',
        payee,
        delivery: { method: i.delivery_method },
        memo: i.memo ?? null,
        sender_name: app.name,
        allow_partial: i.allow_partial,
        claimed_user_id: null,
        transfer_id: null,
        flow_id: null,
        metadata: i.metadata ?? null,
      };
      const sl: StoredLink = { link, expires_ms: now + i.expires_in * 1000, deliver_at: null };
      this.#store.addLink(sl);
      this.#store.bump(this.#store.appLinkHolds, appId, link.amount);
      if (i.delivery_method !== 'link') this.#deliverLink(app, sl, phone);
      this.#armLink(sl);
      this.#remember(appId, i.idempotency_key, 'link', i, link.id);
      return this.#linkView(sl);
    });
  }

  /** By token or id. */
  getPayoutLink(appId: string, tokenOrId: string): PayoutLink {
    return this.#op(() => this.#linkView(this.#link(appId, tokenOrId)));
  }

  listPayoutLinks(appId: string, query: ListPageInput = {}): Page<PayoutLink> {
    this.#app(appId);
    const q = parse(ListPageInput, query);
    const s = this.#store;
    return this.#op(() => pageNewestFirst(s.linkIndex.ids(appId), s.linkIndex.position, q, (id) => this.#linkView(this.#expireIfDue(s.links.get(id)!))));
  }

  cancelPayoutLink(appId: string, tokenOrId: string): PayoutLink {
    return this.#op(() => {
      const sl = this.#link(appId, tokenOrId);
      this.#assertClaimable(sl);
      this.#closeLink(sl, 'canceled');
      return this.#linkView(sl);
    });
  }

  /**
   * app -> user balance transfer of the link amount, then a payout of `amount` (default: all).
   * At most once: `link_claimed`, `link_expired`, `link_canceled`. Emits `payout_link.claimed`.
   */
  claimPayoutLink(appId: string, input: ClaimPayoutLinkInput): { link: PayoutLink; transfer: Transfer } {
    return this.#op(() => {
      this.#app(appId);
      const i = parse(ClaimPayoutLinkInput, input);
      const sl = this.#link(appId, i.link, 'link');
      const body = { ...i, link: sl.link.id };
      const again = this.#replay(appId, i.idempotency_key, 'claim', body);
      if (again) return { link: this.#linkView(sl), transfer: this.#transferView(this.#store.transfers.get(again.transfer_id!)!) };
      this.#assertClaimable(sl);
      const link = sl.link;
      const amount = i.amount ?? link.amount;
      if (amount > link.amount) throw new DotsError('validation', 'The claim is larger than the link', { field: 'amount' });
      if (amount !== link.amount && !link.allow_partial) throw new DotsError('validation', 'This link must be claimed in full', { field: 'amount' });
      // Everything is checked before anything moves: the claim happens whole or not at all.
      const plan = this.#planPayout(appId, i.user_id, amount, i.payout_method_id, link.amount);
      this.#assertSafe(userAccount(plan.user.id), link.amount);
      this.#closeLink(sl, 'claimed');
      this.#balanceTransfer(appId, plan.user, link.amount, 'app_to_user', `${i.idempotency_key}:fund`, null, link.id);
      const payout = this.#executePayout(appId, plan, i.idempotency_key, null, link.id);
      link.claimed_user_id = plan.user.id;
      link.transfer_id = payout.transfer.id;
      this.#store.idempotency.set(idemKey(appId, i.idempotency_key), {
        app_id: appId,
        key: i.idempotency_key,
        op: 'claim',
        fingerprint: fingerprint('claim', body),
        result_id: link.id,
        transfer_id: payout.transfer.id,
      });
      this.#events.emit(appId, 'payout_link.claimed', this.#iso(), () => clone(link));
      return { link: this.#linkView(sl), transfer: this.#transferView(payout) };
    });
  }

  // ================================================================ flow records

  createFlow(appId: string, input: CreateFlowInput): FlowRecord {
    return this.#op(() => {
      this.#app(appId);
      const i = parse(CreateFlowInput, input);
      if (i.user_id !== undefined) this.#user(appId, i.user_id, 'user_id');
      const sl = i.payout_link_id !== undefined ? this.#link(appId, i.payout_link_id, 'payout_link_id') : null;
      const flow: FlowRecord = {
        id: this.#id(),
        app_id: appId,
        created: this.#iso(),
        steps: [...new Set(i.steps)],
        completed_steps: [],
        user_id: i.user_id ?? null,
        payout_link_id: sl?.link.id ?? null,
        metadata: i.metadata ?? null,
      };
      this.#store.addFlow(flow);
      if (sl && sl.link.flow_id === null) sl.link.flow_id = flow.id;
      this.#events.emit(appId, 'flow.updated', this.#iso(), () => clone(flow));
      return clone(flow);
    });
  }

  getFlow(appId: string, flowId: string): FlowRecord {
    return clone(this.#flow(appId, flowId));
  }

  /** completed_steps must be a subset of steps. Emits `flow.updated`. */
  updateFlow(appId: string, input: UpdateFlowInput): FlowRecord {
    return this.#op(() => {
      const i = parse(UpdateFlowInput, input);
      const flow = this.#flow(appId, i.flow_id);
      if (i.user_id !== undefined) this.#user(appId, i.user_id, 'user_id');
      if (i.completed_steps !== undefined) {
        const extra = i.completed_steps.find((s: FlowStep) => !flow.steps.includes(s));
        if (extra) throw new DotsError('validation', `Step ${extra} is not a step of this flow`, { field: 'completed_steps' });
      }
      if (i.user_id !== undefined) flow.user_id = i.user_id;
      if (i.completed_steps !== undefined) flow.completed_steps = flow.steps.filter((s) => i.completed_steps!.includes(s));
      if (i.metadata !== undefined) flow.metadata = i.metadata;
      this.#events.emit(appId, 'flow.updated', this.#iso(), () => clone(flow));
      return clone(flow);
    });
  }

  listFlows(appId: string, query: ListPageInput = {}): Page<FlowRecord> {
    this.#app(appId);
    const q = parse(ListPageInput, query);
    const s = this.#store;
    return pageNewestFirst(s.flowIndex.ids(appId), s.flowIndex.position, q, (id) => clone(s.flows.get(id)!));
  }

  // ================================================================ events

  /** Events of one app, or of every app with `'*'`. Returns the unsubscribe function. */
  subscribe(appId: string, listener: LedgerListener, types?: LedgerEventType[]): () => void {
    if (appId !== '*') this.#app(appId);
    return this.#events.subscribe(appId, listener, types);
  }

  // ================================================================ demo

  /** An app with money, a few users, methods, transfers in several statuses and a payout link. */
  seedDemo(): { app: AppRecord; users: User[] } {
    return seedDemo(this);
  }

  // ================================================================ internals: lookups

  #op<T>(fn: () => T): T {
    return this.#events.batch(fn);
  }

  #id(): string {
    return this.#store.rng.uuid();
  }

  #iso(): string {
    return new Date(this.clock.now()).toISOString();
  }

  #parseTime(s: string, field: string): number {
    const t = Date.parse(s);
    if (Number.isNaN(t)) throw new DotsError('validation', `${field} is not an ISO date`, { field });
    return t;
  }

  #app(appId: string): AppRecord {
    const app = typeof appId === 'string' ? this.#store.apps.get(appId) : undefined;
    if (!app) throw notFound('app', String(appId), 'app_id');
    return app;
  }

  #user(appId: string, userId: string, field = 'user_id'): StoredUser {
    this.#app(appId);
    const u = this.#store.users.get(userId);
    if (!u || u.app_id !== appId) throw notFound('user', userId, field);
    return u;
  }

  #method(user: StoredUser, methodId: string): StoredMethod {
    const m = this.#store.methods.get(methodId);
    if (!m || m.user_id !== user.id || m.removed) throw notFound('payout method', methodId, 'payout_method_id');
    return m;
  }

  #methodsOf(userId: string): StoredMethod[] {
    return (this.#store.userMethods.get(userId) ?? []).map((id) => this.#store.methods.get(id)!).filter((m) => !m.removed);
  }

  #transfer(appId: string, transferId: string): StoredTransfer {
    this.#app(appId);
    const t = this.#store.transfers.get(transferId);
    if (!t || t.transfer.app_id !== appId) throw notFound('transfer', transferId, 'transfer_id');
    return t;
  }

  #link(appId: string, tokenOrId: string, field = 'link'): StoredLink {
    this.#app(appId);
    const s = this.#store;
    const sl = s.links.get(tokenOrId) ?? s.links.get(s.linkByToken.get(tokenOrId) ?? '');
    if (!sl || sl.link.app_id !== appId) throw notFound('payout link', tokenOrId, field);
    return this.#expireIfDue(sl);
  }

  #flow(appId: string, flowId: string): FlowRecord {
    this.#app(appId);
    const f = this.#store.flows.get(flowId);
    if (!f || f.app_id !== appId) throw notFound('flow', flowId, 'flow_id');
    return f;
  }

  #checkPhone(countryCode: string, phoneNumber: string, field = 'phone_number'): string {
    const p = must(parsePhone(`+${countryCode}${phoneNumber}`), field);
    if (p.country_code !== countryCode || p.phone_number !== phoneNumber) {
      throw new DotsError('validation', `${field} must be the national number without a trunk prefix`, { field });
    }
    return p.e164;
  }

  // ================================================================ internals: views

  #wallet(userId: string): Wallet {
    const withdrawable = this.#store.balance(userAccount(userId));
    const pending = this.#store.userInFlight.get(userId) ?? 0;
    return { amount: withdrawable + pending, withdrawable_amount: withdrawable, pending_amount: pending };
  }

  #userView(u: StoredUser): User {
    const methods = this.#methodsOf(u.id);
    const def = u.default_payout_method_id ? this.#store.methods.get(u.default_payout_method_id) : undefined;
    return clone({
      id: u.id,
      app_id: u.app_id,
      created: u.created,
      first_name: u.first_name,
      last_name: u.last_name,
      email: u.email,
      country_code: u.country_code,
      phone_number: u.phone_number,
      phone_verified: u.phone_verified,
      status: u.status,
      wallet: this.#wallet(u.id),
      payout_methods: methods.map((m) => m.method),
      default_payout_method: def?.method.platform ?? null,
      default_payout_method_id: def?.method.id ?? null,
      compliance: u.compliance,
      metadata: u.metadata,
    });
  }

  #transferView(st: StoredTransfer): Transfer {
    return clone(st.transfer);
  }

  #linkView(sl: StoredLink): PayoutLink {
    return clone(sl.link);
  }

  #userChanged(u: StoredUser): void {
    this.#events.emit(u.app_id, 'user.updated', this.#iso(), () => this.#userView(u));
  }

  #send(appId: string, kind: 'sms' | 'email', to: string, body: string, extra: { code?: string; link_token?: string }): void {
    this.#store.outbox.push({ id: this.#id(), app_id: appId, to, kind, body, ...extra, at: this.#iso() });
  }

  // ================================================================ internals: users

  #addUser(
    appId: string,
    i: { first_name: string; last_name: string; email: string; country_code: string; phone_number: string; phone_verified: boolean; status: UserStatus; metadata: Record<string, unknown> | null },
  ): User {
    this.#checkPhone(i.country_code, i.phone_number);
    if (this.#store.userByPhone.has(phoneKey(appId, i.country_code, i.phone_number))) {
      throw new DotsError('conflict', 'A user with this phone number already exists in this app', { field: 'phone_number' });
    }
    const user: StoredUser = {
      id: this.#id(),
      app_id: appId,
      created: this.#iso(),
      first_name: i.first_name,
      last_name: i.last_name,
      email: i.email,
      country_code: i.country_code,
      phone_number: i.phone_number,
      phone_verified: i.phone_verified,
      status: i.status,
      default_payout_method_id: null,
      compliance: { ...EMPTY_COMPLIANCE },
      metadata: i.metadata,
    };
    this.#store.addUser(user);
    this.#userChanged(user);
    return this.#userView(user);
  }

  // ================================================================ internals: money

  /** Idempotency: the stored record for a replay with the same body, throws on a different body. */
  #replay(appId: string, key: string | undefined, op: IdempotencyRecord['op'], body: object): IdempotencyRecord | null {
    if (key === undefined) return null;
    const rec = this.#store.idempotency.get(idemKey(appId, key));
    if (!rec) return null;
    if (rec.op !== op || rec.fingerprint !== fingerprint(op, body)) {
      throw new DotsError('idempotency_mismatch', `Idempotency key ${key} was used before with a different request`, { field: 'idempotency_key' });
    }
    return rec;
  }

  #remember(appId: string, key: string | undefined, op: IdempotencyRecord['op'], body: object, resultId: string): void {
    if (key === undefined) return;
    this.#store.idempotency.set(idemKey(appId, key), { app_id: appId, key, op, fingerprint: fingerprint(op, body), result_id: resultId });
  }

  /** Refuse a posting that would take a balance beyond exact integer arithmetic. */
  #assertSafe(account: string, amount: number): void {
    if (!Number.isSafeInteger(this.#store.balance(account) + amount) || !Number.isSafeInteger(this.#store.balance(account) - amount)) {
      throw new DotsError('validation', 'Amount too large for the wallet', { field: 'amount' });
    }
  }

  #newTransfer(
    appId: string,
    f: Pick<Transfer, 'type' | 'amount'> & Partial<Transfer>,
  ): StoredTransfer {
    const at = this.#iso();
    const transfer: Transfer = {
      id: this.#id(),
      app_id: appId,
      created: at,
      type: f.type,
      amount: f.amount,
      fee: f.fee ?? 0,
      direction: f.direction ?? null,
      user_id: f.user_id ?? null,
      payout_method_id: f.payout_method_id ?? null,
      payout_platform: f.payout_platform ?? null,
      payout_mask: f.payout_mask ?? null,
      payout_link_id: f.payout_link_id ?? null,
      status: 'created',
      status_history: [{ status: 'created', at }],
      failure_reason: null,
      idempotency_key: f.idempotency_key ?? null,
      transactions: [],
      metadata: f.metadata ?? null,
    };
    const st: StoredTransfer = { transfer, due_at: null, outcome: 'complete', outcome_reason: null };
    this.#store.addTransfer(st);
    return st;
  }

  #post(st: StoredTransfer, type: TransactionType, source: string, destination: string, amount: number): void {
    if (amount <= 0) return;
    const tx: Transaction = { id: this.#id(), transfer_id: st.transfer.id, type, amount, source, destination, created: this.#iso() };
    st.transfer.transactions.push(tx);
    this.#store.bump(this.#store.balances, source, -amount);
    this.#store.bump(this.#store.balances, destination, amount);
  }

  /** Internal moves (balance, refill) have no rail: created -> pending -> completed at once. */
  #settleInternal(st: StoredTransfer): void {
    this.#transferChanged(st);
    this.#move(st, 'pending');
    this.#move(st, 'completed');
  }

  #balanceTransfer(
    appId: string,
    user: StoredUser,
    amount: number,
    direction: 'app_to_user' | 'user_to_app',
    key: string | null,
    metadata: Record<string, unknown> | null,
    linkId: string | null,
  ): StoredTransfer {
    const st = this.#newTransfer(appId, { type: 'balance', amount, direction, user_id: user.id, idempotency_key: key, metadata, payout_link_id: linkId });
    const [from, to] = direction === 'app_to_user' ? [appAccount(appId), userAccount(user.id)] : [userAccount(user.id), appAccount(appId)];
    this.#post(st, 'balance', from, to, amount);
    this.#settleInternal(st);
    this.#userChanged(user);
    return st;
  }

  /** Every check a payout needs, before anything moves. `incoming`: money about to reach the wallet. */
  #planPayout(appId: string, userId: string, amount: number, methodId: string | undefined, incoming: number): PayoutPlan {
    const app = this.#app(appId);
    const user = this.#user(appId, userId, 'user_id');
    if (user.status === 'disabled') throw new DotsError('conflict', 'The user is disabled', { field: 'user_id' });
    const id = methodId ?? user.default_payout_method_id;
    if (!id) throw new DotsError('validation', 'The user has no default payout method; choose one', { field: 'payout_method_id' });
    const method = this.#method(user, id);
    if (app.payout_options_exclude_list.includes(method.method.platform)) {
      throw new DotsError('validation', `${method.method.platform} payouts are not offered by this app`, { field: 'payout_method_id' });
    }
    if (amount < app.min_payout) throw new DotsError('validation', `The minimum payout is ${app.min_payout}`, { field: 'amount' });
    const fee = app.payout_fees[method.method.platform] ?? 0;
    if (amount <= fee) throw new DotsError('validation', `The payout must be larger than the fee (${fee})`, { field: 'amount' });
    if (this.#store.balance(userAccount(user.id)) + incoming < amount) {
      throw new DotsError('insufficient_funds', "The user's wallet does not hold enough withdrawable money", { field: 'amount' });
    }
    return { user, method, amount, fee };
  }

  #executePayout(appId: string, plan: PayoutPlan, key: string | null, metadata: Record<string, unknown> | null, linkId: string | null): StoredTransfer {
    const { user, method, amount, fee } = plan;
    const app = this.#app(appId);
    const st = this.#newTransfer(appId, {
      type: 'payout',
      amount,
      fee,
      user_id: user.id,
      payout_method_id: method.method.id,
      payout_platform: method.method.platform,
      payout_mask: method.method.mask,
      payout_link_id: linkId,
      idempotency_key: key,
      metadata,
    });
    this.#post(st, 'payout', userAccount(user.id), railAccount(method.method.platform, method.method.id), amount - fee);
    this.#post(st, 'fee', userAccount(user.id), appAccount(appId), fee);
    this.#store.bump(this.#store.userInFlight, user.id, amount);
    this.#store.bump(this.#store.appFeesInFlight, appId, fee);
    // The outcome is fixed now, so it does not depend on when or in which order the clock fires.
    const p = this.processing;
    if (method.rail.sandbox_fail) {
      st.outcome = 'fail';
      st.outcome_reason = method.method.platform === 'ach' ? 'account_closed' : 'account_invalid';
    } else if (p.failureRate > 0 && this.#store.rng.next() < p.failureRate) {
      st.outcome = 'fail';
      st.outcome_reason = 'rail_rejected';
    }
    this.#transferChanged(st);
    if ((app.flag_threshold !== null && amount >= app.flag_threshold) || user.status === 'in_review') {
      this.#move(st, 'flagged', user.status === 'in_review' ? 'user in review' : `amount at or above ${app.flag_threshold}`);
    } else if (p.autoProcess) {
      if (p.pendingDelayMs === 0) this.#move(st, 'pending');
      else this.#schedule(st, p.pendingDelayMs);
    }
    this.#userChanged(user);
    return st;
  }

  /** One status move along the table, with what it does to the money. */
  #move(st: StoredTransfer, to: TransferStatus, reason?: string): void {
    const t = st.transfer;
    assertTransition(t.status, to, t.id);
    t.status = to;
    t.status_history.push({ status: to, at: this.#iso(), ...(reason ? { reason } : {}) });
    this.#unschedule(st);
    if (t.type === 'payout' && isFinalStatus(to) && t.user_id) {
      const user = userAccount(t.user_id);
      if (RETURNING_STATUSES.includes(to)) {
        // Compensating transactions: the rail and the app give back what the payout took.
        this.#post(st, 'payout', railAccount(t.payout_platform!, t.payout_method_id!), user, t.amount - t.fee);
        this.#post(st, 'fee', appAccount(t.app_id), user, t.fee);
        t.failure_reason = reason ?? to;
      }
      this.#store.bump(this.#store.userInFlight, t.user_id, -t.amount);
      this.#store.bump(this.#store.appFeesInFlight, t.app_id, -t.fee);
      const u = this.#store.users.get(t.user_id);
      if (u) this.#userChanged(u);
    }
    if (to === 'pending' && t.type === 'payout' && this.processing.autoProcess) {
      const p = this.processing;
      const jitter = p.jitterMs > 0 ? this.#store.rng.int(p.jitterMs) : 0;
      this.#schedule(st, p.settleDelayMs[t.payout_platform as PayoutPlatform] + jitter);
    }
    this.#transferChanged(st);
  }

  #transferChanged(st: StoredTransfer): void {
    const t = st.transfer;
    const at = this.#iso();
    this.#events.emit(t.app_id, 'transfer.updated', at, () => clone(t));
    if (t.status === 'completed') this.#events.emit(t.app_id, 'transfer.completed', at, () => clone(t));
    if (t.status === 'failed') this.#events.emit(t.app_id, 'transfer.failed', at, () => clone(t));
  }

  // ================================================================ internals: the clock

  #schedule(st: StoredTransfer, delayMs: number): void {
    st.due_at = this.clock.now() + delayMs;
    this.#arm(st);
  }

  #arm(st: StoredTransfer): void {
    const key = `t:${st.transfer.id}`;
    const prev = this.#timers.get(key);
    if (prev !== undefined) this.clock.clearTimer(prev);
    const delay = Math.max(0, (st.due_at ?? 0) - this.clock.now());
    this.#timers.set(key, this.clock.setTimer(delay, () => this.#op(() => this.#due(st))));
  }

  #unschedule(st: StoredTransfer): void {
    st.due_at = null;
    const key = `t:${st.transfer.id}`;
    const prev = this.#timers.get(key);
    if (prev !== undefined) {
      this.clock.clearTimer(prev);
      this.#timers.delete(key);
    }
  }

  /** A transfer's automatic step fell due. */
  #due(st: StoredTransfer): void {
    this.#timers.delete(`t:${st.transfer.id}`);
    if (this.#store.transfers.get(st.transfer.id) !== st) return; // state was replaced by load()
    st.due_at = null;
    const t = st.transfer;
    if (t.status === 'created') this.#move(st, 'pending');
    else if (t.status === 'pending') {
      if (st.outcome === 'fail') this.#move(st, 'failed', st.outcome_reason ?? 'failed');
      else this.#move(st, 'completed');
    }
  }

  // ================================================================ internals: links

  #deliverLink(app: AppRecord, sl: StoredLink, phoneE164: string | null): void {
    const link = sl.link;
    const method = link.delivery.method;
    const body = `${app.name} sent you ${(link.amount / 100).toFixed(2)} ${link.currency}.${link.memo ? ` "${link.memo}"` : ''} Claim it with your link.`;
    let bounced = false;
    if ((method === 'sms' || method === 'all') && phoneE164) {
      this.#send(link.app_id, 'sms', phoneE164, body, { link_token: link.token });
      bounced ||= phoneE164.endsWith(SANDBOX.bouncingPhoneSuffix);
    }
    if ((method === 'email' || method === 'all') && link.payee?.email) {
      this.#send(link.app_id, 'email', link.payee.email, body, { link_token: link.token });
      bounced ||= link.payee.email.toLowerCase().startsWith(SANDBOX.bouncingEmailPrefix);
    }
    if (bounced) {
      this.#closeLink(sl, 'failed');
      return;
    }
    link.status = 'sent';
    sl.deliver_at = this.clock.now() + this.processing.deliveryDelayMs;
  }

  /** Arm the link's delivery and expiry timers (after create or load). */
  #armLink(sl: StoredLink): void {
    if (!OPEN_LINK_STATUSES.includes(sl.link.status)) return;
    const id = sl.link.id;
    const now = this.clock.now();
    if (sl.deliver_at !== null) {
      this.#timers.set(`d:${id}`, this.clock.setTimer(Math.max(0, sl.deliver_at - now), () => this.#op(() => {
        this.#timers.delete(`d:${id}`);
        if (this.#store.links.get(id) !== sl) return;
        sl.deliver_at = null;
        if (sl.link.status === 'sent') sl.link.status = 'delivered';
      })));
    }
    this.#timers.set(`x:${id}`, this.clock.setTimer(Math.max(0, sl.expires_ms - now), () => this.#op(() => {
      this.#timers.delete(`x:${id}`);
      if (this.#store.links.get(id) === sl) this.#expireIfDue(sl);
    })));
  }

  /** Expiry also happens on read, so a throttled timer never lets an old link be claimed. */
  #expireIfDue(sl: StoredLink): StoredLink {
    if (OPEN_LINK_STATUSES.includes(sl.link.status) && this.clock.now() >= sl.expires_ms) this.#closeLink(sl, 'expired');
    return sl;
  }

  #assertClaimable(sl: StoredLink): void {
    switch (sl.link.status) {
      case 'claimed':
        throw new DotsError('link_claimed', 'This payout link was already claimed', { field: 'link' });
      case 'expired':
        throw new DotsError('link_expired', 'This payout link expired', { field: 'link' });
      case 'canceled':
        throw new DotsError('link_canceled', 'This payout link was canceled', { field: 'link' });
      case 'failed':
        throw new DotsError('conflict', 'This payout link could not be delivered and cannot be claimed', { field: 'link' });
      default:
    }
  }

  #closeLink(sl: StoredLink, status: 'claimed' | 'expired' | 'canceled' | 'failed'): void {
    const wasOpen = OPEN_LINK_STATUSES.includes(sl.link.status);
    sl.link.status = status;
    sl.deliver_at = null;
    if (wasOpen) this.#store.bump(this.#store.appLinkHolds, sl.link.app_id, -sl.link.amount);
    for (const k of [`d:${sl.link.id}`, `x:${sl.link.id}`]) {
      const t = this.#timers.get(k);
      if (t !== undefined) this.clock.clearTimer(t);
      this.#timers.delete(k);
    }
  }
}

