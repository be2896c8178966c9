/**
 * Fault injection for the mock adapter: latency, a failure rate, a timeout rate, and forced error
 * codes (for the next N calls, or for one method until cleared). Random draws come from a seeded
 * PRNG in call order, so a seed replays the same faults. Switchable at runtime (the ledger
 * inspector toggles it); a fault always strikes before the ledger is touched, so a failed call
 * changed nothing.
 */
import { DotsError, type ErrorCode } from '../../core/ledger/errors.ts';
import { Random } from '../../core/ledger/random.ts';
import { sleep } from '../boundary.ts';

export interface FaultOptions {
  /** master switch; default true once any option is set */
  enabled?: boolean;
  /** seed of the PRNG behind every random draw; default 1 */
  seed?: number | string;
  /** added delay per call in ms: a fixed number or a [min, max] range drawn from the seed */
  latencyMs?: number | [number, number];
  /** probability (0..1) that a call fails with `server` (retryable) */
  failureRate?: number;
  /** probability (0..1) that a call hangs for `timeoutMs` and then fails with `timeout` */
  timeoutRate?: number;
  /** how long a timed-out call hangs; default 5000 ms */
  timeoutMs?: number;
  /** forced errors, one per call, for the next `count` calls (of `method`, or any method) */
  failNext?: Array<{ code: ErrorCode; count?: number; method?: string; message?: string }>;
  /** a method that fails with this code on every call until cleared */
  failMethods?: Record<string, ErrorCode>;
}

export interface FaultState {
  enabled: boolean;
  seed: number | string;
  latencyMs: number | [number, number];
  failureRate: number;
  timeoutRate: number;
  timeoutMs: number;
  failNext: Array<{ code: ErrorCode; count: number; method?: string; message?: string }>;
  failMethods: Record<string, ErrorCode>;
}

const DEFAULTS: FaultState = { enabled: false, seed: 1, latencyMs: 0, failureRate: 0, timeoutRate: 0, timeoutMs: 5000, failNext: [], failMethods: {} };

export class FaultInjector {
  #s: FaultState = structuredClone(DEFAULTS);
  #rng = new Random(1);

  constructor(options?: FaultOptions) {
    if (options) this.configure(options);
  }

  /** Merge options in; a new seed restarts the random sequence. */
  configure(options: FaultOptions): this {
    const rates = ['failureRate', 'timeoutRate'] as const;
    for (const r of rates) {
      const v = options[r];
      if (v !== undefined && !(v >= 0 && v <= 1)) throw new DotsError('validation', `${r} must be between 0 and 1.`, { field: r });
    }
    const { failNext, ...rest } = options;
    Object.assign(this.#s, rest);
    if (failNext) for (const f of failNext) this.failNext(f.code, f.count ?? 1, f.method, f.message);
    if (options.seed !== undefined) this.#rng = new Random(options.seed);
    this.#s.enabled = options.enabled ?? true;
    return this;
  }

  /** The next `count` calls (of `method`, when given) fail with `code`. */
  failNext(code: ErrorCode, count = 1, method?: string, message?: string): this {
    this.#s.failNext.push({ code, count, ...(method ? { method } : {}), ...(message ? { message } : {}) });
    this.#s.enabled = true;
    return this;
  }

  /** Every call of `method` fails with `code`; `null` clears it. */
  failMethod(method: string, code: ErrorCode | null): this {
    if (code === null) delete this.#s.failMethods[method];
    else {
      this.#s.failMethods[method] = code;
      this.#s.enabled = true;
    }
    return this;
  }

  /** Back to no faults (the seed restarts too). */
  reset(): this {
    this.#s = structuredClone(DEFAULTS);
    this.#rng = new Random(1);
    return this;
  }

  get state(): Readonly<FaultState> {
    return structuredClone(this.#s);
  }

  /** Runs before every adapter call: waits, then throws the fault that applies, if any. */
  async before(method: string, signal?: AbortSignal): Promise<void> {
    const s = this.#s;
    if (!s.enabled) return;
    const forced = this.#takeForced(method);
    // every enabled call draws the same number of values, so one call's fault never shifts the next's
    const latencyDraw = this.#rng.next();
    const failDraw = this.#rng.next();
    const timeoutDraw = this.#rng.next();
    const latency = Array.isArray(s.latencyMs) ? s.latencyMs[0] + latencyDraw * (s.latencyMs[1] - s.latencyMs[0]) : s.latencyMs;
    if (latency > 0) await sleep(latency, signal);
    if (forced) throw new DotsError(forced.code, forced.message ?? `Injected fault: ${forced.code} (${method}).`);
    const fixed = s.failMethods[method];
    if (fixed) throw new DotsError(fixed, `Injected fault: ${fixed} on every ${method}.`);
    if (timeoutDraw < s.timeoutRate) {
      await sleep(s.timeoutMs, signal);
      throw new DotsError('timeout', `Injected timeout after ${s.timeoutMs} ms (${method}).`);
    }
    if (failDraw < s.failureRate) throw new DotsError('server', `Injected failure (${method}).`);
  }

  #takeForced(method: string) {
    const list = this.#s.failNext;
    const i = list.findIndex((f) => !f.method || f.method === method);
    if (i < 0) return null;
    const f = list[i]!;
    f.count -= 1;
    if (f.count <= 0) list.splice(i, 1);
    return f;
  }
}
