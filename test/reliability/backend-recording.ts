/**
 * Real answers of the mock server, recorded once by calling every HttpAdapter method against it,
 * then replayed by a scripted `fetch` that can break them: the malformed-backend tests mutate
 * real wire answers rather than hand-written ones, and mock nothing of ours.
 */
import { HttpAdapter } from '../../src/adapters/http/http-adapter.ts';
import type { BackendAdapter } from '../../src/adapters/types.ts';
import { call, mockServerUrl, newApp } from '../adapters/http-harness.ts';

export interface Exchange {
  method: string;
  /** pathname below the base URL, e.g. `/v2/users/u_1` */
  path: string;
  status: number;
  type: string;
  body: string;
}

export interface RecordedCall {
  method: keyof BackendAdapter;
  args: unknown[];
  /** the adapter's answer, JSON round-tripped */
  result: unknown;
  /** requests the call made, in order */
  exchanges: Exchange[];
}

export interface Recording {
  appId: string;
  base: string;
  calls: RecordedCall[];
}

/** Methods whose requests are safe to repeat (GET, state-setting PUT/PATCH/DELETE, POSTs with a key). */
export const IDEMPOTENT = new Set<keyof BackendAdapter>([
  'getAppSettings',
  'getUser',
  'updateUser',
  'submitCompliance',
  'listPayoutMethods',
  'removePayoutMethod',
  'setDefaultPayoutMethod',
  'getWallet',
  'createPayout',
  'listTransfers',
  'getTransfer',
  'getPayoutLink',
  'claimPayoutLink',
  'getFlow',
  'updateFlow',
]);

/** The request that does the method's work (the others only read around it). */
export const PRIMARY: Record<string, RegExp> = {
  getAppSettings: /^GET \/v2\/apps\/[^/]+$/,
  sendVerificationCode: /^POST \/dots-flows\/v1\/verification-codes$/,
  verifyCode: /^POST \/dots-flows\/v1\/verification-codes\/verify$/,
  createUser: /^POST \/v2\/users$/,
  getUser: /^GET \/v2\/users\/[^/]+$/,
  updateUser: /^PATCH \/v2\/users\/[^/]+$/,
  submitCompliance: /^PUT \/v2\/users\/[^/]+\/compliance$/,
  verifyIdentity: /^POST \/dots-flows\/v1\/users\/[^/]+\/id-verification$/,
  listPayoutMethods: /^GET \/v2\/users\/[^/]+\/payout-methods$/,
  addPayoutMethod: /^PUT \/v2\/users\/[^/]+\/payout-methods$/,
  removePayoutMethod: /^DELETE \/dots-flows\/v1\/users\/[^/]+\/payout-methods\/[^/]+$/,
  setDefaultPayoutMethod: /^PATCH \/v2\/users\/[^/]+$/,
  getWallet: /^GET \/v2\/users\/[^/]+$/,
  createPayout: /^POST \/v2\/payouts$/,
  listTransfers: /^GET \/v2\/transfers$/,
  getTransfer: /^GET \/v2\/transfers\/[^/]+$/,
  getPayoutLink: /^GET \/v2\/payout-links\/[^/]+$/,
  claimPayoutLink: /^POST \/dots-flows\/v1\/payout-links\/[^/]+\/claim$/,
  createFlow: /^POST \/v2\/flows$/,
  getFlow: /^GET \/v2\/flows\/[^/]+$/,
  updateFlow: /^PATCH \/dots-flows\/v1\/flows\/[^/]+$/,
};

/** Primary routes whose answer body the adapter ignores (it reads the result with a GET after). */
export const BODY_IGNORED = new Set<keyof BackendAdapter>(['submitCompliance', 'removePayoutMethod']);

let recording: Promise<Recording> | null = null;

/** Records every method once (memoised per test file). */
export function record(): Promise<Recording> {
  recording ??= doRecord();
  return recording;
}

async function doRecord(): Promise<Recording> {
  const base = await mockServerUrl();
  const app = await newApp('Malformed backend recording');
  let current: Exchange[] = [];
  const recordingFetch = async (url: string, init: RequestInit): Promise<Response> => {
    const res = await fetch(url, init);
    const body = await res.text();
    const path = new URL(url).pathname.slice(new URL(base).pathname.replace(/\/$/, '').length);
    current.push({ method: init.method ?? 'GET', path, status: res.status, type: res.headers.get('content-type') ?? '', body });
    // 204 and friends may not carry a body, not even an empty one
    return new Response([101, 204, 205, 304].includes(res.status) ? null : body, { status: res.status, headers: res.headers });
  };
  const adapter = new HttpAdapter({ baseUrl: base, appId: app.appId, getToken: () => app.getToken(), fetch: recordingFetch });
  const calls: RecordedCall[] = [];
  async function run<M extends keyof BackendAdapter>(method: M, ...args: unknown[]): Promise<any> {
    current = [];
    const fn = adapter[method] as (...a: unknown[]) => Promise<unknown>;
    const result = await fn.apply(adapter, args);
    calls.push({ method, args, result: result === undefined ? undefined : JSON.parse(JSON.stringify(result)), exchanges: current });
    return result;
  }

  const phone = { country_code: '1', phone_number: `41555${String(Date.now() % 100_000).padStart(5, '0')}` };
  await run('getAppSettings');
  await run('sendVerificationCode', phone);
  const outbox = await call<{ data: Array<{ to: string; code?: string }> }>('/demo/outbox', { token: app.token });
  const code = [...outbox.data].reverse().find((m) => m.to === `+1${phone.phone_number}`)!.code!;
  const verified = await run('verifyCode', { ...phone, code });
  const user = await run('createUser', { ...phone, first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', session: verified.session });
  await run('getUser', user.id);
  await run('updateUser', { user_id: user.id, first_name: 'Augusta' });
  await run('submitCompliance', {
    form: 'w9',
    user_id: user.id,
    entity_type: 'individual',
    legal_name: 'Ada Lovelace',
    tax_id_type: 'ssn',
    tax_id: '123456789',
    address: { line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701', country: 'US' },
    certified: true,
  });
  await run('verifyIdentity', { user_id: user.id, document_type: 'passport', document_country: 'US', document_number: 'X1234567' });
  const ach = await run('addPayoutMethod', { platform: 'ach', user_id: user.id, routing_number: '021000021', account_number: '000123456789', account_type: 'checking' });
  await run('listPayoutMethods', user.id);
  await run('setDefaultPayoutMethod', { user_id: user.id, payout_method_id: ach.id });
  await call(`/v2/apps/${app.appId}/deposit`, { body: { amount: 100_000 }, token: app.token });
  await call('/v2/transfers', { body: { amount: -50_000, user_id: user.id }, token: app.token });
  await run('getWallet', user.id);
  const payout = await run('createPayout', { user_id: user.id, amount: 1_000, payout_method_id: ach.id, idempotency_key: `rec-${crypto.randomUUID()}` });
  await run('listTransfers', { user_id: user.id });
  await run('getTransfer', payout.id);
  const link = await call<{ id: string; token: string }>('/v2/payout-links', { body: { amount: 2_000 }, token: app.token });
  await run('getPayoutLink', link.id);
  await run('claimPayoutLink', { link: link.id, user_id: user.id, payout_method_id: ach.id, idempotency_key: `rec-${crypto.randomUUID()}` });
  const flow = await run('createFlow', { steps: ['payout'], user_id: user.id });
  await run('getFlow', flow.id);
  await run('updateFlow', { flow_id: flow.id, completed_steps: ['payout'] });
  const paypal = await run('addPayoutMethod', { platform: 'paypal', user_id: user.id, email: 'ada@example.com' });
  await run('removePayoutMethod', { user_id: user.id, payout_method_id: paypal.id });
  return { appId: app.appId, base, calls };
}

/** The last recorded call of each method (addPayoutMethod: the ACH one). */
export function callsByMethod(rec: Recording): Map<keyof BackendAdapter, RecordedCall> {
  const m = new Map<keyof BackendAdapter, RecordedCall>();
  for (const c of rec.calls) if (!m.has(c.method)) m.set(c.method, c);
  return m;
}
