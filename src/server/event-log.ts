/**
 * Dots delivers events as webhooks to a server; a browser cannot receive those, so the mock
 * server keeps the ledger's events in a bounded log and serves them by cursor, with long-polling
 * (`GET /dots-flows/v1/events?after=<cursor>&wait=<seconds>`). A host's backend would do the same
 * with the webhooks it receives.
 */
import type { LedgerEvent } from '../core/ledger/schemas.ts';

export interface LoggedEvent {
  seq: number;
  event: LedgerEvent;
}

interface Waiter {
  appId: string;
  after: number;
  wake: () => void;
}

export class EventLog {
  readonly #events: LoggedEvent[] = [];
  readonly #waiters = new Set<Waiter>();
  #seq = 0;

  constructor(readonly capacity = 10_000) {}

  get lastSeq(): number {
    return this.#seq;
  }

  push(event: LedgerEvent): void {
    this.#seq += 1;
    this.#events.push({ seq: this.#seq, event });
    if (this.#events.length > this.capacity) this.#events.splice(0, this.#events.length - this.capacity);
    for (const w of [...this.#waiters]) if (w.appId === event.app_id) w.wake();
  }

  /** This app's events after `after`, oldest first, at most `limit`. */
  read(appId: string, after: number, limit: number): { events: LoggedEvent[]; hasMore: boolean } {
    const out: LoggedEvent[] = [];
    let hasMore = false;
    for (const e of this.#events) {
      if (e.seq <= after || e.event.app_id !== appId) continue;
      if (out.length === limit) {
        hasMore = true;
        break;
      }
      out.push(e);
    }
    return { events: out, hasMore };
  }

  /** Resolves when an event of this app arrives after `after`, after `ms`, or when `signal` fires. */
  wait(appId: string, after: number, ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(waiter);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const waiter: Waiter = { appId, after, wake: done };
      const timer = setTimeout(done, ms);
      this.#waiters.add(waiter);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  /** Wakes every long-poll so a closing server does not wait on them. */
  wakeAll(): void {
    for (const w of [...this.#waiters]) w.wake();
  }
}
