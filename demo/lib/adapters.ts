/**
 * The two backends the demo can switch between. Neither holds an API secret: the mock runs the
 * ledger in this tab (persisted in IndexedDB, so a reload resumes), and the HTTP adapter asks the
 * host's backend (here the demo server, `/api/demo/token`) for a short-lived bearer token, the
 * way a real host page would.
 */
import type { BackendAdapter } from '../../src/adapters/types.ts';
import type { AdapterKind } from './context.ts';
import { createSeededMockAdapter } from './demo-ledger.ts';

export interface DemoAdapter {
  adapter: BackendAdapter;
  dispose(): void;
}

export const API_BASE = '/api';
export const MOCK_DB_NAME = 'dots-flows-demo';

/** The host backend's token endpoint; its answer is `{ token, expires_at, app_id }`. */
export async function fetchToken(signal?: AbortSignal): Promise<string> {
  const res = await fetch(`${API_BASE}/demo/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
    ...(signal ? { signal } : {}),
  });
  if (!res.ok) throw new Error(`The demo server refused a token (${res.status}).`);
  const body: unknown = await res.json();
  const token = typeof body === 'object' && body !== null ? (body as { token?: unknown }).token : undefined;
  if (typeof token !== 'string' || token === '') throw new Error('The demo server sent no token.');
  return token;
}

export async function createDemoAdapter(kind: AdapterKind, lib: DotsLib): Promise<DemoAdapter> {
  if (kind === 'http') {
    const adapter = new lib.HttpAdapter({ baseUrl: new URL(API_BASE, location.origin).href, getToken: () => fetchToken() });
    return { adapter, dispose: () => {} };
  }
  const { adapter } = await createSeededMockAdapter(lib, MOCK_DB_NAME);
  return { adapter, dispose: () => adapter.close() };
}
