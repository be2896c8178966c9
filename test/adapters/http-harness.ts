// Contract harness for the HTTP adapter against the mock server the test runner started
// (test/adapters/mock-server-plugin.mjs). Every harness gets a fresh app (tenant) on that server.
// The operator hooks use what a host's backend would: documented Dots routes (deposit, balance
// transfer, payout link creation) plus the mock's /demo routes (outbox, clock).
import { HttpAdapter, type HttpAdapterOptions } from '../../src/adapters/http/http-adapter.ts';
import type { ContractHarness } from '../adapter-contract.ts';

let serverUrl: Promise<string> | null = null;
export function mockServerUrl(): Promise<string> {
  serverUrl ??= fetch('/__dots_mock_server')
    .then((r) => r.json() as Promise<{ url: string | null }>)
    .then(({ url }) => {
      if (!url) throw new Error('the mock server plugin is not running');
      return url;
    });
  return serverUrl;
}

export async function call<T = unknown>(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<T> {
  const base = await mockServerUrl();
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} -> ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface TestApp {
  appId: string;
  token: string;
  /** what a host's `getToken` does: ask its server for a fresh short-lived token */
  getToken: (ttlSeconds?: number) => Promise<string>;
}

export async function newApp(name = 'HTTP contract app'): Promise<TestApp> {
  const r = await call<{ app: { id: string }; token: string }>('/demo/apps', { body: { name } });
  const appId = r.app.id;
  return {
    appId,
    token: r.token,
    getToken: async (ttlSeconds) => (await call<{ token: string }>('/demo/token', { body: { app_id: appId, ...(ttlSeconds ? { ttl_seconds: ttlSeconds } : {}) } })).token,
  };
}

export async function httpAdapterFor(app: TestApp, extra: Partial<HttpAdapterOptions> = {}): Promise<HttpAdapter> {
  return new HttpAdapter({ baseUrl: await mockServerUrl(), getToken: () => app.getToken(), eventsWaitSeconds: 5, ...extra });
}

export async function httpHarness(): Promise<ContractHarness> {
  const app = await newApp();
  const adapter = await httpAdapterFor(app);
  const op = (path: string, body?: unknown) => call(path, { body, token: app.token });
  return {
    adapter,
    async readCode(phone) {
      const { data } = await call<{ data: Array<{ to: string; code?: string }> }>('/demo/outbox', { token: app.token });
      const msg = [...data].reverse().find((m) => m.to === `+${phone.country_code}${phone.phone_number}` && m.code);
      if (!msg?.code) throw new Error(`no code was sent to ${phone.phone_number}`);
      return msg.code;
    },
    async fundUser(userId, amount) {
      await op(`/v2/apps/${app.appId}/deposit`, { amount });
      await op('/v2/transfers', { amount: -amount, user_id: userId });
    },
    async createPayoutLink(input) {
      await op(`/v2/apps/${app.appId}/deposit`, { amount: input.amount });
      const link = (await op('/v2/payout-links', {
        amount: input.amount,
        ...(input.memo ? { memo: input.memo } : {}),
        ...(input.payee ? { payee: input.payee } : {}),
        ...(input.allow_partial ? { allow_partial: true } : {}),
      })) as { id: string; token: string };
      return { id: link.id, token: link.token };
    },
    async settle() {
      await call('/demo/clock/advance', { body: { ms: 60_000 } });
    },
    async otherApp() {
      return httpAdapterFor(await newApp('Other app'));
    },
  };
}
