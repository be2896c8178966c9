/**
 * The real path: a BackendAdapter speaking the Dots v2 REST API (reference/dots-v2.openapi.yaml).
 * The browser never holds an API secret: `getToken()` asks the host's own server for a
 * short-lived bearer token, and `baseUrl` is normally the host's backend, which forwards `/v2/*`
 * to Dots with its secret and implements the few `/dots-flows/v1/*` routes the public API lacks
 * (phone sign-in before a user exists, claiming a link, updating a flow, events for the browser).
 * docs/adapters.md lists every route and extension field.
 */
import '../../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';
import { DotsError, isDotsError } from '../../core/ledger/errors.ts';
import {
  FlowRecord,
  PayoutLink,
  PayoutMethod,
  PayoutPlatform,
  Transfer,
  User,
  Wallet,
  type LedgerEvent,
  type LedgerEventType,
  type Page,
} from '../../core/ledger/schemas.ts';
import { parseId, parseInput, parseOutput, sleep, throwIfAborted } from '../boundary.ts';
import {
  AddPayoutMethodInput,
  AppSettings,
  ClaimPayoutLinkInput,
  ComplianceInput,
  CreateFlowInput,
  CreatePayoutInput,
  CreateUserInput,
  IdVerificationInput,
  ListTransfersInput,
  PayoutMethodRef,
  SendCodeInput,
  UpdateFlowInput,
  UpdateUserInput,
  VerifyCodeInput,
  VerifyCodeResult,
  type BackendAdapter,
  type CallOptions,
  type Unsubscribe,
} from '../types.ts';
import { flowFromWire, payoutLinkFromWire, payoutMethodFromWire, transferFromWire, userFromWire, type WireContext } from './from-wire.ts';
import { HttpTransport, type FetchLike } from './transport.ts';
import {
  WireApp,
  WireEvent,
  WireEventPage,
  WireFlow,
  WirePaymentMethod,
  WirePayoutLink,
  WireSendCodeAnswer,
  WireTransfer,
  WireUser,
  WireVerifyAnswer,
  wirePage,
  type WireComplianceBody,
} from './wire.ts';
import { idempotencyUuid } from './idempotency.ts';

export interface HttpAdapterOptions {
  /** Where `/v2/...` lives: the host's backend (or the mock server), e.g. `https://host.example/api`. */
  baseUrl: string;
  /** Returns a short-lived bearer token from the host's server. Called again once on a 401. */
  getToken: () => Promise<string>;
  /** The app the token is for. When absent the adapter reads it once from `GET /v2/apps`. */
  appId?: string;
  fetch?: FetchLike;
  /** Per attempt, default 15 000 ms. */
  timeoutMs?: number;
  /** Extra attempts for idempotent requests, default 2. */
  retries?: number;
  /** First backoff step in ms, default 250. */
  backoffMs?: number;
  /** A 429 asking to wait longer than this fails at once with `rate_limited`. Default 30 000 ms. */
  maxRetryAfterMs?: number;
  /** How long one events long-poll may wait on the server, default 20 s. */
  eventsWaitSeconds?: number;
}

/** Routes the public Dots API does not have; a host's backend implements them (docs/adapters.md). */
export const EXTENSION_PREFIX = '/dots-flows/v1';

const PaymentMethods = z.array(WirePaymentMethod);
const ClaimAnswer = z.object({ payout_link: WirePayoutLink, transfer: WireTransfer });

type Listener = { fn: (e: LedgerEvent) => void; types: Set<LedgerEventType> | null };

export class HttpAdapter implements BackendAdapter {
  readonly kind = 'http';
  readonly #t: HttpTransport;
  readonly #o: HttpAdapterOptions;
  #appId: Promise<string> | null;
  readonly #listeners = new Set<Listener>();
  #poll: { stop: AbortController; ready: Promise<void> } | null = null;

  constructor(options: HttpAdapterOptions) {
    this.#o = options;
    this.#t = new HttpTransport(options);
    this.#appId = options.appId ? Promise.resolve(options.appId) : null;
  }

  // ---- plumbing ----

  async #ctx(signal?: AbortSignal): Promise<WireContext> {
    if (!this.#appId) {
      const pending = this.#t.request({ method: 'GET', path: '/v2/apps', schema: z.array(WireApp), signal }).then((apps) => {
        const first = apps[0];
        if (!first) throw new DotsError('bad_response', 'GET /v2/apps listed no app for this token.');
        return first.id;
      });
      pending.catch(() => {
        if (this.#appId === pending) this.#appId = null;
      });
      this.#appId = pending;
    }
    return { appId: await this.#appId };
  }

  /** Every public method runs through here: abort check, events cursor, typed errors only. */
  async #run<T>(opts: CallOptions | undefined, work: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
    const signal = opts?.signal;
    throwIfAborted(signal);
    // a subscription opened just before this call must see the events this call causes
    if (this.#poll) await this.#poll.ready;
    try {
      return await work(signal);
    } catch (e) {
      if (isDotsError(e)) throw e;
      if (signal?.aborted) throw new DotsError('aborted', 'The request was aborted.', { cause: e });
      throw new DotsError('bad_response', e instanceof Error ? e.message : String(e), { cause: e });
    }
  }

  #path(...parts: string[]): string {
    return parts.map((p, i) => (i % 2 === 1 ? encodeURIComponent(p) : p)).join('');
  }

  async #user(userId: string, signal?: AbortSignal): Promise<User> {
    const ctx = await this.#ctx(signal);
    const wire = await this.#t.request({ method: 'GET', path: this.#path('/v2/users/', userId), schema: WireUser, signal });
    const methods = wire.payout_methods ? undefined : await this.#methods(userId, signal);
    return parseOutput(User, userFromWire(wire, ctx, methods), 'user');
  }

  async #methods(userId: string, signal?: AbortSignal): Promise<PayoutMethod[]> {
    const list = await this.#t.request({ method: 'GET', path: this.#path('/v2/users/', userId, '/payout-methods'), schema: PaymentMethods, signal });
    return list.map(payoutMethodFromWire).filter((m): m is PayoutMethod => m !== null);
  }

  async #userFrom(wire: z.infer<typeof WireUser>, signal?: AbortSignal): Promise<User> {
    const ctx = await this.#ctx(signal);
    const methods = wire.payout_methods ? undefined : await this.#methods(wire.id, signal);
    return parseOutput(User, userFromWire(wire, ctx, methods), 'user');
  }

  async #methodOf(userId: string, payoutMethodId: string, signal?: AbortSignal): Promise<PayoutMethod> {
    const m = (await this.#methods(userId, signal)).find((x) => x.id === payoutMethodId);
    if (!m) throw new DotsError('not_found', `Payout method ${payoutMethodId} not found.`, { field: 'payout_method_id' });
    return m;
  }

  // ---- app ----

  getAppSettings(opts?: CallOptions): Promise<AppSettings> {
    return this.#run(opts, async (signal) => {
      const { appId } = await this.#ctx(signal);
      const app = await this.#t.request({ method: 'GET', path: this.#path('/v2/apps/', appId), schema: WireApp, signal });
      const s = app.dots_flows_settings ?? {};
      const fees: Partial<Record<PayoutPlatform, number>> = {};
      for (const [p, v] of Object.entries(s.payout_fees ?? {})) if (PayoutPlatform.safeParse(p).success) fees[p as PayoutPlatform] = v;
      return parseOutput(
        AppSettings,
        {
          app_id: app.id,
          name: app.name,
          currency: (s.currency ?? 'USD').toUpperCase(),
          payout_options_exclude_list: (s.payout_options_exclude_list ?? []).filter((p) => PayoutPlatform.safeParse(p).success),
          payout_fees: fees,
          min_payout: s.min_payout ?? 0,
        },
        'app settings',
      );
    });
  }

  // ---- sign-in ----

  sendVerificationCode(input: SendCodeInput, opts?: CallOptions) {
    return this.#run(opts, async (signal) => {
      const body = parseInput(SendCodeInput, input);
      return this.#t.request({ method: 'POST', path: `${EXTENSION_PREFIX}/verification-codes`, body, schema: WireSendCodeAnswer, signal });
    });
  }

  verifyCode(input: VerifyCodeInput, opts?: CallOptions): Promise<VerifyCodeResult> {
    return this.#run(opts, async (signal) => {
      const body = parseInput(VerifyCodeInput, input);
      const r = await this.#t.request({ method: 'POST', path: `${EXTENSION_PREFIX}/verification-codes/verify`, body, schema: WireVerifyAnswer, signal });
      return parseOutput(VerifyCodeResult, r, 'verification result');
    });
  }

  createUser(input: CreateUserInput, opts?: CallOptions): Promise<User> {
    return this.#run(opts, async (signal) => {
      const { session, ...rest } = parseInput(CreateUserInput, input);
      const body = { ...rest, ...(rest.metadata === null ? { metadata: undefined } : {}) };
      const wire = await this.#t.request({
        method: 'POST',
        path: '/v2/users',
        body,
        // proof of the verified phone travels beside the documented body, not in it
        headers: session ? { 'dots-flows-session': session } : {},
        schema: WireUser,
        signal,
      });
      return this.#userFrom(wire, signal);
    });
  }

  getUser(userId: string, opts?: CallOptions): Promise<User> {
    return this.#run(opts, (signal) => this.#user(parseId(userId, 'user_id'), signal));
  }

  updateUser(input: UpdateUserInput, opts?: CallOptions): Promise<User> {
    return this.#run(opts, async (signal) => {
      const { user_id, ...body } = parseInput(UpdateUserInput, input);
      const wire = await this.#t.request({ method: 'PATCH', path: this.#path('/v2/users/', user_id), body, schema: WireUser, signal, idempotent: true });
      return this.#userFrom(wire, signal);
    });
  }

  // ---- compliance ----

  submitCompliance(input: ComplianceInput, opts?: CallOptions): Promise<User> {
    return this.#run(opts, async (signal) => {
      const c = parseInput(ComplianceInput, input);
      const address = {
        line_1: c.address.line1,
        ...(c.address.line2 ? { line_2: c.address.line2 } : {}),
        city: c.address.city,
        state: c.address.region ?? '',
        country: c.address.country,
        postcode: c.address.postal_code,
      };
      let body: WireComplianceBody;
      if (c.form === 'w9') {
        const parts = c.legal_name.split(/\s+/);
        body = {
          w9: {
            entity_type: c.entity_type,
            ...(c.business_name ? { business_name: c.business_name } : {}),
            first_name: parts.slice(0, -1).join(' ') || parts[0]!,
            last_name: parts.length > 1 ? parts.at(-1)! : parts[0]!,
            ...(c.date_of_birth ? { date_of_birth: c.date_of_birth } : {}),
            tin: c.tax_id,
            address,
            legal_name: c.legal_name,
            tin_type: c.tax_id_type,
            certified: c.certified,
          },
        };
      } else {
        // the API wants the signer's email; the user record has it
        const user = await this.#t.request({ method: 'GET', path: this.#path('/v2/users/', c.user_id), schema: WireUser, signal });
        body = {
          w8ben: {
            name: c.legal_name,
            citizenship_country: c.country_of_citizenship,
            date_of_birth: c.date_of_birth,
            ...(c.foreign_tax_id ? { foreign_tax_id: c.foreign_tax_id } : {}),
            address,
            signature: { consent: c.certified, name: c.legal_name, email: user.email ?? '' },
          },
        };
      }
      await this.#t.request({ method: 'PUT', path: this.#path('/v2/users/', c.user_id, '/compliance'), body, schema: null, signal, idempotent: true });
      return this.#user(c.user_id, signal);
    });
  }

  verifyIdentity(input: IdVerificationInput, opts?: CallOptions): Promise<User> {
    return this.#run(opts, async (signal) => {
      const { user_id, ...body } = parseInput(IdVerificationInput, input);
      const wire = await this.#t.request({ method: 'POST', path: this.#path(`${EXTENSION_PREFIX}/users/`, user_id, '/id-verification'), body, schema: WireUser, signal });
      return this.#userFrom(wire, signal);
    });
  }

  // ---- payout methods ----

  listPayoutMethods(userId: string, opts?: CallOptions): Promise<PayoutMethod[]> {
    return this.#run(opts, async (signal) => parseOutput(z.array(PayoutMethod), await this.#methods(parseId(userId, 'user_id'), signal), 'payout methods'));
  }

  addPayoutMethod(input: AddPayoutMethodInput, opts?: CallOptions): Promise<PayoutMethod> {
    return this.#run(opts, async (signal) => {
      const { user_id, ...body } = parseInput(AddPayoutMethodInput, input);
      const wire = await this.#t.request({ method: 'PUT', path: this.#path('/v2/users/', user_id, '/payout-methods'), body, schema: WirePaymentMethod, signal });
      const m = payoutMethodFromWire(wire);
      if (!m) throw new DotsError('bad_response', `The backend added a ${wire.platform} method instead of ${body.platform}.`);
      return parseOutput(PayoutMethod, m, 'payout method');
    });
  }

  removePayoutMethod(input: { user_id: string; payout_method_id: string }, opts?: CallOptions): Promise<void> {
    return this.#run(opts, async (signal) => {
      const { user_id, payout_method_id } = parseInput(PayoutMethodRef, input);
      await this.#t.request({
        method: 'DELETE',
        path: this.#path(`${EXTENSION_PREFIX}/users/`, user_id, '/payout-methods/', payout_method_id),
        schema: null,
        signal,
        idempotent: true,
      });
    });
  }

  setDefaultPayoutMethod(input: { user_id: string; payout_method_id: string }, opts?: CallOptions): Promise<User> {
    return this.#run(opts, async (signal) => {
      const { user_id, payout_method_id } = parseInput(PayoutMethodRef, input);
      const m = await this.#methodOf(user_id, payout_method_id, signal);
      const body = { default_payout_method: m.platform, default_payout_method_id: m.id };
      const wire = await this.#t.request({ method: 'PATCH', path: this.#path('/v2/users/', user_id), body, schema: WireUser, signal, idempotent: true });
      return this.#userFrom(wire, signal);
    });
  }

  // ---- money ----

  getWallet(userId: string, opts?: CallOptions): Promise<Wallet> {
    return this.#run(opts, async (signal) => {
      const ctx = await this.#ctx(signal);
      const wire = await this.#t.request({ method: 'GET', path: this.#path('/v2/users/', parseId(userId, 'user_id')), schema: WireUser, signal });
      return parseOutput(Wallet, userFromWire(wire, ctx, []).wallet, 'wallet');
    });
  }

  createPayout(input: CreatePayoutInput, opts?: CallOptions): Promise<Transfer> {
    return this.#run(opts, async (signal) => {
      const p = parseInput(CreatePayoutInput, input);
      const method = p.payout_method_id ? await this.#methodOf(p.user_id, p.payout_method_id, signal) : null;
      const body = {
        user_id: p.user_id,
        amount: p.amount,
        platform: method ? (method.platform === 'intl_bank' ? 'bank_transfer' : method.platform) : 'default',
        ...(method ? { account_id: method.id } : {}),
        idempotency_key: await idempotencyUuid(p.idempotency_key),
        ...(p.metadata ? { metadata: p.metadata } : {}),
        ...(p.payout_link_id ? { payout_link_id: p.payout_link_id } : {}),
      };
      const wire = await this.#t.request({ method: 'POST', path: '/v2/payouts', body, schema: WireTransfer, signal });
      return parseOutput(Transfer, transferFromWire(wire, await this.#ctx(signal)), 'transfer');
    });
  }

  listTransfers(input: ListTransfersInput, opts?: CallOptions): Promise<Page<Transfer>> {
    return this.#run(opts, async (signal) => {
      const q = parseInput(ListTransfersInput, input);
      const page = await this.#t.request({
        method: 'GET',
        path: '/v2/transfers',
        query: {
          user_id: q.user_id,
          type: q.type,
          status: q.status?.join(','),
          start_date: q.created_after,
          end_date: q.created_before,
          limit: q.limit,
          starting_after: q.starting_after,
        },
        schema: wirePage(WireTransfer),
        signal,
      });
      const ctx = await this.#ctx(signal);
      return { data: page.data.map((t) => parseOutput(Transfer, transferFromWire(t, ctx), 'transfer')), has_more: page.has_more };
    });
  }

  getTransfer(transferId: string, opts?: CallOptions): Promise<Transfer> {
    return this.#run(opts, async (signal) => {
      const wire = await this.#t.request({ method: 'GET', path: this.#path('/v2/transfers/', parseId(transferId, 'transfer_id')), schema: WireTransfer, signal });
      return parseOutput(Transfer, transferFromWire(wire, await this.#ctx(signal)), 'transfer');
    });
  }

  // ---- payout links ----

  getPayoutLink(link: string, opts?: CallOptions): Promise<PayoutLink> {
    return this.#run(opts, async (signal) => {
      const wire = await this.#t.request({ method: 'GET', path: this.#path('/v2/payout-links/', parseId(link, 'link')), schema: WirePayoutLink, signal });
      return parseOutput(PayoutLink, payoutLinkFromWire(wire, await this.#ctx(signal)), 'payout link');
    });
  }

  claimPayoutLink(input: ClaimPayoutLinkInput, opts?: CallOptions): Promise<{ link: PayoutLink; transfer: Transfer }> {
    return this.#run(opts, async (signal) => {
      const { link, ...rest } = parseInput(ClaimPayoutLinkInput, input);
      const body = { ...rest, idempotency_key: await idempotencyUuid(rest.idempotency_key) };
      const r = await this.#t.request({ method: 'POST', path: this.#path(`${EXTENSION_PREFIX}/payout-links/`, link, '/claim'), body, schema: ClaimAnswer, signal });
      const ctx = await this.#ctx(signal);
      return {
        link: parseOutput(PayoutLink, payoutLinkFromWire(r.payout_link, ctx), 'payout link'),
        transfer: parseOutput(Transfer, transferFromWire(r.transfer, ctx), 'transfer'),
      };
    });
  }

  // ---- flows ----

  createFlow(input: CreateFlowInput, opts?: CallOptions): Promise<FlowRecord> {
    return this.#run(opts, async (signal) => {
      const f = parseInput(CreateFlowInput, input);
      const body = {
        steps: f.steps,
        ...(f.user_id ? { user_id: f.user_id } : {}),
        ...(f.metadata ? { metadata: f.metadata } : {}),
        ...(f.payout_link_id ? { payout_link_id: f.payout_link_id } : {}),
      };
      const wire = await this.#t.request({ method: 'POST', path: '/v2/flows', body, schema: WireFlow, signal });
      return parseOutput(FlowRecord, flowFromWire(wire, await this.#ctx(signal)), 'flow');
    });
  }

  getFlow(flowId: string, opts?: CallOptions): Promise<FlowRecord> {
    return this.#run(opts, async (signal) => {
      const wire = await this.#t.request({ method: 'GET', path: this.#path('/v2/flows/', parseId(flowId, 'flow_id')), schema: WireFlow, signal });
      return parseOutput(FlowRecord, flowFromWire(wire, await this.#ctx(signal)), 'flow');
    });
  }

  updateFlow(input: UpdateFlowInput, opts?: CallOptions): Promise<FlowRecord> {
    return this.#run(opts, async (signal) => {
      const { flow_id, ...body } = parseInput(UpdateFlowInput, input);
      const wire = await this.#t.request({ method: 'PATCH', path: this.#path(`${EXTENSION_PREFIX}/flows/`, flow_id), body, schema: WireFlow, signal, idempotent: true });
      return parseOutput(FlowRecord, flowFromWire(wire, await this.#ctx(signal)), 'flow');
    });
  }

  // ---- events: Dots sends webhooks to servers; the browser long-polls the host's relay ----

  subscribe(listener: (event: LedgerEvent) => void, types?: LedgerEventType[]): Unsubscribe {
    const entry: Listener = { fn: listener, types: types ? new Set(types) : null };
    this.#listeners.add(entry);
    if (!this.#poll) this.#startPolling();
    return () => {
      this.#listeners.delete(entry);
      if (this.#listeners.size === 0 && this.#poll) {
        this.#poll.stop.abort();
        this.#poll = null;
      }
    };
  }

  #startPolling(): void {
    const stop = new AbortController();
    let markReady!: () => void;
    const ready = new Promise<void>((r) => (markReady = r));
    this.#poll = { stop, ready };
    const wait = this.#o.eventsWaitSeconds ?? 20;
    void (async () => {
      let cursor: string | null = null;
      let failures = 0;
      while (!stop.signal.aborted) {
        try {
          const page: z.infer<typeof WireEventPage> = await this.#t.request({
            method: 'GET',
            path: `${EXTENSION_PREFIX}/events`,
            // the first call only fixes the cursor at "now", without waiting
            query: cursor === null ? { wait: 0 } : { after: cursor, wait },
            schema: WireEventPage,
            signal: stop.signal,
            timeoutMs: (wait + 10) * 1000,
          });
          failures = 0;
          const first = cursor === null;
          cursor = page.cursor ?? cursor ?? '';
          if (first) {
            markReady();
            continue;
          }
          const ctx = await this.#ctx(stop.signal);
          for (const item of page.data) {
            const event = this.#eventFromWire(item, ctx);
            if (event) this.#emit(event);
          }
        } catch {
          if (stop.signal.aborted) break;
          failures += 1;
          // never block callers on a broken event relay
          markReady();
          await sleep(Math.min(15_000, 500 * 2 ** Math.min(failures, 5)), stop.signal).catch(() => {});
        }
      }
      markReady();
    })();
  }

  /**
   * One relayed event, or null to skip it: malformed, of an unknown type, or of another app (a
   * relay that mixes tenants must not leak one app's payees into another's page).
   */
  #eventFromWire(item: unknown, ctx: WireContext): LedgerEvent | null {
    const parsed = WireEvent.safeParse(item);
    if (!parsed.success) return null;
    const w = parsed.data;
    if (w.app_id !== undefined && w.app_id !== ctx.appId) return null;
    const base = { app_id: ctx.appId, at: w.created ?? new Date().toISOString() };
    let event: LedgerEvent;
    try {
      switch (w.type) {
        case 'transfer.updated':
        case 'transfer.completed':
        case 'transfer.failed':
          event = { type: w.type, ...base, data: Transfer.parse(transferFromWire(WireTransfer.parse(w.data), ctx)) };
          break;
        case 'flow.updated':
          event = { type: w.type, ...base, data: FlowRecord.parse(flowFromWire(WireFlow.parse(w.data), ctx)) };
          break;
        case 'payout_link.claimed':
          event = { type: w.type, ...base, data: PayoutLink.parse(payoutLinkFromWire(WirePayoutLink.parse(w.data), ctx)) };
          break;
        case 'user.updated':
          event = { type: w.type, ...base, data: User.parse(userFromWire(WireUser.parse(w.data), ctx)) };
          break;
        default:
          return null;
      }
    } catch {
      return null; // one malformed event must not stop the stream
    }
    // the record inside names its app too; either naming another app drops the event
    return event.data.app_id === ctx.appId ? event : null;
  }

  #emit(event: LedgerEvent): void {
    for (const l of [...this.#listeners]) {
      if (l.types && !l.types.has(event.type)) continue;
      try {
        l.fn(event);
      } catch (e) {
        queueMicrotask(() => {
          throw e;
        });
      }
    }
  }
}
