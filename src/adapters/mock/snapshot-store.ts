/**
 * Where the mock ledger lives between page loads and across tabs: one IndexedDB database holding
 * the latest snapshot and a version number, a Web Lock that serialises load -> mutate -> persist
 * across every tab of the origin, and a BroadcastChannel that tells the other tabs a new version
 * exists (with the events it produced, so their subscribers hear them too).
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { LedgerEvent } from '../../core/ledger/schemas.ts';

export interface StoredLedger {
  version: number;
  snapshot: unknown;
}

export interface ChangeMessage {
  kind: 'changed';
  version: number;
  writer: string;
  events: LedgerEvent[];
}

const STORE = 'ledger';

export class SnapshotStore {
  readonly lockName: string;
  #db: Promise<IDBPDatabase> | null = null;

  constructor(readonly dbName: string) {
    this.lockName = `dots-ledger:${dbName}`;
  }

  #open(): Promise<IDBPDatabase> {
    this.#db ??= openDB(this.dbName, 1, {
      upgrade(db) {
        db.createObjectStore(STORE);
      },
    });
    return this.#db;
  }

  async version(): Promise<number> {
    const db = await this.#open();
    return ((await db.get(STORE, 'version')) as number | undefined) ?? 0;
  }

  async load(): Promise<StoredLedger | null> {
    const db = await this.#open();
    const tx = db.transaction(STORE, 'readonly');
    const [version, snapshot] = await Promise.all([tx.store.get('version'), tx.store.get('snapshot'), tx.done]);
    return snapshot === undefined ? null : { version: (version as number | undefined) ?? 0, snapshot };
  }

  async save(version: number, snapshot: unknown): Promise<void> {
    const db = await this.#open();
    const tx = db.transaction(STORE, 'readwrite');
    await Promise.all([tx.store.put(version, 'version'), tx.store.put(snapshot, 'snapshot'), tx.done]);
  }

  close(): void {
    void this.#db?.then((db) => db.close());
    this.#db = null;
  }
}

type LockMode = 'exclusive' | 'shared';

/** Web Locks when the browser has them; an in-page queue otherwise (one tab stays correct). */
export function withLock<T>(name: string, mode: LockMode, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, { mode }, fn) as Promise<T>;
  const prev = fallbackQueues.get(name) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  fallbackQueues.set(
    name,
    run.then(
      () => undefined,
      () => undefined,
    ),
  );
  return run;
}
const fallbackQueues = new Map<string, Promise<unknown>>();
