// The mock server's own behaviour on a real socket: loopback binding, auth, error shapes,
// routing, CORS, idempotency, concurrency of claims, long-poll events, faults, the CLI.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/core/ledger/clock.ts';
import { Ledger } from '../../src/core/ledger/ledger.ts';
import { createMockServer, type MockServer } from '../../src/server/mock-server.ts';

let server: MockServer;
let base: string;
let token: string;
let appId: string;

async function req(method: string, path: string, opts: { body?: unknown; auth?: string | null; headers?: Record<string, string> } = {}) {
  const auth = opts.auth === undefined ? `Bearer ${token}` : opts.auth;
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(auth ? { authorization: auth } : {}), ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    ...(opts.body !== undefined ? { body: typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** A user as a host backend makes one: created through the API, then verified with the API's token routes. */
async function newUser(phone: string) {
  const r = await req('POST', '/v2/users', { body: { first_name: 'Ada', last_name: 'L', email: `a${phone}@example.com`, country_code: '1', phone_number: phone } });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  assert.equal(r.body.status, 'unverified');
  const id = (r.body as { id: string }).id;
  assert.equal((await req('POST', `/v2/users/${id}/send-verification-token`, { body: {} })).status, 202);
  const code = server.ledger.lastCodeFor(appId, { country_code: '1', phone_number: phone });
  const v = await req('POST', `/v2/users/${id}/verify`, { body: { token: code } });
  assert.equal(v.status, 200);
  assert.equal((await req('GET', `/v2/users/${id}`)).body.status, 'verified');
  return { id };
}

before(async () => {
  server = createMockServer({ clock: new ManualClock(Date.now()), seed: 'mock-server-test' });
  base = await server.listen(0);
  appId = server.defaultAppId;
  token = server.mintToken(appId).token;
});
after(async () => {
  await server.close();
});

describe('mock server', () => {
  it('binds the loopback address only', () => {
    assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses requests without valid credentials and accepts bearer tokens and Basic app:secret', async () => {
    assert.equal((await req('GET', '/v2/apps', { auth: null })).status, 401);
    const forged = await req('GET', '/v2/apps', { auth: `Bearer ${token.slice(0, -2)}xx` });
    assert.equal(forged.status, 401);
    assert.equal(forged.body.error.code, 'unauthorized');
    const expired = server.mintToken(appId, -1).token;
    assert.equal((await req('GET', '/v2/apps', { auth: `Bearer ${expired}` })).status, 401);
    assert.equal((await req('GET', '/v2/apps')).status, 200);
    const basic = Buffer.from(`${appId}:${server.apiSecret}`).toString('base64');
    const viaBasic = await req('GET', '/v2/apps', { auth: `Basic ${basic}` });
    assert.equal(viaBasic.status, 200);
    assert.equal(viaBasic.body[0].id, appId);
    const wrong = Buffer.from(`${appId}:nope`).toString('base64');
    assert.equal((await req('GET', '/v2/apps', { auth: `Basic ${wrong}` })).status, 401);
  });

  it('mints demo tokens server-side and scopes each token to its app', async () => {
    const created = await req('POST', '/demo/apps', { auth: null, body: { name: 'Second' } });
    assert.equal(created.status, 201);
    const other = created.body as { app: { id: string }; token: string };
    const mine = await newUser('4152000001');
    const seen = await req('GET', `/v2/users/${mine.id}`, { auth: `Bearer ${other.token}` });
    assert.equal(seen.status, 404);
    assert.equal(seen.body.error.code, 'not_found');
    assert.equal((await req('GET', `/v2/apps/${appId}`, { auth: `Bearer ${other.token}` })).status, 404);
    const t = await req('POST', '/demo/token', { auth: null, body: { app_id: other.app.id, ttl_seconds: 60 } });
    assert.equal(t.status, 200);
    assert.equal(t.body.app_id, other.app.id);
    assert.ok(Date.parse(t.body.expires_at) > Date.now());
  });

  it('answers errors as {success:false, message, error:{code, field}} with a fitting status', async () => {
    const bad = await req('POST', '/v2/users', { body: { first_name: 'A', last_name: 'B', email: 'not-an-email', country_code: '1', phone_number: '4152000002' } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.success, false);
    assert.equal(bad.body.error.code, 'validation');
    assert.equal(bad.body.error.field, 'email');
    const notJson = await req('POST', '/v2/users', { body: '{"first_name":', headers: { 'content-type': 'application/json' } });
    assert.equal(notJson.status, 400);
    assert.equal((await req('GET', '/v2/nothing-here')).status, 404);
    const wrongMethod = await req('DELETE', '/v2/users');
    assert.equal(wrongMethod.status, 405);
    assert.match(wrongMethod.headers.get('allow') ?? '', /GET/);
    const u = await newUser('4152000003');
    await req('PUT', `/v2/users/${u.id}/payout-methods`, { body: { platform: 'paypal', email: 'broke@example.com', is_default: true } });
    const broke = await req('POST', '/v2/payouts', { body: { user_id: u.id, amount: 100, platform: 'default', idempotency_key: crypto.randomUUID() } });
    assert.equal(broke.status, 422);
    assert.equal(broke.body.error.code, 'insufficient_funds');
  });

  it('answers CORS preflights so a page on another origin can call it', async () => {
    const r = await fetch(`${base}/v2/users`, { method: 'OPTIONS', headers: { origin: 'http://localhost:8000', 'access-control-request-method': 'POST' } });
    assert.equal(r.status, 204);
    assert.equal(r.headers.get('access-control-allow-origin'), '*');
    assert.match(r.headers.get('access-control-allow-headers') ?? '', /authorization/);
  });

  it('replays an idempotent payout and refuses the same key with another body', async () => {
    const u = await newUser('4152000004');
    await req('POST', `/v2/apps/${appId}/deposit`, { body: { amount: 5000 } });
    assert.equal((await req('POST', '/v2/transfers', { body: { amount: -5000, user_id: u.id } })).status, 200);
    await req('PUT', `/v2/users/${u.id}/payout-methods`, { body: { platform: 'paypal', email: 'p@example.com' } });
    const key = crypto.randomUUID();
    const first = await req('POST', '/v2/payouts', { body: { user_id: u.id, amount: 700, platform: 'paypal', idempotency_key: key } });
    const again = await req('POST', '/v2/payouts', { body: { user_id: u.id, amount: 700, platform: 'paypal', idempotency_key: key } });
    assert.equal(first.status, 201);
    assert.equal(again.body.id, first.body.id);
    const changed = await req('POST', '/v2/payouts', { body: { user_id: u.id, amount: 800, platform: 'paypal', idempotency_key: key } });
    assert.equal(changed.status, 409);
    assert.equal(changed.body.error.code, 'idempotency_mismatch');
    const user = await req('GET', `/v2/users/${u.id}`);
    assert.equal(user.body.wallet.withdrawable_amount, 4300);
  });

  it('a sign-up sent again with its session (the answer was lost) answers the same user; a bank account added twice is one method', async () => {
    const phone = { country_code: '1', phone_number: '4152000009' };
    assert.equal((await req('POST', '/dots-flows/v1/verification-codes', { body: phone })).status, 200);
    const code = server.ledger.lastCodeFor(appId, phone);
    const v = await req('POST', '/dots-flows/v1/verification-codes/verify', { body: { ...phone, code } });
    const session = (v.body as { session: string }).session;
    const signUp = { first_name: 'Ada', last_name: 'Lovelace', email: 'ada.lost@example.com', ...phone };
    const first = await req('POST', '/v2/users', { body: signUp, headers: { 'dots-flows-session': session } });
    const again = await req('POST', '/v2/users', { body: signUp, headers: { 'dots-flows-session': session } });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(again.status, 201, JSON.stringify(again.body));
    assert.equal(again.body.id, first.body.id);
    const ach = { platform: 'ach', routing_number: '021000021', account_number: '000123456789', account_type: 'checking' };
    const m1 = await req('PUT', `/v2/users/${first.body.id}/payout-methods`, { body: ach });
    const m2 = await req('PUT', `/v2/users/${first.body.id}/payout-methods`, { body: ach });
    assert.equal(m2.body.id, m1.body.id);
    assert.equal((await req('GET', `/v2/users/${first.body.id}/payout-methods`)).body.length, 1);
  });

  it('lets exactly one of many simultaneous claims of one link win', async () => {
    const u = await newUser('4152000005');
    const pm = await req('PUT', `/v2/users/${u.id}/payout-methods`, { body: { platform: 'paypal', email: 'c@example.com' } });
    await req('POST', `/v2/apps/${appId}/deposit`, { body: { amount: 900 } });
    const link = (await req('POST', '/v2/payout-links', { body: { amount: 900 } })).body as { token: string; id: string };
    const claims = await Promise.all(
      Array.from({ length: 6 }, () =>
        req('POST', `/dots-flows/v1/payout-links/${link.token}/claim`, { body: { user_id: u.id, payout_method_id: pm.body.id, idempotency_key: crypto.randomUUID() } }),
      ),
    );
    assert.equal(claims.filter((c) => c.status === 200).length, 1);
    for (const c of claims.filter((x) => x.status !== 200)) assert.equal(c.body.error.code, 'link_claimed');
    const read = await req('GET', `/v2/payout-links/${link.id}`);
    assert.equal(read.body.status, 'claimed');
  });

  it('serves events by cursor and wakes a waiting long-poll when one arrives', async () => {
    const u = await newUser('4152000006');
    const start = await req('GET', '/dots-flows/v1/events');
    assert.deepEqual(start.body.data, []);
    const cursor = start.body.cursor as string;
    const waiting = req('GET', `/dots-flows/v1/events?after=${cursor}&wait=30&types=user.updated`);
    await req('PATCH', `/v2/users/${u.id}`, { body: { first_name: 'Grace' } });
    const got = await waiting;
    assert.equal(got.status, 200);
    const ev = (got.body.data as Array<{ type: string; data: { id: string; first_name: string } }>).find((e) => e.data.id === u.id);
    assert.ok(ev, JSON.stringify(got.body));
    assert.equal(ev.type, 'user.updated');
    assert.equal(ev.data.first_name, 'Grace');
    assert.ok(Number(got.body.cursor) > Number(cursor));
  });

  it('injects faults into the next requests of one app only', async () => {
    await req('POST', '/demo/faults', { body: { times: 2, status: 503 } });
    assert.equal((await req('GET', '/v2/apps')).status, 503);
    assert.equal((await req('GET', '/v2/apps')).status, 503);
    assert.equal((await req('GET', '/v2/apps')).status, 200);
    await req('POST', '/demo/faults', { body: { status: 429, retry_after: 3 } });
    const limited = await req('GET', '/v2/apps');
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '3');
    await req('POST', '/demo/faults', { body: { body: 'html' } });
    const html = await fetch(`${base}/v2/apps`, { headers: { authorization: `Bearer ${token}` } });
    assert.match(html.headers.get('content-type') ?? '', /text\/html/);
    await html.text();
  });

  it('tells a page the ledger time and whether the clock is manual, so it offers "advance" only where it works', async () => {
    const manual = await req('GET', '/demo/clock', { auth: null });
    assert.equal(manual.status, 200);
    assert.deepEqual(manual.body, { now: new Date(server.clock.now()).toISOString(), manual: true });
    const real = createMockServer({ seed: 'real-clock' });
    const url = await real.listen(0);
    try {
      const r = (await (await fetch(`${url}/demo/clock`)).json()) as { now: string; manual: boolean };
      assert.equal(r.manual, false);
      assert.equal((await fetch(`${url}/demo/clock/advance`, { method: 'POST', body: '{"ms":1}', headers: { 'content-type': 'application/json' } })).status, 404);
    } finally {
      await real.close();
    }
  });

  it('can be mounted under a path in another server', async () => {
    const ledger = new Ledger({ clock: new ManualClock(Date.now()), seed: 'mounted' });
    const mounted = createMockServer({ ledger, basePath: '/api' });
    const outer = createServer(mounted.handler);
    await new Promise<void>((r) => outer.listen(0, '127.0.0.1', r));
    const port = (outer.address() as { port: number }).port;
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/v2/apps`, { headers: { authorization: `Bearer ${mounted.mintToken().token}` } });
      assert.equal(r.status, 200);
      const apps = (await r.json()) as Array<{ id: string }>;
      assert.equal(apps[0]!.id, ledger.listApps()[0]!.id);
      assert.equal((await fetch(`http://127.0.0.1:${port}/v2/apps`)).status, 404);
    } finally {
      await new Promise((r) => outer.close(r));
      await mounted.close();
    }
  });

  it('npm run mock-server binds the port from --port and prints its URL', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise((r) => probe.close(r));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--port', String(port), '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /listening on (\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      assert.equal(line, `http://127.0.0.1:${port}`);
      const t = (await (await fetch(`${line}/demo/token`, { method: 'POST' })).json()) as { token: string };
      assert.equal((await fetch(`${line}/v2/apps`, { headers: { authorization: `Bearer ${t.token}` } })).status, 200);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
});
