/**
 * `/dots-flows/v1/*`: what the flows need that the public Dots API does not offer to a browser.
 * A host's backend implements these beside its `/v2` proxy; docs/adapters.md says how each maps
 * onto Dots (hosted-flow features, webhooks).
 */
import { z } from 'zod';
import type { Ledger } from '../core/ledger/ledger.ts';
import { LedgerEventType } from '../core/ledger/schemas.ts';
import { abortOnClose } from './abort.ts';
import type { EventLog } from './event-log.ts';
import { ok, parseWith, readJsonBody, type Router } from './http.ts';
import { query } from './routes-api.ts';
import { apiEventData, apiFlow, apiPayoutLink, apiTransfer, apiUser } from './serialize.ts';

export const EXT = '/dots-flows/v1';

const EventsQuery = z.object({
  after: z.coerce.number().int().min(0).optional(),
  wait: z.coerce.number().min(0).max(60).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  types: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',') : undefined))
    .pipe(z.array(LedgerEventType).optional()),
});

export function addExtensionRoutes(router: Router, ledger: Ledger, events: EventLog): void {
  router.add('POST', `${EXT}/verification-codes`, async (ctx) => ok(ledger.sendVerificationCode(ctx.appId, (await readJsonBody(ctx.req)) as never)));
  router.add('POST', `${EXT}/verification-codes/verify`, async (ctx) => ok(ledger.verifyCode(ctx.appId, (await readJsonBody(ctx.req)) as never)));
  router.add('POST', `${EXT}/users/{user_id}/id-verification`, async (ctx) => {
    const b = parseWith(z.looseObject({}), await readJsonBody(ctx.req));
    return ok(apiUser(ledger.verifyIdentity(ctx.appId, { ...b, user_id: ctx.params.user_id! } as never)));
  });
  router.add('DELETE', `${EXT}/users/{user_id}/payout-methods/{payout_method_id}`, (ctx) => {
    ledger.removePayoutMethod(ctx.appId, { user_id: ctx.params.user_id!, payout_method_id: ctx.params.payout_method_id! });
    return { status: 204 };
  });
  router.add('POST', `${EXT}/payout-links/{link}/claim`, async (ctx) => {
    const b = parseWith(z.looseObject({}), await readJsonBody(ctx.req));
    const r = ledger.claimPayoutLink(ctx.appId, { ...b, link: ctx.params.link! } as never);
    return ok({ payout_link: apiPayoutLink(r.link, ctx.origin), transfer: apiTransfer(r.transfer) });
  });
  router.add('PATCH', `${EXT}/flows/{flow_id}`, async (ctx) => {
    const b = parseWith(z.looseObject({}), await readJsonBody(ctx.req));
    return ok(apiFlow(ledger.updateFlow(ctx.appId, { ...b, flow_id: ctx.params.flow_id! } as never), ctx.origin));
  });

  // long-poll: without `after` the answer is only the current cursor (a subscription starts "now")
  router.add('GET', `${EXT}/events`, async (ctx) => {
    const q = parseWith(EventsQuery, query(ctx));
    if (q.after === undefined) return ok({ data: [], has_more: false, cursor: String(events.lastSeq) });
    let page = events.read(ctx.appId, q.after, q.limit);
    if (page.events.length === 0 && q.wait > 0) {
      await events.wait(ctx.appId, q.after, q.wait * 1000, abortOnClose(ctx.res));
      page = events.read(ctx.appId, q.after, q.limit);
    }
    const picked = q.types ? page.events.filter((e) => q.types!.includes(e.event.type)) : page.events;
    const cursor = page.events.length ? page.events.at(-1)!.seq : Math.max(q.after, events.lastSeq);
    return ok({
      data: picked.map(({ seq, event }) => ({ id: String(seq), type: event.type, created: event.at, app_id: event.app_id, data: apiEventData(event, ctx.origin) })),
      has_more: page.hasMore,
      cursor: String(cursor),
    });
  });
}
