/**
 * Time for the ledger. Payouts settle, codes and links expire on a clock the host controls:
 * `RealClock` for live pages, `ManualClock` for tests and demos, where nothing happens until
 * `advance(ms)` is called.
 */
export type TimerId = number;

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Call `fn` once `delayMs` from now. */
  setTimer(delayMs: number, fn: () => void): TimerId;
  clearTimer(id: TimerId): void;
}

export class RealClock implements Clock {
  now(): number {
    return Date.now();
  }
  setTimer(delayMs: number, fn: () => void): TimerId {
    return setTimeout(fn, Math.max(0, delayMs)) as unknown as TimerId;
  }
  clearTimer(id: TimerId): void {
    clearTimeout(id as unknown as ReturnType<typeof setTimeout>);
  }
}

interface Timer {
  id: TimerId;
  at: number;
  fn: () => void;
}

/** 2024-01-01T00:00:00.000Z: a fixed start so manual-clock runs print the same times. */
export const MANUAL_CLOCK_EPOCH = Date.UTC(2024, 0, 1);

/**
 * A clock that only moves when told. Timers fire in due-time order (ties in the order they were
 * set), each seeing `now()` equal to its own due time; timers set while advancing fire in the
 * same `advance` when they fall due within it. A binary heap keeps 100k pending timers cheap.
 */
export class ManualClock implements Clock {
  #now: number;
  #next = 1;
  #heap: Timer[] = [];
  #cleared = new Set<TimerId>();

  constructor(start: number | Date = MANUAL_CLOCK_EPOCH) {
    this.#now = start instanceof Date ? start.getTime() : start;
  }

  now(): number {
    return this.#now;
  }

  setTimer(delayMs: number, fn: () => void): TimerId {
    const id = this.#next++;
    this.#push({ id, at: this.#now + Math.max(0, delayMs), fn });
    return id;
  }

  clearTimer(id: TimerId): void {
    this.#cleared.add(id);
  }

  /** Timers still waiting (cleared ones excluded). */
  get pendingTimers(): number {
    return this.#heap.filter((t) => !this.#cleared.has(t.id)).length;
  }

  /** Move time forward by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError('advance(ms) needs a non-negative number');
    const target = this.#now + ms;
    for (;;) {
      const top = this.#heap[0];
      if (!top || top.at > target) break;
      this.#pop();
      if (this.#cleared.delete(top.id)) continue;
      this.#now = top.at;
      top.fn();
    }
    this.#now = target;
  }

  /** Fire everything that is scheduled, however far ahead (bounded against timers that re-arm forever). */
  runAll(maxTimers = 1_000_000): void {
    for (let i = 0; i < maxTimers; i++) {
      const top = this.#heap[0];
      if (!top) return;
      this.advance(Math.max(0, top.at - this.#now));
    }
  }

  #before(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.id < b.id);
  }

  #push(t: Timer): void {
    const h = this.#heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.#before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  #pop(): void {
    const h = this.#heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.#before(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.#before(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}
