/**
 * Delivery of ledger events. Events raised inside an operation are queued and delivered when
 * the outermost operation ends, so a listener always sees a consistent ledger and may call it.
 * Event data is built lazily: with no listener for an app nothing is copied.
 */
import type { FlowRecord, LedgerEvent, LedgerEventType, PayoutLink, Transfer, User } from './schemas.ts';

export type EventData<T extends LedgerEventType> = T extends 'flow.updated' ? FlowRecord : T extends 'payout_link.claimed' ? PayoutLink : T extends 'user.updated' ? User : Transfer;

export type Listener = (event: LedgerEvent) => void;

interface Subscription {
  listener: Listener;
  types: ReadonlySet<LedgerEventType> | null;
}

export class Emitter {
  #subs = new Map<string, Set<Subscription>>();
  #queue: LedgerEvent[] = [];
  #depth = 0;

  subscribe(appId: string, listener: Listener, types?: LedgerEventType[]): () => void {
    const sub: Subscription = { listener, types: types?.length ? new Set(types) : null };
    let set = this.#subs.get(appId);
    if (!set) this.#subs.set(appId, (set = new Set()));
    set.add(sub);
    return () => {
      set.delete(sub);
    };
  }

  #wants(appId: string, type: LedgerEventType): boolean {
    for (const key of [appId, '*']) {
      for (const s of this.#subs.get(key) ?? []) if (!s.types || s.types.has(type)) return true;
    }
    return false;
  }

  /** Queue an event; `build` runs only when someone listens. */
  emit<T extends LedgerEventType>(appId: string, type: T, at: string, build: () => EventData<T>): void {
    if (!this.#wants(appId, type)) return;
    this.#queue.push({ type, app_id: appId, at, data: build() } as LedgerEvent);
  }

  /** Run `fn` as one operation: queued events go out after it, even if it throws. */
  batch<T>(fn: () => T): T {
    this.#depth++;
    try {
      return fn();
    } finally {
      this.#depth--;
      if (this.#depth === 0) this.#flush();
    }
  }

  #flush(): void {
    while (this.#queue.length) {
      const event = this.#queue.shift()!;
      for (const key of [event.app_id, '*']) {
        for (const s of [...(this.#subs.get(key) ?? [])]) {
          if (s.types && !s.types.has(event.type)) continue;
          try {
            s.listener(event);
          } catch (error) {
            // A broken listener must not break the ledger or the other listeners.
            console.error('dots-flows ledger: event listener threw', error);
          }
        }
      }
    }
  }
}
