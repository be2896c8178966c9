/**
 * The host's own calls to its backend (here the mock Dots API under /api), for the HTTP console:
 * what a platform's back office would read and do. It uses the same short-lived token the page
 * gets for the HTTP adapter; the API secret never reaches the browser.
 */
import { API_BASE, fetchToken } from './adapters.ts';

/** Tokens live 15 minutes on the demo server; a fresh one is asked for well before that. */
const TOKEN_REUSE_MS = 5 * 60_000;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class DemoApi {
  #token: { value: string; at: number } | null = null;

  async #bearer(signal: AbortSignal, fresh = false): Promise<string> {
    if (!fresh && this.#token && Date.now() - this.#token.at < TOKEN_REUSE_MS) return this.#token.value;
    const value = await fetchToken(signal);
    this.#token = { value, at: Date.now() };
    return value;
  }

  /** A JSON request to `/api<path>`; a 401 gets one retry with a new token. */
  async request(method: string, path: string, signal: AbortSignal, body?: unknown): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${API_BASE}${path}`, {
        method,
        signal,
        headers: {
          authorization: `Bearer ${await this.#bearer(signal, attempt > 0)}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (res.status === 401 && attempt === 0) continue;
      const text = await res.text();
      const json: unknown = text ? JSON.parse(text) : null;
      if (!res.ok) throw new ApiError(res.status, errorMessage(json) ?? `The API answered ${res.status}.`);
      return json;
    }
  }
}

function errorMessage(json: unknown): string | null {
  const error = record(json)['error'];
  const message = typeof error === 'object' && error !== null ? record(error)['message'] : record(json)['message'];
  return typeof message === 'string' ? message : null;
}

/** Reads an unknown JSON value as an object (empty when it is not one). */
export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function list(value: unknown): Record<string, unknown>[] {
  const data = record(value)['data'];
  return Array.isArray(data) ? data.map(record) : [];
}

export const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
