// The HTTP adapter's resilience against the real mock server (faults injected with the test-only
// /demo/faults route) and against a fetch that answers what a broken backend would.
import { expect } from '@open-wc/testing';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.ts';
import { idempotencyUuid } from '../../src/adapters/http/idempotency.ts';
import { errorFromResponse, retryAfterMs } from '../../src/adapters/http/transport.ts';
import { expectDotsError } from '../adapter-contract.ts';
import { call, httpAdapterFor, mockServerUrl, newApp, type TestApp } from './http-harness.ts';

let app: TestApp;
beforeEach(async () => {
  app = await newApp('Transport tests');
});

const fault = (spec: Record<string, unknown>) => call('/demo/faults', { body: spec, token: app.token });

/** A fetch that answers one canned response, counting calls: a backend we cannot otherwise make misbehave. */
function cannedFetch(status: number, body: string, type = 'application/json', headers: Record<string, string> = {}) {
  const calls: string[] = [];
  const fn = async (url: string, init: RequestInit) => {
    calls.push(`${init.method} ${url}`);
    return new Response(body, { status, headers: { 'content-type': type, ...headers } });
  };
  return { fn, calls };
}

describe('HTTP adapter: tokens', () => {
  it('asks getToken once, reuses the token, and on a 401 asks again and retries once', async () => {
    let asked = 0;
    const adapter = await httpAdapterFor(app, {
      appId: app.appId,
      // the first token is already expired when it reaches the server
      getToken: async () => ((asked += 1) === 1 ? app.getToken(0.001) : app.getToken()),
    });
    await new Promise((r) => setTimeout(r, 5));
    const s = await adapter.getAppSettings();
    expect(s.app_id).to.equal(app.appId);
    expect(asked).to.equal(2);
    await adapter.getAppSettings();
    expect(asked).to.equal(2);
  });

  it('gives up with unauthorized when the fresh token is refused too', async () => {
    let asked = 0;
    const adapter = await httpAdapterFor(app, { appId: app.appId, getToken: async () => ((asked += 1), 'not-a-token') });
    await expectDotsError(adapter.getAppSettings(), 'unauthorized');
    expect(asked).to.equal(2);
  });

  it('reads the app id from GET /v2/apps when none is given', async () => {
    const adapter = await httpAdapterFor(app);
    expect((await adapter.getAppSettings()).app_id).to.equal(app.appId);
  });
});

describe('HTTP adapter: retries', () => {
  it('retries an idempotent GET after 503s and succeeds', async () => {
    const adapter = await httpAdapterFor(app, { appId: app.appId, backoffMs: 1, retries: 2 });
    await fault({ times: 2, status: 503 });
    expect((await adapter.getAppSettings()).app_id).to.equal(app.appId);
  });

  it('stops after the configured retries with a retryable server error', async () => {
    const adapter = await httpAdapterFor(app, { appId: app.appId, backoffMs: 1, retries: 1 });
    await fault({ times: 2, status: 503 });
    const e = await expectDotsError(adapter.getAppSettings(), 'server');
    expect(e.retryable).to.equal(true);
  });

  it('never retries a POST without an idempotency key', async () => {
    const adapter = await httpAdapterFor(app, { appId: app.appId, backoffMs: 1, retries: 3 });
    await fault({ times: 1, status: 503, path_prefix: '/v2/flows' });
    await expectDotsError(adapter.createFlow({ steps: ['payout'] }), 'server');
    // the fault was used up by that single attempt: the next create goes through
    expect((await adapter.createFlow({ steps: ['payout'] })).steps).to.deep.equal(['payout']);
    const flows = await call<{ data: unknown[] }>('/v2/flows', { token: app.token });
    expect(flows.data).to.have.length(1);
  });

  it('retries a POST that carries an idempotency key, and the payout happens once', async () => {
    const adapter = await httpAdapterFor(app, { appId: app.appId, backoffMs: 1 });
    const { user, pm } = await userWithMoney(adapter, 1000);
    await fault({ times: 1, status: 502, path_prefix: '/v2/payouts' });
    const t = await adapter.createPayout({ user_id: user.id, amount: 400, payout_method_id: pm.id, idempotency_key: `retry-${crypto.randomUUID()}` });
    expect(t.amount).to.equal(400);
    expect((await adapter.listTransfers({ user_id: user.id, type: 'payout' })).data).to.have.length(1);
  });

  it("honours 429 Retry-After, and fails at once when the wait is longer than allowed", async () => {
    const adapter = await httpAdapterFor(app, { appId: app.appId, backoffMs: 1, maxRetryAfterMs: 2000 });
    await fault({ times: 1, status: 429, retry_after: 0 });
    await adapter.getAppSettings();
    await fault({ times: 1, status: 429, retry_after: 3600 });
    const e = await expectDotsError(adapter.getAppSettings(), 'rate_limited');
    expect(e.retryable).to.equal(true);
  });
});

describe('HTTP adapter: timeouts, aborts, broken answers', () => {
  it('times out a slow answer', async () => {
    const adapter = await httpAdapterFor(app, { appId: app.appId, timeoutMs: 100, retries: 0 });
    await fault({ times: 1, delay_ms: 5000 });
    await expectDotsError(adapter.getAppSettings(), 'timeout');
  });

  it('rejects with aborted when the caller aborts mid-request', async () => {
    const adapter = await httpAdapterFor(app, { appId: app.appId });
    await fault({ times: 1, delay_ms: 5000 });
    const ctl = new AbortController();
    const pending = adapter.getAppSettings({ signal: ctl.signal });
    setTimeout(() => ctl.abort(), 50);
    await expectDotsError(pending, 'aborted');
  });

  it('reports an HTML page, truncated JSON and wrongly typed JSON as bad_response', async () => {
    const adapter = await httpAdapterFor(app, { appId: app.appId, retries: 0 });
    for (const body of ['html', 'truncated', 'wrong_type']) {
      await fault({ times: 1, body, status: body === 'html' ? 200 : undefined });
      await expectDotsError(adapter.getAppSettings(), 'bad_response');
    }
  });

  it('reports an unreachable backend as a retryable network error', async () => {
    const adapter = new HttpAdapter({ baseUrl: 'http://127.0.0.1:9', getToken: async () => 't', appId: 'a', retries: 0 });
    const e = await expectDotsError(adapter.getAppSettings(), 'network');
    expect(e.retryable).to.equal(true);
  });

  it('maps API error shapes to typed errors with the field', async () => {
    const cases: Array<[number, unknown, string, string | undefined]> = [
      [404, { success: false, message: 'No such user' }, 'not_found', undefined],
      [409, { success: false, message: 'Already claimed' }, 'conflict', undefined],
      [400, { success: false, message: 'Bad email', field: 'email' }, 'validation', 'email'],
      [422, { error: { code: 'insufficient_funds', message: 'Not enough', field: 'amount' } }, 'insufficient_funds', 'amount'],
      [403, { message: 'Forbidden' }, 'unauthorized', undefined],
      [500, { error: 'boom' }, 'server', undefined],
    ];
    for (const [status, body, code, field] of cases) {
      const { fn } = cannedFetch(status, JSON.stringify(body));
      const adapter = new HttpAdapter({ baseUrl: 'http://backend.test', getToken: async () => 't', appId: 'app-1', fetch: fn, retries: 0 });
      await expectDotsError(adapter.getUser('u-1'), code as never, field);
    }
    expect(errorFromResponse(418, '<html>').code).to.equal('bad_response');
  });

  it('accepts amounts sent as strings and refuses fractional ones', async () => {
    const transfer = { id: 't-1', created: '2024-01-01T00:00:00Z', status: 'pending', type: 'payout', amount: '1500', user_id: 'u-1', transactions: [{ id: 7, amount: '1500', type: 'payout', source_name: 'user:u-1', destination_name: 'external:ach:pm' }] };
    const ok = cannedFetch(200, JSON.stringify(transfer));
    const t = await new HttpAdapter({ baseUrl: 'http://backend.test', getToken: async () => 't', appId: 'app-1', fetch: ok.fn }).getTransfer('t-1');
    expect(t.amount).to.equal(1500);
    expect(t.transactions[0]!.amount).to.equal(1500);
    expect(t.app_id).to.equal('app-1');
    expect(ok.calls).to.deep.equal(['GET http://backend.test/v2/transfers/t-1']);
    const bad = cannedFetch(200, JSON.stringify({ ...transfer, amount: '15.00' }));
    await expectDotsError(new HttpAdapter({ baseUrl: 'http://backend.test', getToken: async () => 't', appId: 'app-1', fetch: bad.fn }).getTransfer('t-1'), 'bad_response');
  });
});

describe('HTTP adapter: helpers', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).to.equal(3000);
    expect(retryAfterMs(new Date(Date.UTC(2030, 0, 1, 0, 0, 10)).toUTCString(), Date.UTC(2030, 0, 1))).to.equal(10_000);
    expect(retryAfterMs('soon')).to.equal(null);
    expect(retryAfterMs(null)).to.equal(null);
  });

  it('turns any idempotency key into a stable UUID and keeps UUIDs as they are', async () => {
    const a = await idempotencyUuid('payout-123');
    expect(a).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await idempotencyUuid('payout-123')).to.equal(a);
    expect(await idempotencyUuid('payout-124')).not.to.equal(a);
    const u = crypto.randomUUID();
    expect(await idempotencyUuid(u)).to.equal(u);
  });

  it('knows where the mock server is', async () => {
    expect(await mockServerUrl()).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

async function userWithMoney(adapter: HttpAdapter, amount: number) {
  const phone = { country_code: '1', phone_number: `4153${String(Date.now() % 1_000_000).padStart(6, '0')}` };
  await adapter.sendVerificationCode(phone);
  const { data } = await call<{ data: Array<{ to: string; code?: string }> }>('/demo/outbox', { token: app.token });
  const code = [...data].reverse().find((m) => m.to === `+1${phone.phone_number}`)!.code!;
  const { session } = await adapter.verifyCode({ ...phone, code });
  const user = await adapter.createUser({ ...phone, first_name: 'R', last_name: 'T', email: 'r@example.com', session });
  const pm = await adapter.addPayoutMethod({ platform: 'paypal', user_id: user.id, email: 'r@example.com' });
  await call(`/v2/apps/${app.appId}/deposit`, { body: { amount }, token: app.token });
  await call('/v2/transfers', { body: { amount: -amount, user_id: user.id }, token: app.token });
  return { user, pm };
}
