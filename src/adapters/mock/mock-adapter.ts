/**
 * The in-browser backend: the reference Ledger bound to one app, behind the BackendAdapter
 * contract. Inputs are checked with the zod input schemas, outputs with the record schemas,
 * failures are DotsErrors.
 *
 * With `persist: 'indexeddb'` (the default where IndexedDB exists) the ledger survives reloads and
 * is shared by every tab of the origin: each call runs load-latest -> mutate -> persist under a
 * Web Lock, and a BroadcastChannel tells the other tabs to reload and re-emit the events. That is
 * what makes "two tabs claim one payout link: exactly one succeeds" hold.
 */
import '../../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';
import type { Clock } from '../../core/ledger/clock.ts';
import type { CreateAppInput } from '../../core/ledger/inputs.ts';
import { Ledger } from '../../core/ledger/ledger.ts';
import { LedgerSnapshot } from '../../core/ledger/snapshot.ts';
import {
  FlowRecord,
  PayoutLink,
  PayoutMethod,
  Transfer,
  User,
  Wallet,
  page,
  type LedgerEvent,
  type LedgerEventType,
  type Page,
} from '../../core/ledger/schemas.ts';
import { abortable, parseId, parseInput, parseOutput, throwIfAborted, toDotsError } from '../boundary.ts';
import {
  AddPayoutMethodInput,
  AppSettings,
  ClaimPayoutLinkInput,
  ComplianceInput,
  CreateFlowInput,
  CreatePayoutInput,
  CreateUserInput,
  IdVerificationInput,
  ListTransfersInput,
  PayoutMethodRef,
  SendCodeInput,
  UpdateFlowInput,
  UpdateUserInput,
  VerifyCodeInput,
  VerifyCodeResult,
  type BackendAdapter,
  type CallOptions,
  type Unsubscribe,
} from '../types.ts';
import { loadValidationRules } from '../../core/validation/index.ts';
import { FaultInjector, type FaultOptions } from './faults.ts';
import { SnapshotStore, withLock, type ChangeMessage } from './snapshot-store.ts';

export interface MockAdapterOptions {
  /** Bind to this app. Without it: a new app when `app` is given, else the first app (created if none). */
  appId?: string;
  /** The app to create (see `appId`). */
  app?: CreateAppInput;
  /** Wrap this ledger; default a new one on `clock` with `seed`. With IndexedDB, give each adapter its own. */
  ledger?: Ledger;
  clock?: Clock;
  seed?: number | string;
  /** Default `'indexeddb'` where IndexedDB exists, else `'memory'`. */
  persist?: 'indexeddb' | 'memory';
  /** IndexedDB database (and lock, and channel) name. Default `'dots-flows'`. */
  dbName?: string;
  faults?: FaultOptions;
}

const SendCodeAnswer = z.object({ sent: z.literal(true), expires_at: z.string() });
const ClaimAnswer = z.object({ link: PayoutLink, transfer: Transfer });

type Listener = { fn: (e: LedgerEvent) => void; types: Set<LedgerEventType> | null };

let instances = 0;

export class MockAdapter implements BackendAdapter {
  readonly kind = 'mock';
  readonly ledger: Ledger;
  /** Fault injection, switchable at runtime. */
  readonly faults: FaultInjector;
  readonly persist: 'indexeddb' | 'memory';
  readonly dbName: string;

  readonly #o: MockAdapterOptions;
  readonly #id = `mock-${Date.now().toString(36)}-${(instances += 1)}`;
  readonly #store: SnapshotStore | null;
  #channel: BroadcastChannel | null = null;
  #version = 0;
  #appId = '';
  readonly #ready: Promise<void>;
  readonly #listeners = new Set<Listener>();
  /** events of the running call, sent to the other tabs with the new version */
  #collecting: LedgerEvent[] | null = null;
  /** events the clock produced outside a call: persisted and broadcast soon */
  #clockEvents: LedgerEvent[] = [];
  #flushScheduled = false;
  readonly #seen: string[] = [];
  #unsubscribeLedger: () => void;
  #closed = false;

  constructor(options: MockAdapterOptions = {}) {
    this.#o = options;
    this.ledger = options.ledger ?? new Ledger({ ...(options.clock ? { clock: options.clock } : {}), seed: options.seed ?? Date.now() });
    this.faults = new FaultInjector(options.faults);
    this.persist = options.persist ?? (typeof indexedDB === 'undefined' ? 'memory' : 'indexeddb');
    this.dbName = options.dbName ?? 'dots-flows';
    this.#store = this.persist === 'indexeddb' ? new SnapshotStore(this.dbName) : null;
    this.#unsubscribeLedger = this.ledger.subscribe('*', (e) => this.#onLedgerEvent(e));
    this.#ready = this.#init();
    this.#ready.catch(() => {}); // surfaced by every call instead
  }

  /**
   * Resolves once stored state is loaded, the app is known and the phone and bank rules are in (so
   * `ledger` can be used directly); rejects like the first call would.
   */
  ready(): Promise<this> {
    return Promise.all([this.#ready, loadValidationRules()]).then(() => this);
  }

  /** The app this adapter is bound to (known once `ready()` resolved). */
  get appId(): string {
    return this.#appId;
  }

  async #init(): Promise<void> {
    // The ledger checks phones, IBANs and BICs with libraries that load on demand: start now.
    loadValidationRules().catch(() => undefined);
    if (this.#store) {
      this.#channel = new BroadcastChannel(this.#store.lockName);
      this.#channel.onmessage = (m: MessageEvent<ChangeMessage>) => void this.#onRemoteChange(m.data);
      await withLock(this.#store.lockName, 'exclusive', async () => {
        const stored = await this.#store!.load();
        // what is stored is the latest truth; an empty store takes this ledger's state
        if (stored) {
          this.ledger.load(stored.snapshot);
          this.#version = stored.version;
        }
        const created = this.#bindApp();
        if (!stored || created) await this.#save([]);
      });
    } else {
      this.#bindApp();
    }
  }

  /** Returns true when it had to create an app. */
  #bindApp(): boolean {
    const o = this.#o;
    if (o.appId) {
      this.ledger.getApp(o.appId); // not_found when the app does not exist
      this.#appId = o.appId;
      return false;
    }
    const first = this.ledger.listApps()[0];
    if (!o.app && first) {
      this.#appId = first.id;
      return false;
    }
    this.#appId = this.ledger.createApp(o.app ?? { name: 'Demo app' }).id;
    return true;
  }

  // ---------------------------------------------------------------- sync between tabs

  async #pull(): Promise<void> {
    if (!this.#store) return;
    if ((await this.#store.version()) <= this.#version) return;
    const stored = await this.#store.load();
    if (!stored || stored.version <= this.#version) return;
    this.ledger.load(stored.snapshot);
    this.#version = stored.version;
    this.#clockEvents = []; // superseded: the newer state already contains (or re-arms) them
  }

  async #save(events: LedgerEvent[]): Promise<void> {
    const version = this.#version + 1;
    await this.#store!.save(version, this.ledger.snapshot());
    this.#version = version;
    const msg: ChangeMessage = { kind: 'changed', version, writer: this.#id, events };
    this.#channel?.postMessage(msg);
  }

  async #onRemoteChange(msg: ChangeMessage): Promise<void> {
    if (this.#closed || msg?.kind !== 'changed' || msg.version <= this.#version) return;
    await this.#ready.catch(() => {});
    await withLock(this.#store!.lockName, 'shared', () => this.#pull());
    for (const e of msg.events) this.#dispatch(e);
  }

  #onLedgerEvent(e: LedgerEvent): void {
    if (this.#collecting) {
      this.#collecting.push(e);
    } else if (this.#store) {
      // the ledger's clock moved a transfer or a link: persist it so other tabs and reloads see it
      this.#clockEvents.push(e);
      this.#scheduleFlush();
    }
    this.#dispatch(e);
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    queueMicrotask(() => {
      this.#flushScheduled = false;
      void withLock(this.#store!.lockName, 'exclusive', async () => {
        if (this.#closed || this.#clockEvents.length === 0) return;
        const stored = await this.#store!.version();
        if (stored > this.#version) {
          // another tab wrote meanwhile: its state wins, and its ledger runs the same timers
          await this.#pull();
          return;
        }
        const events = this.#clockEvents;
        this.#clockEvents = [];
        await this.#save(events);
      }).catch(() => {});
    });
  }

  /** A write: load the latest state, run `fn`, persist (even when `fn` threw: attempts count). */
  async #write<T>(fn: () => T): Promise<T> {
    if (!this.#store) return fn();
    return withLock(this.#store.lockName, 'exclusive', async () => {
      await this.#pull();
      const events: LedgerEvent[] = [...this.#clockEvents];
      this.#clockEvents = [];
      this.#collecting = events;
      let result: T;
      try {
        result = fn();
      } catch (e) {
        this.#collecting = null;
        await this.#save(events);
        throw e;
      }
      this.#collecting = null;
      await this.#save(events);
      return result;
    });
  }

  async #read<T>(fn: () => T): Promise<T> {
    if (!this.#store) return fn();
    return withLock(this.#store.lockName, 'shared', async () => {
      await this.#pull();
      return fn();
    });
  }

  /** Every public method: abort check, readiness, faults, the lock, typed errors only. */
  async #call<T>(method: string, opts: CallOptions | undefined, mode: 'read' | 'write', fn: () => T): Promise<T> {
    const signal = opts?.signal;
    try {
      throwIfAborted(signal);
      await abortable(this.#ready, signal);
      await abortable(loadValidationRules(), signal); // a failed load is tried again by the next call
      await this.faults.before(method, signal);
      throwIfAborted(signal);
      return await abortable(mode === 'write' ? this.#write(fn) : this.#read(fn), signal);
    } catch (e) {
      throw toDotsError(e);
    }
  }

  // ---------------------------------------------------------------- events

  #dispatch(e: LedgerEvent): void {
    if (e.app_id !== this.#appId || this.#listeners.size === 0) return;
    if (e.type.startsWith('transfer.')) {
      // two tabs may both run the clock step that made this event: deliver it once
      const t = e.data as Transfer;
      const key = `${e.type}:${t.id}:${t.status}:${t.status_history.length}`;
      if (this.#seen.includes(key)) return;
      this.#seen.push(key);
      if (this.#seen.length > 200) this.#seen.shift();
    }
    for (const l of [...this.#listeners]) {
      if (l.types && !l.types.has(e.type)) continue;
      try {
        l.fn(structuredClone(e));
      } catch (err) {
        queueMicrotask(() => {
          throw err;
        });
      }
    }
  }

  subscribe(listener: (event: LedgerEvent) => void, types?: LedgerEventType[]): Unsubscribe {
    const entry: Listener = { fn: listener, types: types ? new Set(types) : null };
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }

  // ---------------------------------------------------------------- operator helpers

  /**
   * Run an operator action on the ledger (fund a user, create a payout link, move a transfer, ...)
   * the way adapter calls run: on the latest state, under the lock, then persisted and broadcast
   * so other tabs and reloads see it. Hosts, demos and the ledger inspector use this rather than
   * touching `ledger` directly.
   */
  async operate<T>(fn: (ledger: Ledger, appId: string) => T): Promise<T> {
    await this.#ready;
    try {
      await loadValidationRules();
      return await this.#write(() => fn(this.ledger, this.#appId));
    } catch (e) {
      throw toDotsError(e);
    }
  }

  /**
   * Start over: keeps the apps (same ids and settings) and clears everything else (users,
   * transfers, links, flows, outbox, codes), in every tab. Faults are reset too.
   */
  async reset(): Promise<void> {
    await this.#ready;
    this.faults.reset();
    await this.#write(() => {
      const current = this.ledger.snapshot();
      const fresh = LedgerSnapshot.parse({ ...new Ledger({ seed: current.rng }).snapshot(), apps: current.apps, rng: current.rng });
      this.ledger.load(fresh);
    });
  }

  /** Stops timers, the channel and the database connection; the adapter is unusable afterwards. */
  close(): void {
    this.#closed = true;
    this.#unsubscribeLedger();
    this.#channel?.close();
    this.#store?.close();
    if (!this.#o.ledger) this.ledger.dispose();
  }

  // ---------------------------------------------------------------- the contract

  async getAppSettings(opts?: CallOptions): Promise<AppSettings> {
    return this.#call('getAppSettings', opts, 'read', () => parseOutput(AppSettings, this.ledger.getAppSettings(this.#appId), 'app settings'));
  }

  async sendVerificationCode(input: SendCodeInput, opts?: CallOptions) {
    const v = parseInput(SendCodeInput, input);
    return this.#call('sendVerificationCode', opts, 'write', () => parseOutput(SendCodeAnswer, this.ledger.sendVerificationCode(this.#appId, v), 'code answer'));
  }

  async verifyCode(input: VerifyCodeInput, opts?: CallOptions): Promise<VerifyCodeResult> {
    const v = parseInput(VerifyCodeInput, input);
    return this.#call('verifyCode', opts, 'write', () => parseOutput(VerifyCodeResult, this.ledger.verifyCode(this.#appId, v), 'verification'));
  }

  async createUser(input: CreateUserInput, opts?: CallOptions): Promise<User> {
    const v = parseInput(CreateUserInput, input);
    return this.#call('createUser', opts, 'write', () => parseOutput(User, this.ledger.createUser(this.#appId, v), 'user'));
  }

  async getUser(userId: string, opts?: CallOptions): Promise<User> {
    const id = parseId(userId, 'user_id');
    return this.#call('getUser', opts, 'read', () => parseOutput(User, this.ledger.getUser(this.#appId, id), 'user'));
  }

  async updateUser(input: UpdateUserInput, opts?: CallOptions): Promise<User> {
    const v = parseInput(UpdateUserInput, input);
    return this.#call('updateUser', opts, 'write', () => parseOutput(User, this.ledger.updateUser(this.#appId, v), 'user'));
  }

  async submitCompliance(input: ComplianceInput, opts?: CallOptions): Promise<User> {
    const v = parseInput(ComplianceInput, input);
    return this.#call('submitCompliance', opts, 'write', () => parseOutput(User, this.ledger.submitCompliance(this.#appId, v), 'user'));
  }

  async verifyIdentity(input: IdVerificationInput, opts?: CallOptions): Promise<User> {
    const v = parseInput(IdVerificationInput, input);
    return this.#call('verifyIdentity', opts, 'write', () => parseOutput(User, this.ledger.verifyIdentity(this.#appId, v), 'user'));
  }

  async listPayoutMethods(userId: string, opts?: CallOptions): Promise<PayoutMethod[]> {
    const id = parseId(userId, 'user_id');
    return this.#call('listPayoutMethods', opts, 'read', () => parseOutput(z.array(PayoutMethod), this.ledger.listPayoutMethods(this.#appId, id), 'payout methods'));
  }

  async addPayoutMethod(input: AddPayoutMethodInput, opts?: CallOptions): Promise<PayoutMethod> {
    const v = parseInput(AddPayoutMethodInput, input);
    return this.#call('addPayoutMethod', opts, 'write', () => parseOutput(PayoutMethod, this.ledger.addPayoutMethod(this.#appId, v), 'payout method'));
  }

  async removePayoutMethod(input: { user_id: string; payout_method_id: string }, opts?: CallOptions): Promise<void> {
    const v = parseInput(PayoutMethodRef, input);
    return this.#call('removePayoutMethod', opts, 'write', () => this.ledger.removePayoutMethod(this.#appId, v));
  }

  async setDefaultPayoutMethod(input: { user_id: string; payout_method_id: string }, opts?: CallOptions): Promise<User> {
    const v = parseInput(PayoutMethodRef, input);
    return this.#call('setDefaultPayoutMethod', opts, 'write', () => parseOutput(User, this.ledger.setDefaultPayoutMethod(this.#appId, v), 'user'));
  }

  async getWallet(userId: string, opts?: CallOptions): Promise<Wallet> {
    const id = parseId(userId, 'user_id');
    return this.#call('getWallet', opts, 'read', () => parseOutput(Wallet, this.ledger.getWallet(this.#appId, id), 'wallet'));
  }

  async createPayout(input: CreatePayoutInput, opts?: CallOptions): Promise<Transfer> {
    const v = parseInput(CreatePayoutInput, input);
    return this.#call('createPayout', opts, 'write', () => parseOutput(Transfer, this.ledger.createPayout(this.#appId, v), 'transfer'));
  }

  async listTransfers(input: ListTransfersInput, opts?: CallOptions): Promise<Page<Transfer>> {
    const v = parseInput(ListTransfersInput, input);
    return this.#call('listTransfers', opts, 'read', () => parseOutput(page(Transfer), this.ledger.listTransfers(this.#appId, v), 'transfers'));
  }

  async getTransfer(transferId: string, opts?: CallOptions): Promise<Transfer> {
    const id = parseId(transferId, 'transfer_id');
    return this.#call('getTransfer', opts, 'read', () => parseOutput(Transfer, this.ledger.getTransfer(this.#appId, id), 'transfer'));
  }

  async getPayoutLink(link: string, opts?: CallOptions): Promise<PayoutLink> {
    const id = parseId(link, 'link');
    return this.#call('getPayoutLink', opts, 'read', () => parseOutput(PayoutLink, this.ledger.getPayoutLink(this.#appId, id), 'payout link'));
  }

  async claimPayoutLink(input: ClaimPayoutLinkInput, opts?: CallOptions): Promise<{ link: PayoutLink; transfer: Transfer }> {
    const v = parseInput(ClaimPayoutLinkInput, input);
    return this.#call('claimPayoutLink', opts, 'write', () => parseOutput(ClaimAnswer, this.ledger.claimPayoutLink(this.#appId, v), 'claim'));
  }

  async createFlow(input: CreateFlowInput, opts?: CallOptions): Promise<FlowRecord> {
    const v = parseInput(CreateFlowInput, input);
    return this.#call('createFlow', opts, 'write', () => parseOutput(FlowRecord, this.ledger.createFlow(this.#appId, v), 'flow'));
  }

  async getFlow(flowId: string, opts?: CallOptions): Promise<FlowRecord> {
    const id = parseId(flowId, 'flow_id');
    return this.#call('getFlow', opts, 'read', () => parseOutput(FlowRecord, this.ledger.getFlow(this.#appId, id), 'flow'));
  }

  async updateFlow(input: UpdateFlowInput, opts?: CallOptions): Promise<FlowRecord> {
    const v = parseInput(UpdateFlowInput, input);
    return this.#call('updateFlow', opts, 'write', () => parseOutput(FlowRecord, this.ledger.updateFlow(this.#appId, v), 'flow'));
  }
}

/** A mock adapter whose stored state is loaded and app is bound. */
export function createMockAdapter(options: MockAdapterOptions = {}): Promise<MockAdapter> {
  return new MockAdapter(options).ready();
}

