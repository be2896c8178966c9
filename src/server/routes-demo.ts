/**
 * `/demo/*`: what a host's backend and a sandbox dashboard would do, for demos and tests only.
 * - `POST /demo/token {app_id?, ttl_seconds?}` mints a short-lived bearer token: a host's server
 *   does this after checking its own session; the API secret never reaches the browser.
 * - `POST /demo/apps {name?, ...settings}` creates a fresh app (tenant) and returns a token for it.
 * - `GET /demo/outbox` (bearer) lists the messages (one-time codes, link deliveries) sent for the app.
 * - `GET /demo/clock` tells the ledger time and whether the clock is manual.
 * - `POST /demo/clock/advance {ms}` moves a manual ledger clock (404 when the clock is real).
 * - `POST /demo/faults {...}` / `DELETE /demo/faults` (bearer) inject faults into the app's next requests.
 */
import { z } from 'zod';
import { DotsError } from '../core/ledger/errors.ts';
import type { Clock, ManualClock } from '../core/ledger/clock.ts';
import { CreateAppInput } from '../core/ledger/inputs.ts';
import type { Ledger } from '../core/ledger/ledger.ts';
import type { TokenAuthority } from './auth.ts';
import { FaultSpec, type FaultBook } from './faults.ts';
import { ok, parseWith, readJsonBody, type Router } from './http.ts';
import { appReply } from './routes-api.ts';

export interface DemoDeps {
  ledger: Ledger;
  clock: Clock;
  tokens: TokenAuthority;
  faults: FaultBook;
  defaultAppId: () => string;
  tokenTtlMs: number;
}

const TokenBody = z.object({ app_id: z.string().optional(), ttl_seconds: z.number().min(0.001).max(86_400).optional() });

export function addDemoRoutes(router: Router, d: DemoDeps): void {
  const mint = (appId: string, ttlSeconds?: number) => ({ ...d.tokens.mint(appId, ttlSeconds ? ttlSeconds * 1000 : d.tokenTtlMs), app_id: appId });

  router.add(
    'POST',
    '/demo/token',
    async (ctx) => {
      const b = parseWith(TokenBody, await readJsonBody(ctx.req));
      const appId = b.app_id ?? d.defaultAppId();
      d.ledger.getApp(appId); // not_found for an unknown app
      return ok(mint(appId, b.ttl_seconds));
    },
    { auth: false },
  );
  router.add(
    'POST',
    '/demo/apps',
    async (ctx) => {
      const b = (await readJsonBody(ctx.req)) as Record<string, unknown>;
      const app = d.ledger.createApp(parseWith(CreateAppInput, { name: 'Test app', ...b }));
      return ok({ app: appReply(d.ledger, app.id), ...mint(app.id) }, 201);
    },
    { auth: false },
  );
  router.add('GET', '/demo/outbox', (ctx) => ok({ data: d.ledger.outbox(ctx.appId) }));
  // Lets a page offer "advance" only where it works (a 404 would be a console error in the page).
  router.add('GET', '/demo/clock', () => ok({ now: new Date(d.clock.now()).toISOString(), manual: typeof (d.clock as Partial<ManualClock>).advance === 'function' }), { auth: false });
  router.add(
    'POST',
    '/demo/clock/advance',
    async (ctx) => {
      const b = parseWith(z.object({ ms: z.number().min(0).max(365 * 86_400_000) }), await readJsonBody(ctx.req));
      // duck-typed: a ManualClock may come from another copy of the module (e.g. a test runner's loader)
      const manual = d.clock as Partial<ManualClock>;
      if (typeof manual.advance !== 'function') throw new DotsError('not_found', 'The ledger runs on a real clock; start the server with a manual clock.');
      manual.advance(b.ms);
      return ok({ now: new Date(d.clock.now()).toISOString() });
    },
    { auth: false },
  );
  router.add('POST', '/demo/faults', async (ctx) => {
    d.faults.add(ctx.appId, parseWith(FaultSpec, await readJsonBody(ctx.req)));
    return ok({ success: true });
  });
  router.add('DELETE', '/demo/faults', (ctx) => {
    d.faults.clear(ctx.appId);
    return { status: 204 };
  });
}
