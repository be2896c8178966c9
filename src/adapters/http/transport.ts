/**
 * One HTTP exchange with the backend, made safe: bearer token from the host (refreshed once on
 * 401), a timeout per attempt, the caller's AbortSignal, retries with exponential backoff for
 * idempotent requests only (GET, and bodies carrying an `idempotency_key`), 429 `Retry-After`
 * honoured, and every answer parsed with zod. Everything that goes wrong becomes a DotsError.
 * A 404 to a retried DELETE is success: the earlier attempt removed it and its answer was lost.
 */
import type * as z from 'zod/mini';
import { DotsError, ERROR_CODES, type ErrorCode } from '../../core/ledger/errors.ts';
import { abortedError, fieldOf, safeParseWithText, sleep } from '../boundary.ts';
import { WireError } from './wire.ts';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface TransportOptions {
  baseUrl: string;
  getToken: () => Promise<string>;
  fetch?: FetchLike;
  /** Per attempt. Default 15 000 ms. */
  timeoutMs?: number;
  /** Extra attempts for idempotent requests. Default 2. */
  retries?: number;
  /** First backoff step; doubles each retry, with jitter. Default 250 ms. */
  backoffMs?: number;
  /** A 429 asking to wait longer than this fails at once with `rate_limited`. Default 30 000 ms. */
  maxRetryAfterMs?: number;
}

export interface RequestSpec<S extends z.core.$ZodType> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** The expected answer; `null` when the body is ignored. */
  schema: S | null;
  signal?: AbortSignal | undefined;
  /** Overrides the rule "GET or a body with idempotency_key". */
  idempotent?: boolean;
  timeoutMs?: number;
}

const STATUS_CODES: Array<[(s: number) => boolean, ErrorCode]> = [
  [(s) => s === 400 || s === 422, 'validation'],
  [(s) => s === 401 || s === 403, 'unauthorized'],
  [(s) => s === 404, 'not_found'],
  [(s) => s === 409, 'conflict'],
  [(s) => s === 429, 'rate_limited'],
  [(s) => s >= 500, 'server'],
];

const isErrorCode = (c: unknown): c is ErrorCode => typeof c === 'string' && Object.hasOwn(ERROR_CODES, c);

/** Maps an error answer to a DotsError: a known code in the body wins, else the status decides. */
export function errorFromResponse(status: number, body: unknown): DotsError {
  const parsed = WireError.safeParse(body);
  const b = parsed.success ? parsed.data : {};
  const nested = typeof b.error === 'object' ? b.error : undefined;
  const candidates = [nested?.code, b.error_code, b.code];
  const fromBody = candidates.find(isErrorCode);
  const fromStatus = STATUS_CODES.find(([test]) => test(status))?.[1];
  const code: ErrorCode = fromBody ?? fromStatus ?? 'bad_response';
  const message =
    nested?.message ?? b.message ?? (typeof b.error === 'string' ? b.error : undefined) ?? `The backend answered ${status}.`;
  const field = nested?.field ?? nested?.param ?? b.field ?? b.param;
  return new DotsError(code, message, field ? { field } : {});
}

/** Seconds or an HTTP date, as RFC 9110 allows; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const secs = Number(header);
  if (Number.isFinite(secs) && secs >= 0) return secs * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export class HttpTransport {
  readonly #o: Required<Omit<TransportOptions, 'fetch'>> & { fetch: FetchLike };
  #token: Promise<string> | null = null;

  constructor(options: TransportOptions) {
    this.#o = {
      timeoutMs: 15_000,
      retries: 2,
      backoffMs: 250,
      maxRetryAfterMs: 30_000,
      ...options,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    };
  }

  #getToken(): Promise<string> {
    if (!this.#token) {
      const pending = this.#o.getToken().then((t) => {
        if (typeof t !== 'string' || !t) throw new DotsError('unauthorized', 'getToken() returned no token.');
        return t;
      });
      // a failed fetch of the token must not stick: the next request asks again
      pending.catch(() => {
        if (this.#token === pending) this.#token = null;
      });
      this.#token = pending;
    }
    return this.#token;
  }

  url(path: string, query?: RequestSpec<z.core.$ZodType>['query']): string {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) qs.set(k, String(v));
    const s = qs.toString();
    return `${this.#o.baseUrl}${path}${s ? `?${s}` : ''}`;
  }

  async request<S extends z.core.$ZodType>(spec: RequestSpec<S>): Promise<z.output<S>> {
    const idempotent =
      spec.idempotent ??
      (spec.method === 'GET' ||
        (spec.body !== null && typeof spec.body === 'object' && typeof (spec.body as { idempotency_key?: unknown }).idempotency_key === 'string'));
    const maxAttempts = 1 + (idempotent ? Math.max(0, this.#o.retries) : 0);
    let refreshed = false;
    let attempt = 0;
    for (;;) {
      if (spec.signal?.aborted) throw abortedError(spec.signal);
      attempt += 1;
      const token = await this.#getToken();
      let res: Response;
      try {
        res = await this.#send(spec, token);
      } catch (e) {
        const err = e as DotsError;
        if (err.code === 'aborted' || attempt >= maxAttempts) throw err;
        await sleep(this.#backoff(attempt), spec.signal);
        continue;
      }
      if (res.status === 401 && !refreshed) {
        // the token expired (or was revoked): ask the host once for a new one and replay
        refreshed = true;
        attempt -= 1;
        if (this.#token && (await this.#token.catch(() => null)) === token) this.#token = null;
        await res.body?.cancel().catch(() => {});
        continue;
      }
      if (res.ok) return this.#parse(res, spec);
      if (res.status === 404 && spec.method === 'DELETE' && attempt > 1) {
        // an earlier attempt may have done the work and lost its answer: the thing is gone,
        // which is what the caller asked for (a first-attempt 404 still reports not_found)
        await res.body?.cancel().catch(() => {});
        return undefined as z.output<S>;
      }
      const body = await readJson(res).catch(() => undefined);
      const err = errorFromResponse(res.status, body);
      const retryable = res.status === 429 || res.status >= 500;
      if (!retryable || attempt >= maxAttempts) throw err;
      let wait = this.#backoff(attempt);
      if (res.status === 429) {
        const asked = retryAfterMs(res.headers.get('retry-after'));
        if (asked !== null) {
          if (asked > this.#o.maxRetryAfterMs) throw err;
          wait = asked;
        }
      }
      await sleep(wait, spec.signal);
    }
  }

  #backoff(attempt: number): number {
    const base = this.#o.backoffMs * 2 ** (attempt - 1);
    return Math.min(10_000, base / 2 + Math.random() * base);
  }

  async #send(spec: RequestSpec<z.core.$ZodType>, token: string): Promise<Response> {
    const ctl = new AbortController();
    const timeoutMs = spec.timeoutMs ?? this.#o.timeoutMs;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ctl.abort();
    }, timeoutMs);
    const onAbort = () => ctl.abort();
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${token}`, ...spec.headers };
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    try {
      const res = await this.#o.fetch(this.url(spec.path, spec.query), {
        method: spec.method,
        headers,
        body: spec.body === undefined ? null : JSON.stringify(spec.body),
        signal: ctl.signal,
      });
      return res;
    } catch (e) {
      if (spec.signal?.aborted) throw abortedError(spec.signal);
      if (timedOut) throw new DotsError('timeout', `No answer within ${timeoutMs} ms.`, { cause: e });
      throw new DotsError('network', 'The backend could not be reached.', { cause: e });
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onAbort);
    }
  }

  async #parse<S extends z.core.$ZodType>(res: Response, spec: RequestSpec<S>): Promise<z.output<S>> {
    if (spec.schema === null) {
      await res.body?.cancel().catch(() => {});
      return undefined as z.output<S>;
    }
    let body: unknown;
    try {
      body = await readJson(res);
    } catch (e) {
      if (spec.signal?.aborted) throw abortedError(spec.signal);
      throw e instanceof DotsError ? e : new DotsError('bad_response', 'The answer could not be read.', { cause: e });
    }
    // texts from the issue's code and path (`at data.amount: expected number, received string`)
    const r = safeParseWithText(spec.schema, body);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const at = fieldOf(issue.path);
      throw new DotsError('bad_response', `${spec.method} ${spec.path} answered an unexpected shape${at ? ` at ${at}` : ''}: ${issue.message}`);
    }
    return r.data;
  }
}

/** JSON or a bad_response: HTML error pages, truncated bodies and wrong content types all land here. */
async function readJson(res: Response): Promise<unknown> {
  const type = res.headers.get('content-type') ?? '';
  const text = await res.text();
  if (!/\bjson\b/i.test(type)) {
    throw new DotsError('bad_response', `Expected JSON, got ${type || 'no content type'} (status ${res.status}).`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DotsError('bad_response', `The answer is not valid JSON (status ${res.status}).`, { cause: e });
  }
}
