/**
 * The mock server's small HTTP layer: a router over path templates (`/v2/users/{user_id}`), JSON
 * bodies with a size cap, zod validation of bodies and queries, and one error shape:
 * `{ success: false, message, error: { code, message, field? } }` (Dots documents
 * `{success, message}`; `error.code` carries the DotsError code so adapters map it exactly).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { DotsError, isDotsError, type ErrorCode } from '../core/ledger/errors.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** set by the auth step for API routes */
  appId: string;
  origin: string;
}

export type Handler = (ctx: Ctx) => Promise<Reply> | Reply;
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** a body sent as is (test faults: HTML pages, truncated JSON) */
  raw?: { type: string; text: string };
}

export const ok = (body: unknown, status = 200): Reply => ({ status, body });

interface Route {
  method: string;
  template: string;
  re: RegExp;
  names: string[];
  handler: Handler;
  auth: boolean;
}

export class Router {
  readonly routes: Route[] = [];

  add(method: string, template: string, handler: Handler, options: { auth?: boolean } = {}): this {
    const names: string[] = [];
    const re = new RegExp(
      `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      })}/?$`,
    );
    this.routes.push({ method, template, re, names, handler, auth: options.auth ?? true });
    return this;
  }

  /** The route for a request, or why there is none (404 / 405). */
  match(method: string, path: string): { route: Route; params: Record<string, string> } | { error: 404 | 405; allow?: string[] } {
    const allow: string[] = [];
    for (const route of this.routes) {
      const m = route.re.exec(path);
      if (!m) continue;
      if (route.method !== method) {
        allow.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
      return { route, params };
    }
    return allow.length ? { error: 405, allow } : { error: 404 };
  }
}

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new DotsError('validation', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return {};
  const type = req.headers['content-type'] ?? '';
  if (!/\bjson\b/i.test(type)) throw new DotsError('validation', 'Send the body as application/json.');
  try {
    return JSON.parse(text);
  } catch {
    throw new DotsError('validation', 'The body is not valid JSON.');
  }
}

/** Parses with zod; a failure is a `validation` DotsError naming the first bad field. */
export function parseWith<S extends z.core.$ZodType>(schema: S, value: unknown): z.output<S> {
  // the function form: shared schemas are zod/mini (no classic methods); classic's import keeps English messages here
  const r = z.safeParse(schema, value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = issue.path.length ? issue.path.map(String).join('.') : undefined;
  throw new DotsError('validation', field ? `${field}: ${issue.message}` : issue.message, field ? { field } : {});
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  validation: 400,
  code_invalid: 400,
  code_expired: 400,
  too_many_attempts: 429,
  insufficient_funds: 422,
  not_found: 404,
  conflict: 409,
  illegal_transition: 409,
  idempotency_mismatch: 409,
  link_claimed: 409,
  link_expired: 410,
  link_canceled: 410,
  unauthorized: 401,
  rate_limited: 429,
  timeout: 504,
  network: 502,
  bad_response: 502,
  aborted: 499,
};

export function errorReply(e: unknown): Reply {
  const err = isDotsError(e) ? e : new DotsError('server', 'The mock server failed.', { cause: e });
  const status = STATUS[err.code] ?? 500;
  const message = err.code === 'server' && !isDotsError(e) ? 'The mock server failed.' : err.message;
  return {
    status,
    body: { success: false, message, error: { code: err.code, message, ...(err.field ? { field: err.field } : {}) } },
  };
}

export function send(res: ServerResponse, reply: Reply, extraHeaders: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = { ...extraHeaders, ...reply.headers };
  if (reply.raw) {
    res.writeHead(reply.status, { ...headers, 'content-type': reply.raw.type });
    res.end(reply.raw.text);
    return;
  }
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}
