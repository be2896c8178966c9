/**
 * The ledger's in-memory state: records by id, per-app indexes for listing, and the derived
 * caches (posted balances, money in flight, link reservations). The caches are only ever
 * changed together with the records they derive from, and `derive()` rebuilds them from the
 * records alone: a snapshot holds no cache, and the invariant checker compares the two.
 */
import type { FlowRecord } from './schemas.ts';
import type { AppRecord, OutboxMessage } from './inputs.ts';
import type { CodeRecord, IdempotencyRecord, LedgerSnapshot, SessionRecord, StoredLink, StoredMethod, StoredTransfer, StoredUser } from './snapshot.ts';
import { LEDGER_SNAPSHOT_VERSION } from './snapshot.ts';
import { OPEN_STATUSES } from './transitions.ts';
import { Random } from './random.ts';

/** Ids of one kind of object per app, in creation order, with O(1) position lookup. */
export class OrderedIndex {
  #byApp = new Map<string, string[]>();
  #pos = new Map<string, number>();
  add(appId: string, id: string): void {
    let list = this.#byApp.get(appId);
    if (!list) this.#byApp.set(appId, (list = []));
    this.#pos.set(id, list.length);
    list.push(id);
  }
  ids(appId: string): readonly string[] {
    return this.#byApp.get(appId) ?? [];
  }
  position = (id: string): number | undefined => this.#pos.get(id);
}

export const appAccount = (appId: string): string => `app:${appId}`;
export const userAccount = (userId: string): string => `user:${userId}`;
export const railAccount = (platform: string, methodId: string): string => `external:${platform}:${methodId}`;
export const refillAccount = (appId: string): string => `external:refill:${appId}`;
export const phoneKey = (appId: string, countryCode: string, phone: string): string => `${appId}|${countryCode}|${phone}`;
export const idemKey = (appId: string, key: string): string => `${appId}|${key}`;

export interface Caches {
  balances: Map<string, number>;
  userInFlight: Map<string, number>;
  appFeesInFlight: Map<string, number>;
  appLinkHolds: Map<string, number>;
}

/** Link statuses that still reserve the amount in the app wallet. */
export const OPEN_LINK_STATUSES: readonly string[] = ['created', 'sent', 'delivered'];

export class Store {
  rng: Random;
  apps = new Map<string, AppRecord>();
  users = new Map<string, StoredUser>();
  methods = new Map<string, StoredMethod>();
  transfers = new Map<string, StoredTransfer>();
  links = new Map<string, StoredLink>();
  flows = new Map<string, FlowRecord>();
  outbox: OutboxMessage[] = [];
  codes = new Map<string, CodeRecord>();
  sessions = new Map<string, SessionRecord>();
  idempotency = new Map<string, IdempotencyRecord>();

  appOrder: string[] = [];
  userIndex = new OrderedIndex();
  transferIndex = new OrderedIndex();
  linkIndex = new OrderedIndex();
  flowIndex = new OrderedIndex();
  userByPhone = new Map<string, string>();
  linkByToken = new Map<string, string>();
  /** per user, method ids in creation order (removed ones included) */
  userMethods = new Map<string, string[]>();
  /** per user, ids of their transfers in creation order */
  userTransfers = new Map<string, string[]>();

  /** posted balance per account: the sum of its transactions */
  balances = new Map<string, number>();
  /** per user: payout amounts in flight (created / flagged / pending) */
  userInFlight = new Map<string, number>();
  /** per app: fees of payouts in flight, not yet the app's to spend */
  appFeesInFlight = new Map<string, number>();
  /** per app: amounts reserved by open payout links */
  appLinkHolds = new Map<string, number>();

  constructor(seed: number | string) {
    this.rng = new Random(seed);
  }

  bump(map: Map<string, number>, key: string, delta: number): void {
    const next = (map.get(key) ?? 0) + delta;
    if (next === 0) map.delete(key);
    else map.set(key, next);
  }

  balance(account: string): number {
    return this.balances.get(account) ?? 0;
  }

  addUser(u: StoredUser): void {
    this.users.set(u.id, u);
    this.userIndex.add(u.app_id, u.id);
    this.userByPhone.set(phoneKey(u.app_id, u.country_code, u.phone_number), u.id);
  }

  addMethod(m: StoredMethod): void {
    this.methods.set(m.method.id, m);
    let list = this.userMethods.get(m.user_id);
    if (!list) this.userMethods.set(m.user_id, (list = []));
    list.push(m.method.id);
  }

  addTransfer(t: StoredTransfer): void {
    this.transfers.set(t.transfer.id, t);
    this.transferIndex.add(t.transfer.app_id, t.transfer.id);
    const userId = t.transfer.user_id;
    if (userId) {
      let list = this.userTransfers.get(userId);
      if (!list) this.userTransfers.set(userId, (list = []));
      list.push(t.transfer.id);
    }
  }

  addLink(l: StoredLink): void {
    this.links.set(l.link.id, l);
    this.linkIndex.add(l.link.app_id, l.link.id);
    this.linkByToken.set(l.link.token, l.link.id);
  }

  addFlow(f: FlowRecord): void {
    this.flows.set(f.id, f);
    this.flowIndex.add(f.app_id, f.id);
  }

  /** The caches as the records alone define them. */
  computeCaches(): Caches {
    const c: Caches = { balances: new Map(), userInFlight: new Map(), appFeesInFlight: new Map(), appLinkHolds: new Map() };
    for (const { transfer: t } of this.transfers.values()) {
      for (const tx of t.transactions) {
        this.bump(c.balances, tx.source, -tx.amount);
        this.bump(c.balances, tx.destination, tx.amount);
      }
      if (t.type === 'payout' && OPEN_STATUSES.includes(t.status) && t.user_id) {
        this.bump(c.userInFlight, t.user_id, t.amount);
        this.bump(c.appFeesInFlight, t.app_id, t.fee);
      }
    }
    for (const { link } of this.links.values()) {
      if (OPEN_LINK_STATUSES.includes(link.status)) this.bump(c.appLinkHolds, link.app_id, link.amount);
    }
    return c;
  }

  /** Rebuild every cache from the records alone. */
  derive(): void {
    Object.assign(this, this.computeCaches());
  }

  toSnapshot(): LedgerSnapshot {
    return structuredClone({
      version: LEDGER_SNAPSHOT_VERSION,
      rng: this.rng.state,
      apps: this.appOrder.map((id) => this.apps.get(id)!),
      users: [...this.users.values()],
      methods: [...this.methods.values()],
      transfers: [...this.transfers.values()],
      links: [...this.links.values()],
      flows: [...this.flows.values()],
      outbox: this.outbox,
      codes: [...this.codes.values()],
      sessions: [...this.sessions.values()],
      idempotency: [...this.idempotency.values()],
    });
  }

  static fromSnapshot(s: LedgerSnapshot): Store {
    const store = new Store(0);
    store.rng.state = s.rng;
    const copy = structuredClone(s);
    for (const a of copy.apps) {
      store.apps.set(a.id, a);
      store.appOrder.push(a.id);
    }
    copy.users.forEach((u) => store.addUser(u));
    copy.methods.forEach((m) => store.addMethod(m));
    copy.transfers.forEach((t) => store.addTransfer(t));
    copy.links.forEach((l) => store.addLink(l));
    copy.flows.forEach((f) => store.addFlow(f));
    store.outbox = copy.outbox;
    for (const c of copy.codes) store.codes.set(phoneKey(c.app_id, c.country_code, c.phone_number), c);
    for (const x of copy.sessions) store.sessions.set(x.token, x);
    for (const r of copy.idempotency) store.idempotency.set(idemKey(r.app_id, r.key), r);
    store.derive();
    return store;
  }
}
