/**
 * The mock Dots server: the same Ledger the browser mock uses, served over the Dots v2 REST API
 * (plus the `/dots-flows/v1` extensions and the `/demo` helpers), so the HTTP adapter runs end to
 * end on a real socket and a host can develop its backend against it. Node only.
 *
 *   const server = createMockServer();            // or { ledger, clock: new ManualClock(), ... }
 *   const url = await server.listen(0);           // 127.0.0.1 only
 *   http.createServer(server.handler)             // or mount the handler in another server
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RealClock, type Clock } from '../core/ledger/clock.ts';
import { DotsError } from '../core/ledger/errors.ts';
import type { CreateAppInput } from '../core/ledger/inputs.ts';
import { Ledger } from '../core/ledger/ledger.ts';
// A server answers from its first request: the phone and bank rules load with the module.
import '../core/validation/libraries/static.ts';
import { abortOnClose, delay } from './abort.ts';
import { TokenAuthority } from './auth.ts';
import { EventLog } from './event-log.ts';
import { FaultBook, type FaultSpec } from './faults.ts';
import { Router, errorReply, send, type Ctx, type Reply } from './http.ts';
import { addApiRoutes } from './routes-api.ts';
import { addDemoRoutes } from './routes-demo.ts';
import { EXT, addExtensionRoutes } from './routes-ext.ts';

export interface MockServerOptions {
  /** Serve this ledger (shared with other code); default: a new one on `clock` with `seed`. */
  ledger?: Ledger;
  /** The ledger's clock when the server makes the ledger; a ManualClock enables `/demo/clock/advance`. */
  clock?: Clock;
  seed?: number | string;
  /** The app made when the ledger has none; `/demo/token` without `app_id` is for the first app. */
  app?: CreateAppInput;
  /** Lifetime of minted tokens, default 15 minutes. */
  tokenTtlMs?: number;
  /** The secret for Basic auth (`app_id:secret`); default random, printed by the CLI. */
  apiSecret?: string;
  /** Serve `/demo/*` (tokens, outbox, clock, faults). Default true. */
  demoRoutes?: boolean;
  /** Strip this prefix before routing, to mount the handler under e.g. `/api`. */
  basePath?: string;
  /** One line per request; default silent. */
  log?: (line: string) => void;
}

export interface MockServer {
  readonly ledger: Ledger;
  readonly clock: Clock;
  readonly apiSecret: string;
  readonly defaultAppId: string;
  /** A Node request handler: `http.createServer(server.handler)` or mount it in another server. */
  readonly handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** A token as `/demo/token` mints it. */
  mintToken(appId?: string, ttlMs?: number): { token: string; expires_at: string };
  /** Binds 127.0.0.1 (port 0: any free port); resolves with the base URL. */
  listen(port?: number): Promise<string>;
  readonly url: string | null;
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'retry-after',
};

export function createMockServer(options: MockServerOptions = {}): MockServer {
  const clock = options.clock ?? new RealClock();
  const ledger = options.ledger ?? new Ledger({ clock, seed: options.seed ?? 'mock-server' });
  if (ledger.listApps().length === 0) ledger.createApp(options.app ?? { name: 'Demo app' });
  const tokens = new TokenAuthority(options.apiSecret ? { apiSecret: options.apiSecret } : {});
  const faults = new FaultBook();
  const events = new EventLog();
  const tokenTtlMs = options.tokenTtlMs ?? 15 * 60_000;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const defaultAppId = () => ledger.listApps()[0]!.id;
  const unsubscribe = ledger.subscribe('*', (e) => events.push(e));

  const router = new Router();
  addApiRoutes(router, ledger);
  addExtensionRoutes(router, ledger, events);
  if (options.demoRoutes !== false) addDemoRoutes(router, { ledger, clock, tokens, faults, defaultAppId, tokenTtlMs });
  router.add('GET', '/', () => ({ status: 200, body: { name: 'dots-flows mock server', api: '/v2', extensions: EXT, demo: options.demoRoutes !== false ? '/demo' : null } }), { auth: false });

  const appExists = (id: string) => {
    try {
      ledger.getApp(id);
      return true;
    } catch {
      return false;
    }
  };

  async function dispatch(req: IncomingMessage, res: ServerResponse): Promise<Reply> {
    const url = new URL(req.url ?? '/', 'http://mock');
    let path = url.pathname;
    if (basePath) {
      if (path !== basePath && !path.startsWith(`${basePath}/`)) return errorReply(new DotsError('not_found', `No route ${path}.`));
      path = path.slice(basePath.length) || '/';
    }
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') {
      return {
        status: 204,
        headers: {
          'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
          'access-control-allow-headers': 'authorization, content-type, accept, dots-flows-session',
          'access-control-max-age': '600',
        },
      };
    }
    const found = router.match(method, path);
    if ('error' in found) {
      const r = errorReply(new DotsError('not_found', `No route ${method} ${path}.`));
      return found.error === 405 ? { ...r, status: 405, headers: { allow: found.allow!.join(', ') } } : r;
    }
    const host = req.headers.host ?? 'localhost';
    const ctx: Ctx = { req, res, method, path, params: found.params, query: url.searchParams, appId: '', origin: `http://${host}${basePath}` };
    if (found.route.auth) ctx.appId = tokens.appOf(req.headers.authorization, appExists);
    const fault = found.route.auth && !path.startsWith('/demo') && path !== `${EXT}/events` ? faults.take(ctx.appId, path) : null;
    if (fault) {
      const r = await applyFault(fault, res);
      if (r) return r;
    }
    return found.route.handler(ctx);
  }

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    dispatch(req, res)
      .catch(errorReply)
      .then((reply) => {
        send(res, reply, CORS);
        options.log?.(`${req.method} ${req.url} ${reply.status} ${Date.now() - started}ms`);
      })
      .catch((e: unknown) => {
        options.log?.(`failed to answer ${req.method} ${req.url}: ${String(e)}`);
        res.destroy();
      });
  };

  let server: Server | null = null;
  let url: string | null = null;

  return {
    ledger,
    clock,
    apiSecret: tokens.apiSecret,
    get defaultAppId() {
      return defaultAppId();
    },
    handler,
    mintToken: (appId = defaultAppId(), ttlMs = tokenTtlMs) => tokens.mint(appId, ttlMs),
    get url() {
      return url;
    },
    listen(port = 0) {
      return new Promise<string>((resolve, reject) => {
        const s = createServer(handler);
        s.once('error', reject);
        // loopback only: the mock holds no real money but must never face a network
        s.listen(port, '127.0.0.1', () => {
          server = s;
          url = `http://127.0.0.1:${(s.address() as AddressInfo).port}${basePath}`;
          resolve(url);
        });
      });
    },
    async close() {
      unsubscribe();
      events.wakeAll();
      if (server) {
        const s = server;
        server = null;
        url = null;
        s.closeIdleConnections();
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          // long-polls answer once woken; anything else still open is cut after a grace period
          setTimeout(() => s.closeAllConnections(), 2000).unref();
        });
      }
      if (!options.ledger) ledger.dispose();
    },
  };
}

async function applyFault(f: FaultSpec, res: ServerResponse): Promise<Reply | null> {
  if (f.delay_ms) await delay(f.delay_ms, abortOnClose(res));
  const status = f.status ?? 200;
  if (f.body === 'html') return { status: f.status ?? 502, raw: { type: 'text/html', text: '<!doctype html><title>Bad gateway</title><h1>502 Bad Gateway</h1>' } };
  if (f.body === 'truncated') return { status, raw: { type: 'application/json', text: '{"id":"0b1c","first_name":"Ad' } };
  if (f.body === 'wrong_type') return { status, body: { id: 42, amount: 'lots', status: 'maybe', type: 7, data: 'x', has_more: 'no' } };
  if (f.status && f.status >= 400) {
    const r = errorReply(new DotsError(f.status === 429 ? 'rate_limited' : f.status === 401 ? 'unauthorized' : 'server', `Injected fault ${f.status}.`));
    return { ...r, status: f.status, headers: f.retry_after !== undefined ? { 'retry-after': String(f.retry_after) } : {} };
  }
  return null;
}
