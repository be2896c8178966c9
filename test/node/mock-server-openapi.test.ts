// The mock server's real HTTP traffic, produced by the HTTP adapter and by host-side calls,
// validated against reference/dots-v2.openapi.yaml with an OpenAPI 3.1 validator
// (@hyperjump/json-schema, see openapi-validator.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/core/ledger/clock.ts';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.ts';
import { EXTENSION_PREFIX } from '../../src/adapters/http/http-adapter.ts';
import { createMockServer, type MockServer } from '../../src/server/mock-server.ts';
import { OpenApiValidator, type Exchange } from './openapi-validator.ts';

let server: MockServer;
let base: string;
let validator: OpenApiValidator;
let documentErrors: unknown[];
const traffic: Exchange[] = [];

/** fetch that records every exchange (bodies included) as it goes over the socket */
const recordingFetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
  const res = await fetch(input, init);
  const text = await res.clone().text();
  let responseBody: unknown;
  try {
    responseBody = text ? JSON.parse(text) : undefined;
  } catch {
    responseBody = text;
  }
  traffic.push({
    method: init.method ?? 'GET',
    url: input.slice(base.length),
    ...(typeof init.body === 'string' ? { requestBody: JSON.parse(init.body) } : {}),
    status: res.status,
    responseBody,
  });
  return res;
};

async function host<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await recordingFetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  assert.ok(res.ok, `${method} ${path} -> ${res.status}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

before(async () => {
  ({ validator, documentErrors } = await OpenApiValidator.load());
  server = createMockServer({ clock: new ManualClock(Date.now()), seed: 'openapi-test' });
  base = await server.listen(0);
});

after(async () => {
  await server.close();
});

describe('mock server traffic against the Dots v2 OpenAPI document', () => {
  it('loads a document that validates against the OpenAPI 3.1 meta-schema (after the two documented repairs)', () => {
    assert.deepEqual(documentErrors, []);
  });

  it('the validator rejects what the document forbids (it is not a rubber stamp)', async () => {
    const user = { id: 'not-a-uuid', email: 'nope', phone_number: '4155550100' };
    const v = await validator.exchange({ method: 'GET', url: '/v2/users/2f1d9e1c-4c1e-4d0b-9f7a-1b2c3d4e5f60', status: 200, responseBody: user });
    assert.equal(v.documented, true);
    assert.ok(v.errors.some((e) => e.includes('/id')), v.errors.join('\n'));
    assert.ok(v.errors.some((e) => e.includes('/phone_number')), v.errors.join('\n'));
    const body = await validator.exchange({ method: 'POST', url: '/v2/users', requestBody: { first_name: 'A', last_name: 'B', email: 'x', country_code: 'US', phone_number: '1' }, status: 201, responseBody: {} });
    assert.ok(body.errors.some((e) => e.includes('/country_code')), body.errors.join('\n'));
    const undocumented = await validator.exchange({ method: 'GET', url: '/v2/flows/2f1d9e1c-4c1e-4d0b-9f7a-1b2c3d4e5f60', status: 418, responseBody: {} });
    assert.ok(undocumented.errors.some((e) => e.includes('status 418')));
  });

  it('every documented request and response of a full onboarding, payout and claim validates', async () => {
    const appId = server.defaultAppId;
    const { token } = server.mintToken(appId);
    const adapter = new HttpAdapter({ baseUrl: base, getToken: async () => server.mintToken(appId).token, fetch: recordingFetch });
    const phone = { country_code: '1', phone_number: '4152345678' };
    const codeFor = async (p: typeof phone) => {
      const { data } = await host<{ data: Array<{ to: string; code?: string }> }>(token, 'GET', '/demo/outbox');
      return [...data].reverse().find((m) => m.to === `+${p.country_code}${p.phone_number}` && m.code)!.code!;
    };

    // sign-in and onboarding through the adapter
    await adapter.getAppSettings();
    await adapter.sendVerificationCode(phone);
    const { session } = await adapter.verifyCode({ ...phone, code: await codeFor(phone) });
    const user = await adapter.createUser({ ...phone, first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', session, metadata: { ref: 'u1' } });
    await adapter.updateUser({ user_id: user.id, last_name: 'Byron' });
    await adapter.submitCompliance({
      form: 'w9', user_id: user.id, entity_type: 'individual', legal_name: 'Ada Lovelace', tax_id_type: 'ssn', tax_id: '123456789',
      date_of_birth: '1990-12-10', address: { line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701', country: 'US' }, certified: true,
    });
    await adapter.verifyIdentity({ user_id: user.id, document_type: 'passport', document_country: 'US', document_number: 'X1234567' });
    const ach = await adapter.addPayoutMethod({ platform: 'ach', user_id: user.id, routing_number: '021000021', account_number: '000123456789', account_type: 'checking' });
    await adapter.addPayoutMethod({ platform: 'paypal', user_id: user.id, email: 'ada@example.com' });
    await adapter.addPayoutMethod({ platform: 'venmo', user_id: user.id, phone_number: '+14152345678' });
    await adapter.addPayoutMethod({ platform: 'cash_app', user_id: user.id, cash_tag: '$ada' });
    await adapter.setDefaultPayoutMethod({ user_id: user.id, payout_method_id: ach.id });
    await adapter.listPayoutMethods(user.id);
    await adapter.getUser(user.id);

    // a W-8BEN person, created by the host without the code flow, verified with the API's token routes
    const other = await host<{ id: string }>(token, 'POST', '/v2/users', { first_name: 'Jean', last_name: 'Dupont', email: 'jean@example.com', country_code: '33', phone_number: '612345678' });
    await host(token, 'POST', `/v2/users/${other.id}/send-verification-token`, {});
    await host(token, 'POST', `/v2/users/${other.id}/verify`, { token: await codeFor({ country_code: '33', phone_number: '612345678' }) });
    await adapter.submitCompliance({
      form: 'w8ben', user_id: other.id, legal_name: 'Jean Dupont', country_of_citizenship: 'FR', foreign_tax_id: '1234567890123',
      date_of_birth: '1985-03-02', address: { line1: '1 rue de Rivoli', city: 'Paris', postal_code: '75001', country: 'FR' }, certified: true,
    });

    // money: the host funds the user (deposit + balance transfer), the user withdraws
    await host(token, 'POST', `/v2/apps/${appId}/deposit`, { amount: 10_000 });
    await host(token, 'POST', '/v2/transfers', { amount: -6000, user_id: user.id });
    const payout = await adapter.createPayout({ user_id: user.id, amount: 1500, payout_method_id: ach.id, idempotency_key: 'withdraw-0001' });
    await adapter.createPayout({ user_id: user.id, amount: 500, idempotency_key: crypto.randomUUID() });
    await host(token, 'POST', '/demo/clock/advance', { ms: 60_000 });
    await adapter.getTransfer(payout.id);
    const page1 = await adapter.listTransfers({ user_id: user.id, type: 'payout', status: ['completed', 'pending'], limit: 1 });
    await adapter.listTransfers({ user_id: user.id, limit: 1, starting_after: page1.data[0]!.id });
    await adapter.getWallet(user.id);

    // payout links: create (host), read by id and token, claim, cancel another
    const link = await host<{ id: string; token: string }>(token, 'POST', '/v2/payout-links', {
      amount: 2000, memo: 'Thanks', payee: { first_name: 'Ada', email: 'ada@example.com' }, delivery: { method: 'link' }, metadata: { order: 'o-1' },
    });
    await adapter.getPayoutLink(link.id);
    await adapter.getPayoutLink(link.token);
    await adapter.claimPayoutLink({ link: link.token, user_id: user.id, payout_method_id: ach.id, idempotency_key: 'claim-0001' });
    const spare = await host<{ id: string }>(token, 'POST', '/v2/payout-links', { amount: 100 });
    await host(token, 'DELETE', `/v2/payout-links/${spare.id}`);
    await host(token, 'GET', '/v2/payout-links?limit=5');

    // flows
    const flow = await adapter.createFlow({ steps: ['compliance', 'manage-payouts', 'payout'], metadata: { source: 'openapi-test' } });
    await adapter.updateFlow({ flow_id: flow.id, user_id: user.id, completed_steps: ['compliance'] });
    await adapter.getFlow(flow.id);
    await host(token, 'GET', '/v2/flows?limit=2');
    await host(token, 'GET', '/v2/users?limit=2');
    await host(token, 'GET', '/v2/apps');

    const documented = [];
    const problems: string[] = [];
    for (const x of traffic) {
      const v = await validator.exchange(x);
      if (!v.documented) continue;
      documented.push(x);
      for (const e of v.errors) problems.push(`${x.method} ${x.url} (${x.status}): ${e}`);
    }
    assert.deepEqual(problems, []);
    // the scenario really covered the documented surface the flows use
    const ops = new Set(documented.map((x) => `${x.method} ${new URL(x.url, 'http://x').pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')}`));
    for (const op of ['POST /v2/users', 'PATCH /v2/users/{id}', 'PUT /v2/users/{id}/compliance', 'PUT /v2/users/{id}/payout-methods', 'GET /v2/users/{id}/payout-methods', 'POST /v2/payouts', 'GET /v2/transfers', 'POST /v2/payout-links', 'POST /v2/flows', 'GET /v2/flows/{id}', 'GET /v2/apps/{id}']) {
      assert.ok(ops.has(op), `scenario missed ${op}`);
    }
    // and every extension call stayed under the documented extension prefix
    for (const x of traffic) {
      const path = new URL(x.url, 'http://x').pathname;
      assert.ok(path.startsWith('/v2/') || path.startsWith(`${EXTENSION_PREFIX}/`) || path.startsWith('/demo/'), path);
    }
  });

  it('the international bank rail is an extension of add-payout-method, and its listing validates', async () => {
    const appId = server.defaultAppId;
    const adapter = new HttpAdapter({ baseUrl: base, getToken: async () => server.mintToken(appId).token, fetch: recordingFetch });
    const { token } = server.mintToken(appId);
    const u = await host<{ id: string }>(token, 'POST', '/v2/users', { first_name: 'Eva', last_name: 'Klein', email: 'eva@example.com', country_code: '49', phone_number: '15123456789' });
    traffic.length = 0;
    await adapter.addPayoutMethod({ platform: 'intl_bank', user_id: u.id, iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', account_holder: 'Eva Klein' });
    await adapter.listPayoutMethods(u.id);
    const [add, list] = traffic;
    const addVerdict = await validator.exchange(add!);
    // the public request schema lists only paypal, venmo, cash_app and ach: the one documented deviation
    assert.deepEqual(addVerdict.errors.filter((e) => !e.startsWith('request body')), []);
    assert.ok(addVerdict.errors.some((e) => e.includes('/platform')));
    assert.deepEqual((await validator.exchange(list!)).errors, []);
    assert.equal((list!.responseBody as Array<{ platform: string }>)[0]!.platform, 'intl_transfer');
  });
});
