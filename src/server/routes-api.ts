/**
 * The documented Dots v2 routes the flows use, served from the ledger. Bodies are parsed with
 * zod (the wire shapes of src/adapters/http/wire.ts), turned into ledger inputs (which the ledger
 * validates again), and answered with the API objects of serialize.ts.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DotsError } from '../core/ledger/errors.ts';
import type { Ledger } from '../core/ledger/ledger.ts';
import type { PayoutPlatform, User } from '../core/ledger/schemas.ts';
import type { AddPayoutMethodInput, ComplianceInput } from '../adapters/types.ts';
import { metadataFromWire } from '../adapters/http/from-wire.ts';
import { WireComplianceBody, WireMetadata, platformFromWire } from '../adapters/http/wire.ts';
import { ok, parseWith, readJsonBody, type Ctx, type Router } from './http.ts';
import { apiApp, apiFlow, apiPaymentMethod, apiPayoutLink, apiTransfer, apiUser } from './serialize.ts';

const Limit = z.coerce.number().int().min(1).max(100).optional();
const PageQuery = z.object({ limit: Limit, starting_after: z.string().min(1).optional() });

export const query = (ctx: Ctx) => Object.fromEntries(ctx.query.entries());
const meta = (m: z.infer<typeof WireMetadata>) => (m === undefined ? undefined : metadataFromWire(m));

const CreateUserBody = z.looseObject({
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  country_code: z.string(),
  phone_number: z.string(),
  metadata: WireMetadata,
});

const UpdateUserBody = z.looseObject({
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  email: z.string().optional(),
  metadata: WireMetadata,
  default_payout_method: z.string().optional(),
  default_payout_method_id: z.string().optional(),
});

const AddMethodBody = z.looseObject({
  platform: z.string(),
  routing_number: z.string().optional(),
  account_number: z.string().optional(),
  account_type: z.string().optional(),
  email: z.string().optional(),
  phone_number: z.string().optional(),
  handle: z.string().optional(),
  cash_tag: z.string().optional(),
  iban: z.string().optional(),
  bic: z.string().optional(),
  account_holder: z.string().optional(),
  is_default: z.boolean().nullable().optional(),
});

const TransferBody = z.looseObject({
  amount: z.number().int(),
  user_id: z.string(),
  idempotency_key: z.string().nullable().optional(),
  metadata: WireMetadata,
});

const PayoutBody = z.looseObject({
  user_id: z.string(),
  amount: z.number().int(),
  platform: z.string().default('default'),
  account_id: z.string().optional(),
  fund: z.boolean().optional(),
  idempotency_key: z.string().optional(),
  metadata: WireMetadata,
  payout_link_id: z.string().optional(),
});

const PayoutLinkBody = z.looseObject({
  amount: z.number().int(),
  payee: z.looseObject({}).optional(),
  delivery: z.looseObject({ method: z.enum(['link', 'sms', 'email', 'all']).optional(), message: z.string().optional() }).optional(),
  memo: z.string().optional(),
  metadata: WireMetadata,
  idempotency_key: z.string().nullable().optional(),
  // extensions
  allow_partial: z.boolean().optional(),
  expires_in: z.number().int().optional(),
  currency: z.string().optional(),
});

const FlowBody = z.looseObject({
  steps: z.array(z.union([z.string(), z.looseObject({ name: z.string() })])),
  user_id: z.string().optional(),
  metadata: WireMetadata,
  payout_link_id: z.string().optional(),
});

const DepositBody = z.looseObject({ amount: z.number().int(), idempotency_key: z.string().optional() });

/** The user's newest payout method on a rail, for API calls that name a rail rather than a method. */
export function methodOnRail(user: User, rail: string): string {
  const platform = platformFromWire(rail) as PayoutPlatform;
  const m = [...user.payout_methods].reverse().find((x) => x.platform === platform);
  if (!m) throw new DotsError('validation', `The user has no ${rail} payout method.`, { field: 'platform' });
  return m.id;
}

function addMethodInput(userId: string, b: z.infer<typeof AddMethodBody>): AddPayoutMethodInput {
  switch (b.platform) {
    case 'ach':
      return { platform: 'ach', user_id: userId, routing_number: b.routing_number ?? '', account_number: b.account_number ?? '', account_type: (b.account_type ?? 'checking') as 'checking' };
    case 'paypal':
      return { platform: 'paypal', user_id: userId, email: b.email ?? '' };
    case 'venmo': {
      const raw = b.phone_number ?? '';
      // the API's examples send US numbers without the calling code
      const phone = raw.startsWith('+') ? raw : /^\d{10}$/.test(raw) ? `+1${raw}` : `+${raw}`;
      return { platform: 'venmo', user_id: userId, phone_number: phone };
    }
    case 'cash_app':
      return { platform: 'cash_app', user_id: userId, cash_tag: b.cash_tag ?? '' };
    case 'intl_bank':
    case 'intl_transfer':
      return { platform: 'intl_bank', user_id: userId, iban: b.iban ?? '', bic: b.bic ?? '', account_holder: b.account_holder ?? '' };
    default:
      throw new DotsError('validation', `Payout platform ${b.platform} is not offered.`, { field: 'platform' });
  }
}

function complianceInput(userId: string, body: WireComplianceBody): ComplianceInput {
  const toAddress = (a: { line_1: string; line_2?: string | undefined; city: string; state: string; country: string; postcode: string }) => ({
    line1: a.line_1,
    ...(a.line_2 ? { line2: a.line_2 } : {}),
    city: a.city,
    ...(a.state ? { region: a.state } : {}),
    postal_code: a.postcode,
    country: a.country,
  });
  if ('w9' in body) {
    const w = body.w9;
    return {
      form: 'w9',
      user_id: userId,
      entity_type: w.entity_type,
      legal_name: w.legal_name ?? (w.entity_type === 'business' && w.business_name ? w.business_name : [w.first_name, w.last_name].filter(Boolean).join(' ')),
      ...(w.business_name ? { business_name: w.business_name } : {}),
      tax_id_type: w.tin_type ?? (w.entity_type === 'business' ? 'ein' : 'ssn'),
      tax_id: w.tin,
      ...(w.date_of_birth ? { date_of_birth: w.date_of_birth } : {}),
      address: toAddress(w.address),
      certified: (w.certified ?? true) as true,
    };
  }
  const w = body.w8ben;
  return {
    form: 'w8ben',
    user_id: userId,
    legal_name: w.name,
    country_of_citizenship: w.citizenship_country,
    ...(w.foreign_tax_id ? { foreign_tax_id: w.foreign_tax_id } : {}),
    date_of_birth: w.date_of_birth,
    address: toAddress(w.address),
    certified: w.signature.consent as true,
  };
}

export function appReply(ledger: Ledger, appId: string) {
  let moneyOut = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = ledger.listTransfers(appId, { type: 'payout', status: ['completed'], limit: 100, ...(cursor ? { starting_after: cursor } : {}) });
    for (const t of page.data) moneyOut += t.amount;
    if (!page.has_more || page.data.length === 0) break;
    cursor = page.data.at(-1)!.id;
  }
  let users = 0;
  cursor = undefined;
  for (;;) {
    const page = ledger.listUsers(appId, { limit: 100, ...(cursor ? { starting_after: cursor } : {}) });
    users += page.data.length;
    if (!page.has_more || page.data.length === 0) break;
    cursor = page.data.at(-1)!.id;
  }
  return apiApp(ledger.getApp(appId), { wallet: ledger.getAppWallet(appId), moneyOut, users });
}

export function addApiRoutes(router: Router, ledger: Ledger): void {
  const own = (ctx: Ctx) => {
    if (ctx.params.app_id !== ctx.appId) throw new DotsError('not_found', `App ${ctx.params.app_id} not found.`);
    return ctx.appId;
  };

  // apps: a token sees only its own app
  router.add('GET', '/v2/apps', (ctx) => ok([appReply(ledger, ctx.appId)]));
  router.add('GET', '/v2/apps/{app_id}', (ctx) => ok(appReply(ledger, own(ctx))));
  router.add('POST', '/v2/apps/{app_id}/deposit', async (ctx) => {
    const b = parseWith(DepositBody, await readJsonBody(ctx.req));
    return ok(apiTransfer(ledger.refillApp(own(ctx), b.amount, b.idempotency_key)));
  });

  // users
  router.add('GET', '/v2/users', (ctx) => {
    const q = parseWith(PageQuery.extend({ status: z.enum(['unverified', 'verified', 'in_review', 'disabled']).optional() }), query(ctx));
    const page = ledger.listUsers(ctx.appId, q);
    return ok({ data: page.data.map(apiUser), has_more: page.has_more });
  });
  router.add('POST', '/v2/users', async (ctx) => {
    const b = parseWith(CreateUserBody, await readJsonBody(ctx.req));
    const session = ctx.req.headers['dots-flows-session'];
    const fields = {
      first_name: b.first_name,
      last_name: b.last_name,
      email: b.email,
      country_code: b.country_code,
      phone_number: b.phone_number,
      ...(b.metadata !== undefined ? { metadata: meta(b.metadata) } : {}),
    };
    // with a verified-phone session: the flow's sign-up; without: a host backend creating a user directly
    const user =
      typeof session === 'string' && session
        ? ledger.createUser(ctx.appId, { ...fields, session })
        : ledger.createUserDirect(ctx.appId, { ...fields, phone_verified: false });
    return ok(apiUser(user), 201);
  });
  router.add('GET', '/v2/users/{user_id}', (ctx) => ok(apiUser(ledger.getUser(ctx.appId, ctx.params.user_id!))));
  router.add('PATCH', '/v2/users/{user_id}', async (ctx) => {
    const b = parseWith(UpdateUserBody, await readJsonBody(ctx.req));
    const userId = ctx.params.user_id!;
    let user = ledger.getUser(ctx.appId, userId);
    if (b.default_payout_method_id || b.default_payout_method) {
      const pm = b.default_payout_method_id ?? methodOnRail(user, b.default_payout_method!);
      user = ledger.setDefaultPayoutMethod(ctx.appId, { user_id: userId, payout_method_id: pm });
    }
    const patch = {
      ...(b.first_name !== undefined ? { first_name: b.first_name } : {}),
      ...(b.last_name !== undefined ? { last_name: b.last_name } : {}),
      ...(b.email !== undefined ? { email: b.email } : {}),
      ...(b.metadata !== undefined ? { metadata: meta(b.metadata) } : {}),
    };
    if (Object.keys(patch).length) user = ledger.updateUser(ctx.appId, { user_id: userId, ...patch });
    return ok(apiUser(user));
  });
  router.add('PUT', '/v2/users/{user_id}/compliance', async (ctx) => {
    const b = parseWith(WireComplianceBody, await readJsonBody(ctx.req));
    return ok(apiUser(ledger.submitCompliance(ctx.appId, complianceInput(ctx.params.user_id!, b))));
  });
  router.add('POST', '/v2/users/{user_id}/send-verification-token', async (ctx) => {
    await readJsonBody(ctx.req);
    const u = ledger.getUser(ctx.appId, ctx.params.user_id!);
    const r = ledger.sendVerificationCode(ctx.appId, { country_code: u.country_code, phone_number: u.phone_number });
    return ok(r, 202);
  });
  router.add('POST', '/v2/users/{user_id}/verify', async (ctx) => {
    const b = parseWith(z.object({ token: z.string() }), await readJsonBody(ctx.req));
    const u = ledger.getUser(ctx.appId, ctx.params.user_id!);
    const r = ledger.verifyCode(ctx.appId, { country_code: u.country_code, phone_number: u.phone_number, code: b.token });
    return ok({ success: true, user_id: r.user_id });
  });
  router.add('GET', '/v2/users/{user_id}/payout-methods', (ctx) =>
    ok(ledger.listPayoutMethods(ctx.appId, ctx.params.user_id!).map((m) => apiPaymentMethod(m))),
  );
  router.add('PUT', '/v2/users/{user_id}/payout-methods', async (ctx) => {
    const b = parseWith(AddMethodBody, await readJsonBody(ctx.req));
    const m = ledger.addPayoutMethod(ctx.appId, addMethodInput(ctx.params.user_id!, b));
    if (b.is_default) ledger.setDefaultPayoutMethod(ctx.appId, { user_id: ctx.params.user_id!, payout_method_id: m.id });
    return ok(apiPaymentMethod(m, 'added'));
  });

  // transfers and payouts
  router.add('GET', '/v2/transfers', (ctx) => {
    const q = parseWith(
      PageQuery.extend({
        user_id: z.string().optional(),
        type: z.enum(['balance', 'payout', 'refill']).optional(),
        status: z
          .string()
          .optional()
          .transform((s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined))
          .pipe(z.array(z.enum(['created', 'flagged', 'pending', 'completed', 'failed', 'reversed', 'canceled'])).optional()),
        start_date: z.string().optional(),
        end_date: z.string().optional(),
      }),
      query(ctx),
    );
    const page = ledger.listTransfers(ctx.appId, {
      ...(q.user_id ? { user_id: q.user_id } : {}),
      ...(q.type ? { type: q.type } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.start_date ? { created_after: q.start_date } : {}),
      ...(q.end_date ? { created_before: q.end_date } : {}),
      ...(q.limit ? { limit: q.limit } : {}),
      ...(q.starting_after ? { starting_after: q.starting_after } : {}),
    });
    return ok({ data: page.data.map(apiTransfer), has_more: page.has_more });
  });
  router.add('POST', '/v2/transfers', async (ctx) => {
    const b = parseWith(TransferBody, await readJsonBody(ctx.req));
    if (b.amount === 0) throw new DotsError('validation', 'amount must not be 0.', { field: 'amount' });
    const t = ledger.createBalanceTransfer(ctx.appId, {
      user_id: b.user_id,
      amount: Math.abs(b.amount),
      // the API's sign: negative moves money from the app to the user
      direction: b.amount < 0 ? 'app_to_user' : 'user_to_app',
      ...(b.idempotency_key ? { idempotency_key: b.idempotency_key } : {}),
      ...(b.metadata !== undefined ? { metadata: meta(b.metadata) } : {}),
    });
    return ok(apiTransfer(t));
  });
  router.add('GET', '/v2/transfers/{transfer_id}', (ctx) => ok(apiTransfer(ledger.getTransfer(ctx.appId, ctx.params.transfer_id!))));
  router.add('POST', '/v2/payouts', async (ctx) => {
    const b = parseWith(PayoutBody, await readJsonBody(ctx.req));
    const user = ledger.getUser(ctx.appId, b.user_id);
    const methodId = b.account_id ?? (b.platform !== 'default' ? methodOnRail(user, b.platform) : undefined);
    const key = b.idempotency_key ?? randomUUID();
    if (b.fund) ledger.transferToUser(ctx.appId, b.user_id, b.amount, `${key}:fund`);
    const t = ledger.createPayout(ctx.appId, {
      user_id: b.user_id,
      amount: b.amount,
      ...(methodId ? { payout_method_id: methodId } : {}),
      idempotency_key: key,
      ...(b.payout_link_id ? { payout_link_id: b.payout_link_id } : {}),
      ...(b.metadata !== undefined ? { metadata: meta(b.metadata) } : {}),
    });
    return ok(apiTransfer(t), 201);
  });

  // payout links
  router.add('GET', '/v2/payout-links', (ctx) => {
    const page = ledger.listPayoutLinks(ctx.appId, parseWith(PageQuery, query(ctx)));
    return ok({ data: page.data.map((l) => apiPayoutLink(l, ctx.origin)), has_more: page.has_more });
  });
  router.add('POST', '/v2/payout-links', async (ctx) => {
    const b = parseWith(PayoutLinkBody, await readJsonBody(ctx.req));
    const link = ledger.createPayoutLink(ctx.appId, {
      amount: b.amount,
      ...(b.payee ? { payee: b.payee as never } : {}),
      delivery_method: b.delivery?.method ?? 'link',
      ...(b.memo !== undefined ? { memo: b.memo } : {}),
      ...(b.allow_partial !== undefined ? { allow_partial: b.allow_partial } : {}),
      ...(b.expires_in !== undefined ? { expires_in: b.expires_in } : {}),
      ...(b.currency ? { currency: b.currency.toUpperCase() } : {}),
      ...(b.idempotency_key ? { idempotency_key: b.idempotency_key } : {}),
      ...(b.metadata !== undefined ? { metadata: meta(b.metadata) } : {}),
    });
    return ok(apiPayoutLink(link, ctx.origin), 201);
  });
  router.add('GET', '/v2/payout-links/{payout_link_id}', (ctx) => ok(apiPayoutLink(ledger.getPayoutLink(ctx.appId, ctx.params.payout_link_id!), ctx.origin)));
  router.add('DELETE', '/v2/payout-links/{payout_link_id}', (ctx) =>
    ok(apiPayoutLink(ledger.cancelPayoutLink(ctx.appId, ctx.params.payout_link_id!), ctx.origin)),
  );

  // flows
  router.add('GET', '/v2/flows', (ctx) => {
    const page = ledger.listFlows(ctx.appId, parseWith(PageQuery, query(ctx)));
    return ok({ data: page.data.map((f) => apiFlow(f, ctx.origin)), has_more: page.has_more });
  });
  router.add('POST', '/v2/flows', async (ctx) => {
    const b = parseWith(FlowBody, await readJsonBody(ctx.req));
    const flow = ledger.createFlow(ctx.appId, {
      steps: b.steps.map((s) => (typeof s === 'string' ? s : s.name)) as never,
      ...(b.user_id ? { user_id: b.user_id } : {}),
      ...(b.payout_link_id ? { payout_link_id: b.payout_link_id } : {}),
      ...(b.metadata !== undefined ? { metadata: meta(b.metadata) } : {}),
    });
    return ok(apiFlow(flow, ctx.origin));
  });
  router.add('GET', '/v2/flows/{flow_id}', (ctx) => ok(apiFlow(ledger.getFlow(ctx.appId, ctx.params.flow_id!), ctx.origin)));
}
