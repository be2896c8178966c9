// The HTTP adapter given a backend that breaks the contract, in Chromium. Answers are the mock
// server's real ones (recorded once per file), replayed by a scripted `fetch` that breaks them:
// wrong types, missing and extra fields, HTML pages, truncated JSON, 429 with Retry-After, 500s,
// dropped connections, timeouts, 401 with a token refresh. Every call ends in its result or a
// typed DotsError, nothing is left unhandled, and only requests that are safe to repeat are
// repeated (counted per request).
import { expect } from '@open-wc/testing';
import { HttpAdapter, type HttpAdapterOptions } from '../../src/adapters/http/http-adapter.ts';
import type { BackendAdapter } from '../../src/adapters/types.ts';
import { DotsError, type ErrorCode } from '../../src/core/ledger/errors.ts';
import type { LedgerEvent } from '../../src/core/ledger/schemas.ts';
import { call, httpAdapterFor, newApp, type TestApp } from '../adapters/http-harness.ts';
import { BODY_IGNORED, IDEMPOTENT, PRIMARY, callsByMethod, record, type Exchange, type RecordedCall } from './backend-recording.ts';

const BASE = 'https://backend.replay.example';
const RETRIES = 2;

type Answer = Response | 'network' | 'hang';
/** How the backend answers the primary request, given the recorded answer and the attempt (1-based). */
type Breaker = (ex: Exchange, attempt: number, init: RequestInit) => Answer;

interface Run {
  outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
  primary: number;
  primaryBodies: string[];
  tokens: number;
}

const json = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : body, { status, headers: { 'content-type': 'application/json', ...headers } });
const replay = (ex: Exchange) => new Response(ex.status === 204 ? null : ex.body, { status: ex.status, headers: ex.type ? { 'content-type': ex.type } : {} });

/** Runs one recorded call against a fetch that replays its answers, breaking the primary one. */
async function runBroken(c: RecordedCall, breaker: Breaker, options: Partial<HttpAdapterOptions> = {}): Promise<Run> {
  let primary = 0;
  const primaryBodies: string[] = [];
  let tokens = 0;
  const rx = PRIMARY[c.method]!;
  const rec = await record();
  const fetchFn = async (url: string, init: RequestInit): Promise<Response> => {
    const path = new URL(url).pathname;
    const key = `${init.method ?? 'GET'} ${path}`;
    // a route this call did not record (e.g. the methods of a user whose answer lost them) is
    // answered from the rest of the recording, as the real backend would
    const ex = c.exchanges.find((e) => `${e.method} ${e.path}` === key) ?? rec.calls.flatMap((x) => x.exchanges).findLast((e) => `${e.method} ${e.path}` === key);
    if (!ex) return json('{"error":{"code":"not_found","message":"not recorded"}}', 404);
    if (!rx.test(key)) return replay(ex);
    primary += 1;
    primaryBodies.push(typeof init.body === 'string' ? init.body : '');
    const answer = breaker(ex, primary, init);
    if (answer === 'network') throw new TypeError('Failed to fetch');
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
      });
    }
    return answer;
  };
  const adapter = new HttpAdapter({
    baseUrl: BASE,
    appId: rec.appId,
    getToken: async () => `token-${(tokens += 1)}`,
    fetch: fetchFn,
    retries: RETRIES,
    backoffMs: 1,
    timeoutMs: 2_000,
    ...options,
  });
  const fn = adapter[c.method] as (...a: unknown[]) => Promise<unknown>;
  try {
    const value = await fn.apply(adapter, c.args);
    return { outcome: { ok: true, value: value === undefined ? undefined : JSON.parse(JSON.stringify(value)) }, primary, primaryBodies, tokens };
  } catch (error) {
    return { outcome: { ok: false, error }, primary, primaryBodies, tokens };
  }
}

const codeOf = (r: Run): string => (r.outcome.ok ? 'ok' : r.outcome.error instanceof DotsError ? r.outcome.error.code : `non-DotsError ${String(r.outcome.error)}`);

/** The JSON value of a recorded answer and where its record sits (pages: the first item). */
function recordOf(ex: Exchange): { root: unknown; target: Record<string, unknown> | null } {
  let root: unknown;
  try {
    root = JSON.parse(ex.body);
  } catch {
    return { root: null, target: null };
  }
  if (Array.isArray(root)) return { root, target: (root[0] as Record<string, unknown>) ?? null };
  if (root && typeof root === 'object') {
    const o = root as Record<string, unknown>;
    if (Array.isArray(o['data'])) return { root, target: (o['data'][0] as Record<string, unknown>) ?? null };
    return { root, target: o };
  }
  return { root, target: null };
}

const wrongTypeFor = (v: unknown): unknown =>
  typeof v === 'string' ? 12345 : typeof v === 'number' ? 'not a number' : typeof v === 'boolean' ? 'yes' : Array.isArray(v) ? { not: 'an array' } : v === null ? ['null'] : 'not an object';

/** Money, identity and state are never defaulted: a backend that drops or garbles them broke the contract. */
const CRITICAL: Record<string, string[]> = {
  getAppSettings: ['id'],
  sendVerificationCode: ['sent', 'expires_at'],
  verifyCode: ['verified', 'session'],
  createUser: ['id'],
  getUser: ['id'],
  updateUser: ['id'],
  verifyIdentity: ['id'],
  listPayoutMethods: ['platform'],
  addPayoutMethod: ['platform'],
  setDefaultPayoutMethod: ['id'],
  createPayout: ['id', 'amount', 'status'],
  listTransfers: ['id', 'amount', 'status'],
  getTransfer: ['id', 'amount', 'status'],
  getPayoutLink: ['id', 'amount', 'status'],
  claimPayoutLink: ['payout_link', 'transfer'],
  createFlow: ['id'],
  getFlow: ['id'],
  updateFlow: ['id'],
};

describe('HTTP adapter against a malformed backend', function () {
  this.timeout(60_000);
  let calls: Map<keyof BackendAdapter, RecordedCall>;
  const unhandled: unknown[] = [];
  const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);

  before(async () => {
    calls = callsByMethod(await record());
    window.addEventListener('unhandledrejection', onUnhandled);
  });
  after(() => window.removeEventListener('unhandledrejection', onUnhandled));
  afterEach(async () => {
    // let stray rejections surface before judging
    await new Promise((r) => setTimeout(r, 20));
    expect(unhandled.map(String)).to.deep.equal([]);
  });

  it('recorded a working answer for every method of the contract', () => {
    const methods = Object.keys(PRIMARY);
    expect([...calls.keys()].sort()).to.deep.equal(methods.sort());
    for (const [m, c] of calls) expect(c.exchanges.some((e) => PRIMARY[m]!.test(`${e.method} ${e.path}`)), m).to.equal(true);
  });

  /** Runs a breaker over every method and checks each outcome with `judge` (null when fine). */
  async function everyMethod(breaker: Breaker, judge: (m: keyof BackendAdapter, r: Run, c: RecordedCall) => string | null, options?: Partial<HttpAdapterOptions>) {
    const problems: string[] = [];
    for (const [m, c] of calls) {
      const r = await runBroken(c, breaker, options);
      const p = judge(m, r, c);
      if (p) problems.push(`${m}: ${p}`);
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  }

  const expectCode = (code: ErrorCode | 'ok', r: Run): string | null => (codeOf(r) === code ? null : `expected ${code}, got ${codeOf(r)}${r.outcome.ok ? '' : ` (${(r.outcome.error as Error).message})`}`);
  /** Answers whose body the adapter ignores pass; every other must be refused as bad_response. */
  const badUnlessIgnored = (m: keyof BackendAdapter, r: Run) => expectCode(BODY_IGNORED.has(m) ? 'ok' : 'bad_response', r);

  describe('answers that are not the contract', () => {
    it('an HTML error page with status 200 is bad_response', () =>
      everyMethod(() => new Response('<!doctype html><html><body><h1>Bad Gateway</h1><script>x()</script></body></html>', { status: 200, headers: { 'content-type': 'text/html' } }), badUnlessIgnored));

    it('HTML labelled as JSON is bad_response', () => everyMethod(() => json('<html><body>Service Unavailable</body></html>'), badUnlessIgnored));

    it('truncated JSON is bad_response', () => everyMethod((ex) => json(ex.body.slice(0, Math.floor(ex.body.length / 2))), badUnlessIgnored));

    it('an empty body, null, a bare string, a number and an array are bad_response', async () => {
      for (const body of ['', 'null', '"ok"', '42', '[]', '{}']) {
        await everyMethod(
          () => json(body),
          (m, r) => {
            // an empty list is a fair answer to "list the payout methods"
            if (m === 'listPayoutMethods' && body === '[]') return expectCode('ok', r);
            return badUnlessIgnored(m, r) && `${JSON.stringify(body)}: ${badUnlessIgnored(m, r)}`;
          },
        );
      }
    });

    it('a JSON body with another content type is bad_response', () => everyMethod((ex) => new Response(ex.body, { status: 200, headers: { 'content-type': 'text/plain' } }), badUnlessIgnored));

    it('extra fields anywhere are ignored: the result is the same as without them', async () => {
      const addExtras = (v: unknown): unknown => {
        if (Array.isArray(v)) return v.map(addExtras);
        if (v && typeof v === 'object') {
          const out: Record<string, unknown> = { unexpected_field: { nested: [1, '<img src=x onerror=alert(1)>'] }, another: null };
          // maps keyed by data (fees per platform, the host's metadata) are not records: left as they are
          for (const [k, x] of Object.entries(v)) out[k] = k === 'payout_fees' || k === 'metadata' ? x : addExtras(x);
          return out;
        }
        return v;
      };
      await everyMethod(
        (ex) => (ex.body ? json(JSON.stringify(addExtras(JSON.parse(ex.body))), ex.status) : replay(ex)),
        (m, r, c) => {
          if (!r.outcome.ok) return `failed: ${codeOf(r)} ${(r.outcome.error as Error).message}`;
          return JSON.stringify(r.outcome.value) === JSON.stringify(c.result) ? null : 'result differs from the recorded one';
        },
      );
    });

    it('each field with a wrong type: the result or bad_response, and never for money, ids or status', async () => {
      const problems: string[] = [];
      for (const [m, c] of calls) {
        const ex = c.exchanges.find((e) => PRIMARY[m]!.test(`${e.method} ${e.path}`))!;
        const { target } = recordOf(ex);
        if (!target || BODY_IGNORED.has(m)) continue;
        for (const key of Object.keys(target)) {
          const r = await runBroken(c, (e) => {
            const { root, target: t } = recordOf(e);
            t![key] = wrongTypeFor(t![key]);
            return json(JSON.stringify(root), e.status);
          });
          const code = codeOf(r);
          if (code !== 'ok' && code !== 'bad_response') problems.push(`${m}.${key}: ${code}`);
          if (CRITICAL[m]?.includes(key) && code !== 'bad_response') problems.push(`${m}.${key} wrong type gave ${code}`);
        }
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it('each field missing: the result or bad_response, and never for money, ids or status', async () => {
      const problems: string[] = [];
      for (const [m, c] of calls) {
        const ex = c.exchanges.find((e) => PRIMARY[m]!.test(`${e.method} ${e.path}`))!;
        const { target } = recordOf(ex);
        if (!target || BODY_IGNORED.has(m)) continue;
        for (const key of Object.keys(target)) {
          const r = await runBroken(c, (e) => {
            const { root, target: t } = recordOf(e);
            delete t![key];
            return json(JSON.stringify(root), e.status);
          });
          const code = codeOf(r);
          if (code !== 'ok' && code !== 'bad_response') problems.push(`${m}.${key}: ${code}`);
          if (CRITICAL[m]?.includes(key) && code !== 'bad_response') problems.push(`${m} without ${key} gave ${code}`);
        }
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });

    it('amounts as decimal strings ("15.00") are bad_response; integer strings ("1500") are read as cents', async () => {
      const c = calls.get('getTransfer')!;
      const withAmount = (amount: unknown): Breaker => (e) => {
        const { root } = recordOf(e);
        (root as Record<string, unknown>)['amount'] = amount;
        return json(JSON.stringify(root));
      };
      expect(codeOf(await runBroken(c, withAmount('15.00')))).to.equal('bad_response');
      expect(codeOf(await runBroken(c, withAmount(15.5)))).to.equal('bad_response');
      expect(codeOf(await runBroken(c, withAmount('1e3')))).to.equal('bad_response');
      expect(codeOf(await runBroken(c, withAmount(Number.MAX_SAFE_INTEGER + 2)))).to.equal('bad_response');
      const r = await runBroken(c, withAmount('1500'));
      expect(codeOf(r)).to.equal('ok');
      expect((r.outcome as { value: { amount: number } }).value.amount).to.equal(1500);
    });
  });

  describe('failures, and which requests are repeated', () => {
    const attemptsFor = (m: keyof BackendAdapter) => (IDEMPOTENT.has(m) ? 1 + RETRIES : 1);

    it('500 every time: server, retryable; idempotent requests tried 1 + retries times, the others once', () =>
      everyMethod(
        () => json('{"error":{"code":"server","message":"boom"}}', 500),
        (m, r) => {
          const e = expectCode('server', r);
          if (e) return e;
          if (!(r.outcome as { error: DotsError }).error.retryable) return 'not retryable';
          return r.primary === attemptsFor(m) ? null : `${r.primary} requests, expected ${attemptsFor(m)}`;
        },
      ));

    it('a 502 HTML page is server (the status decides), with the same retry rule', () =>
      everyMethod(
        () => new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } }),
        (m, r) => expectCode('server', r) ?? (r.primary === attemptsFor(m) ? null : `${r.primary} requests`),
      ));

    it('a dropped connection is network; a POST without an idempotency key is never sent twice', () =>
      everyMethod(() => 'network', (m, r) => expectCode('network', r) ?? (r.primary === attemptsFor(m) ? null : `${r.primary} requests, expected ${attemptsFor(m)}`)));

    it('no answer in time is timeout, with the same retry rule', () =>
      everyMethod(() => 'hang', (m, r) => expectCode('timeout', r) ?? (r.primary === attemptsFor(m) ? null : `${r.primary} requests`), { timeoutMs: 30 }));

    it('one 503 then the answer: idempotent calls recover; the others report server after one request', () =>
      everyMethod(
        (ex, attempt) => (attempt === 1 ? json('{"message":"try again"}', 503) : replay(ex)),
        (m, r) => (IDEMPOTENT.has(m) ? expectCode('ok', r) ?? (r.primary === 2 ? null : `${r.primary} requests`) : expectCode('server', r) ?? (r.primary === 1 ? null : `${r.primary} requests`)),
      ));

    it('a retried POST carries the same idempotency key every time', async () => {
      for (const m of ['createPayout', 'claimPayoutLink'] as const) {
        const r = await runBroken(calls.get(m)!, () => json('{}', 500));
        expect(r.primary, m).to.equal(1 + RETRIES);
        const keys = r.primaryBodies.map((b) => (JSON.parse(b) as { idempotency_key: string }).idempotency_key);
        expect(new Set(keys).size, m).to.equal(1);
        expect(keys[0], m).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      }
    });

    it('429 with Retry-After: 0 then the answer: idempotent calls wait and recover, the others report rate_limited', () =>
      everyMethod(
        (ex, attempt) => (attempt === 1 ? json('{"message":"slow down"}', 429, { 'retry-after': '0' }) : replay(ex)),
        (m, r) => (IDEMPOTENT.has(m) ? expectCode('ok', r) ?? (r.primary === 2 ? null : `${r.primary} requests`) : expectCode('rate_limited', r) ?? (r.primary === 1 ? null : `${r.primary} requests`)),
      ));

    it('429 with Retry-After as an HTTP date in the past is honoured the same way', () =>
      everyMethod(
        (ex, attempt) => (attempt === 1 ? json('{}', 429, { 'retry-after': new Date(Date.now() - 60_000).toUTCString() }) : replay(ex)),
        (m, r) => (IDEMPOTENT.has(m) ? expectCode('ok', r) : expectCode('rate_limited', r)),
      ));

    it('429 asking for an hour fails at once with rate_limited (retryable), after one request', () =>
      everyMethod(
        () => json('{}', 429, { 'retry-after': '3600' }),
        (_m, r) => expectCode('rate_limited', r) ?? ((r.outcome as { error: DotsError }).error.retryable ? null : 'not retryable') ?? (r.primary === 1 ? null : `${r.primary} requests`),
      ));

    it('401 on an expired token: a fresh token is asked for once and the request replayed once, for every method', () =>
      everyMethod(
        (ex, _attempt, init) => ((init.headers as Record<string, string>)['authorization'] === 'Bearer token-1' ? json('{"message":"token expired"}', 401) : replay(ex)),
        (_m, r) => expectCode('ok', r) ?? (r.tokens === 2 ? null : `${r.tokens} tokens`) ?? (r.primary === 2 ? null : `${r.primary} requests`),
      ));

    it('401 again with the fresh token: unauthorized, after exactly two requests', () =>
      everyMethod(() => json('{"message":"no"}', 401), (_m, r) => expectCode('unauthorized', r) ?? (r.tokens === 2 ? null : `${r.tokens} tokens`) ?? (r.primary === 2 ? null : `${r.primary} requests`)));

    it('error bodies map to their DotsError code and field, and are never retried', async () => {
      const cases: Array<[number, string, ErrorCode, string | undefined]> = [
        [400, '{"error":{"code":"validation","message":"bad email","field":"email"}}', 'validation', 'email'],
        [422, '{"success":false,"message":"Invalid","param":"amount"}', 'validation', 'amount'],
        [404, '{"success":false,"message":"Not found"}', 'not_found', undefined],
        [409, '{"error":{"code":"link_claimed","message":"taken"}}', 'link_claimed', undefined],
        [422, '{"error":{"code":"insufficient_funds","message":"no"}}', 'insufficient_funds', undefined],
        [418, '<html>teapot</html>', 'bad_response', undefined],
      ];
      for (const [status, body, code, field] of cases) {
        await everyMethod(
          () => new Response(body, { status, headers: { 'content-type': body.startsWith('<') ? 'text/html' : 'application/json' } }),
          (_m, r) => {
            const e = expectCode(code, r);
            if (e) return `${status}: ${e}`;
            const err = (r.outcome as { error: DotsError }).error;
            if (err.field !== field) return `${status}: field ${err.field}`;
            return r.primary === 1 ? null : `${status}: ${r.primary} requests`;
          },
        );
      }
    });
  });
});

describe('HTTP adapter events from a malformed relay', function () {
  this.timeout(30_000);

  /** An adapter whose event relay answers the scripted pages in turn (then waits, as a long poll does). */
  function relay(pages: Array<() => Response | 'network'>) {
    let i = 0;
    const adapter = new HttpAdapter({
      baseUrl: BASE,
      appId: 'app_mine',
      getToken: async () => 'token',
      retries: 0,
      backoffMs: 1,
      eventsWaitSeconds: 1,
      fetch: async (_url, init) => {
        const next = pages[i++];
        if (!next) {
          return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }));
        }
        const r = next();
        if (r === 'network') throw new TypeError('Failed to fetch');
        return r;
      },
    });
    return { adapter, served: () => i };
  }

  const flowEvent = (id: string, appId = 'app_mine') => ({
    id: `evt_${id}`,
    type: 'flow.updated',
    created: '2026-01-15T12:00:00.000Z',
    app_id: appId,
    data: { id, app_id: appId, steps: ['payout'], completed_steps: [], user_id: null, metadata: null, created: '2026-01-15T12:00:00.000Z' },
  });
  const page = (data: unknown[], cursor: string) => json(JSON.stringify({ data, has_more: false, cursor }));

  async function collect(pages: Array<() => Response | 'network'>, until: (events: LedgerEvent[], served: number) => boolean): Promise<LedgerEvent[]> {
    const { adapter, served } = relay(pages);
    const events: LedgerEvent[] = [];
    const off = adapter.subscribe((e) => events.push(e));
    const start = Date.now();
    // bounded only so a broken adapter cannot hang the run
    while (!until(events, served()) && Date.now() - start < 10_000) await new Promise((r) => setTimeout(r, 10));
    off();
    return events;
  }

  it('a malformed event is skipped and the good ones around it still arrive', async () => {
    const bad = { ...flowEvent('flw_bad'), data: { id: 42, steps: 'payout' } };
    const events = await collect([() => page([], 'c0'), () => page([flowEvent('flw_1'), bad, { id: 'evt_x', type: 'unknown.kind', data: {} }, flowEvent('flw_2')], 'c1')], (e) => e.length >= 2);
    expect(events.map((e) => (e.data as { id: string }).id)).to.deep.equal(['flw_1', 'flw_2']);
  });

  // the adapter backs off 1 s, then 2 s: two failures per test keep the run short
  it('an HTML page and truncated JSON from the relay: polling carries on and the next event arrives', async () => {
    const events = await collect(
      [
        () => page([], 'c0'),
        () => new Response('<html>502</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
        () => json('{"data":[{"id":"evt_1","ty'),
        () => page([flowEvent('flw_after')], 'c1'),
      ],
      (e) => e.length >= 1,
    );
    expect(events.map((e) => (e.data as { id: string }).id)).to.deep.equal(['flw_after']);
  });

  it('a 500 and a dropped connection from the relay: polling carries on and the next event arrives', async () => {
    const events = await collect([() => page([], 'c0'), () => json('{}', 500), () => 'network', () => page([flowEvent('flw_after')], 'c1')], (e) => e.length >= 1);
    expect(events.map((e) => (e.data as { id: string }).id)).to.deep.equal(['flw_after']);
  });

  it('an event without an id does not sink the page: the good events on it still arrive', async () => {
    const events = await collect([() => page([], 'c0'), () => page([flowEvent('flw_1'), { type: 'flow.updated', data: {} }, flowEvent('flw_2')], 'c1')], (e, served) => e.length >= 2 || served >= 4);
    expect(events.map((e) => (e.data as { id: string }).id)).to.deep.equal(['flw_1', 'flw_2']);
  });

  it("never delivers another app's event, even when the relay sends one", async () => {
    const events = await collect([() => page([], 'c0'), () => page([flowEvent('flw_theirs', 'app_other'), flowEvent('flw_mine')], 'c1')], (_e, served) => served >= 3);
    expect(events.map((e) => e.app_id)).to.deep.equal(['app_mine']);
  });
});

describe('HTTP adapter when the answer is lost after the backend did the work', function () {
  this.timeout(30_000);

  /** A fetch to the real mock server that drops the answer of the first request matching `rx`. */
  function losing(rx: RegExp) {
    let lost = 0;
    const sent: string[] = [];
    const fn = async (url: string, init: RequestInit): Promise<Response> => {
      const key = `${init.method ?? 'GET'} ${new URL(url).pathname}`;
      const res = await fetch(url, init);
      if (rx.test(key)) sent.push(key);
      if (rx.test(key) && lost === 0) {
        lost += 1;
        await res.body?.cancel();
        throw new TypeError('Failed to fetch'); // the work is done; the person never hears of it
      }
      return res;
    };
    return { fn, sent };
  }

  async function payee(adapter: HttpAdapter, app: TestApp) {
    const phone = { country_code: '1', phone_number: `41556${String(Date.now() % 100_000).padStart(5, '0')}` };
    await adapter.sendVerificationCode(phone);
    const outbox = await call<{ data: Array<{ to: string; code?: string }> }>('/demo/outbox', { token: app.token });
    const code = [...outbox.data].reverse().find((m) => m.to === `+1${phone.phone_number}`)!.code!;
    const v = await adapter.verifyCode({ ...phone, code });
    const user = await adapter.createUser({ ...phone, first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', session: v.session });
    const ach = await adapter.addPayoutMethod({ platform: 'ach', user_id: user.id, routing_number: '021000021', account_number: '000123456789', account_type: 'checking' });
    await call(`/v2/apps/${app.appId}/deposit`, { body: { amount: 10_000 }, token: app.token });
    await call('/v2/transfers', { body: { amount: -5_000, user_id: user.id }, token: app.token });
    return { user, ach };
  }

  async function setup(rx: RegExp) {
    const app = await newApp('Lost answers');
    const plain = await httpAdapterFor(app, { appId: app.appId });
    const { user, ach } = await payee(plain, app);
    const l = losing(rx);
    const adapter = await httpAdapterFor(app, { appId: app.appId, fetch: l.fn, backoffMs: 1 });
    return { app, plain, adapter, user, ach, sent: l.sent };
  }

  it('a payout whose answer was lost is retried with the same key: one transfer, the right result', async () => {
    const { plain, adapter, user, ach, sent } = await setup(/^POST \/v2\/payouts$/);
    const t = await adapter.createPayout({ user_id: user.id, amount: 1_500, payout_method_id: ach.id, idempotency_key: `lost-${crypto.randomUUID()}` });
    expect(sent).to.have.length(2);
    const payouts = (await plain.listTransfers({ user_id: user.id, type: 'payout' })).data;
    expect(payouts.map((p) => p.id)).to.deep.equal([t.id]);
    expect((await plain.getWallet(user.id)).withdrawable_amount).to.equal(5_000 - 1_500);
  });

  it('a claim whose answer was lost is retried and answers the claim, not link_claimed; the money moves once', async () => {
    const { app, plain, adapter, user, ach, sent } = await setup(/^POST \/dots-flows\/v1\/payout-links\/[^/]+\/claim$/);
    await call(`/v2/apps/${app.appId}/deposit`, { body: { amount: 2_000 }, token: app.token });
    const link = await call<{ id: string }>('/v2/payout-links', { body: { amount: 2_000 }, token: app.token });
    const r = await adapter.claimPayoutLink({ link: link.id, user_id: user.id, payout_method_id: ach.id, idempotency_key: `lost-${crypto.randomUUID()}` });
    expect(sent).to.have.length(2);
    expect(r.link.status).to.equal('claimed');
    const payouts = (await plain.listTransfers({ user_id: user.id, type: 'payout' })).data;
    expect(payouts.map((p) => p.id)).to.deep.equal([r.transfer.id]);
  });

  it('a POST without a key whose answer was lost is not replayed: one flow record, and the caller hears network', async () => {
    const { app, adapter, sent } = await setup(/^POST \/v2\/flows$/);
    const e = await adapter.createFlow({ steps: ['payout'] }).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).to.be.instanceOf(DotsError);
    expect((e as DotsError).code).to.equal('network');
    expect(sent).to.have.length(1);
    const flows = await call<{ data: unknown[] }>('/v2/flows', { token: app.token });
    expect(flows.data).to.have.length(1);
  });

  it('removing a payout method whose answer was lost resolves: the method is gone, and the retry is not reported as not_found', async () => {
    const { plain, adapter, user, sent } = await setup(/^DELETE \/dots-flows\/v1\/users\/[^/]+\/payout-methods\/[^/]+$/);
    const paypal = await plain.addPayoutMethod({ platform: 'paypal', user_id: user.id, email: 'ada@example.com' });
    let error: unknown = null;
    await adapter.removePayoutMethod({ user_id: user.id, payout_method_id: paypal.id }).catch((e: unknown) => (error = e));
    expect(sent.length).to.be.at.least(1);
    expect((await plain.listPayoutMethods(user.id)).map((m) => m.id)).to.not.include(paypal.id);
    expect(error === null ? null : `${(error as DotsError).code}: ${(error as DotsError).message}`).to.equal(null);
  });
});
