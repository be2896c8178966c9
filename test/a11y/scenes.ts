/**
 * Every screen of every flow, driven on the real MockAdapter (persist 'memory') through its
 * states: empty, invalid after a submit attempt, failed (a backend error from the adapter's fault
 * injection, with Try again), busy (the retry held by the network) and complete. A scene calls
 * `visit(state, element)` at each state; the axe matrix, the text scan and the target-size check
 * all walk the same scenes.
 */
import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import type { DotsPayoutClaimFlow } from '../../src/components/payout-claim-flow/payout-claim-flow.ts';
import type { BackendAdapter } from '../../src/adapters/types.ts';
import type { MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import { CLAIM_INTRO, CLAIM_REVIEW, CLAIM_UNAVAILABLE } from '../../src/core/flows/payout-claim.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { bench, type Bench } from '../machine/harness.ts';
import { until as flowUntil, editingOn, type Snap } from '../flows/helpers.ts';
import { until as claimUntil, editingOn as claimEditingOn, type ClaimSnap } from '../claim/element-helpers.ts';
import { deepAll } from '../flows/helpers.ts';

export type Host = HTMLElement & { updateComplete: Promise<unknown> };
export type State = 'empty' | 'invalid' | 'failed' | 'busy' | 'complete';
export type Visit = (state: State, el: Host) => Promise<void>;

export interface Scene {
  name: string;
  /** the states `run` visits, in order */
  states: State[];
  run(lang: string, visit: Visit): Promise<void>;
}

/**
 * The adapter behind a network that can hold every call: `hold()` then a submit leaves the
 * element busy until `release()`. The real adapter does the work once released.
 */
export function gated(real: MockAdapter): { adapter: BackendAdapter; hold(): void; release(): void } {
  let held: Array<() => void> | null = null;
  const adapter = new Proxy(real, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        if (!held) return (v as (...a: unknown[]) => unknown).apply(target, args);
        const list = held;
        return new Promise<void>((r) => list.push(r)).then(() => (v as (...a: unknown[]) => unknown).apply(target, args));
      };
    },
  }) as unknown as BackendAdapter;
  return {
    adapter,
    hold: () => {
      held = [];
    },
    release: () => {
      const list = held ?? [];
      held = null;
      for (const r of list) r();
    },
  };
}

/** Waits for every dots element below `el` to render, and for finite animations to end. */
export async function settleDeep(el: HTMLElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const all = [el, ...deepAll<Host>(el.shadowRoot ?? el, '*')].filter((x) => (x as Host).updateComplete);
    await Promise.all(all.map((x) => (x as Host).updateComplete));
    await new Promise((r) => setTimeout(r, 10));
  }
  // Theme and language switches start colour transitions; axe must measure where they end, so
  // finite ones are finished now (a background test page may get no frames to run them).
  void document.body.offsetHeight;
  const roots: Array<Document | ShadowRoot> = [document, ...[el, ...deepAll(el.shadowRoot ?? el, '*')].flatMap((x) => (x.shadowRoot ? [x.shadowRoot] : []))];
  for (const root of roots) {
    for (const a of root.getAnimations()) {
      if (Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity)) a.finish();
    }
  }
}

const click = (host: Element | null | undefined) => {
  if (!host) throw new Error('no such button');
  ((host as HTMLElement).shadowRoot?.querySelector('button') ?? (host as HTMLElement)).click();
};

export const continueOf = (el: Host) => el.shadowRoot!.querySelector<HTMLElement>('[part~=continue]');
export const retryOf = (el: Host) => el.shadowRoot!.querySelector('dots-alert')?.shadowRoot?.querySelector<HTMLElement>('[part~=retry]') ?? null;

type AnySnap = Snap | ClaimSnap;
interface Driver {
  el: Host;
  until(pred: (s: AnySnap) => boolean): Promise<AnySnap>;
  send(e: { type: string; field?: string; value?: unknown }): void;
}

/**
 * The five states of one step: empty; invalid (Continue with nothing filled); failed (filled, a
 * server error injected on the next call); busy (Try again while the network holds it); complete
 * (released: the step's work done).
 */
async function fiveStates(
  d: Driver,
  b: Bench,
  gate: ReturnType<typeof gated>,
  visit: Visit,
  step: { invalid: boolean; fill: Record<string, unknown>; submit?: () => void; done: (s: AnySnap) => boolean },
): Promise<void> {
  const submit = step.submit ?? (() => click(continueOf(d.el)));
  await visit('empty', d.el);
  if (step.invalid) {
    submit();
    await d.until((s) => Object.keys(s.errors).length > 0 && s.status !== 'submitting');
    await visit('invalid', d.el);
  }
  for (const [field, value] of Object.entries(step.fill)) d.send({ type: 'change', field, value });
  b.adapter.faults.failNext('server', 1);
  submit();
  await d.until((s) => s.status === 'failed');
  await settleDeep(d.el);
  if (!retryOf(d.el)) throw new Error('a failed step shows Try again');
  await visit('failed', d.el);
  gate.hold();
  click(retryOf(d.el));
  await d.until((s) => s.status === 'submitting');
  await visit('busy', d.el);
  gate.release();
  await d.until(step.done);
  await visit('complete', d.el);
}

function flowDriver(el: DotsFlow): Driver {
  return { el: el as unknown as Host, until: (p) => flowUntil(el, p as (s: Snap) => boolean), send: (e) => el.send(e as never) };
}
function claimDriver(el: DotsPayoutClaimFlow): Driver {
  return { el: el as unknown as Host, until: (p) => claimUntil(el, p as (s: ClaimSnap) => boolean), send: (e) => el.send(e as never) };
}

const W9 = { legal_name: 'Ada Lovelace', tax_id: '123-45-6789', address_line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701', certified: true };
const W8 = { legal_name: 'Ada Lovelace', country_of_citizenship: 'GB', date_of_birth: '1980-05-01', address_line1: '1 High St', city: 'London', postal_code: 'SW1A 1AA', address_country: 'GB', certified: true };
const ACH = { platform: 'ach', routing_number: '011000015', account_number: '000123456789', account_type: 'checking' };
const PHONE = '2015550111';

/** User data the scenes put on screen (never translated). */
export const USER_DATA = ['Acme Corp', 'Ada', 'Lovelace', 'Grace', 'Hopper', 'Flows test app', 'Thanks for the great work', 'example.com', 'Springfield', 'London'];

async function withBench<T>(app: Parameters<typeof bench>[0], fn: (b: Bench, gate: ReturnType<typeof gated>) => Promise<T>): Promise<T> {
  const b = await bench(app);
  const gate = gated(b.adapter);
  try {
    return await fn(b, gate);
  } finally {
    gate.release();
    b.close();
  }
}

async function mountFlow(lang: string, tpl: TemplateResult): Promise<DotsFlow> {
  return fixtureIn<DotsFlow>({ lang }, tpl);
}

async function toSignInStep(b: Bench, gate: ReturnType<typeof gated>, lang: string, step: 'sign-in-phone' | 'sign-in-code' | 'sign-in-profile'): Promise<DotsFlow> {
  const flow = await mountFlow(lang, html`<dots-flow .adapter=${gate.adapter} steps="compliance" no-draft></dots-flow>`);
  await editingOn(flow, 'sign-in-phone');
  if (step === 'sign-in-phone') return flow;
  flow.send({ type: 'change', field: 'country', value: 'US' } as never);
  flow.send({ type: 'change', field: 'phone', value: PHONE } as never);
  click(continueOf(flow as unknown as Host));
  await editingOn(flow, 'sign-in-code');
  if (step === 'sign-in-code') return flow;
  flow.send({ type: 'change', field: 'code', value: b.codeFor({ country_code: '1', phone_number: PHONE }) } as never);
  click(continueOf(flow as unknown as Host));
  await editingOn(flow, 'sign-in-profile');
  return flow;
}

const flowDone = (s: AnySnap) => s.status === 'complete';

export const FLOW_SCENES: Scene[] = [
  {
    name: 'sign-in phone',
    states: ['empty', 'invalid', 'failed', 'busy', 'complete'],
    run: (lang, visit) =>
      withBench({ sandbox_magic_code: false }, async (b, gate) => {
        const flow = await toSignInStep(b, gate, lang, 'sign-in-phone');
        await fiveStates(flowDriver(flow), b, gate, visit, { invalid: true, fill: { country: 'US', phone: PHONE }, done: (s) => s.current === 'sign-in-code' && s.status === 'editing' });
      }),
  },
  {
    name: 'sign-in code',
    states: ['empty', 'invalid', 'failed', 'busy', 'complete'],
    run: (lang, visit) =>
      withBench({ sandbox_magic_code: false }, async (b, gate) => {
        const flow = await toSignInStep(b, gate, lang, 'sign-in-code');
        // The code field is filled after the invalid state (a failed attempt sends no new code).
        await fiveStates(flowDriver(flow), b, gate, visit, {
          invalid: true,
          get fill() {
            return { code: b.codeFor({ country_code: '1', phone_number: PHONE }) };
          },
          done: (s) => s.current === 'sign-in-profile' && s.status === 'editing',
        });
      }),
  },
  {
    name: 'sign-in profile',
    states: ['empty', 'invalid', 'failed', 'busy', 'complete'],
    run: (lang, visit) =>
      withBench({ sandbox_magic_code: false }, async (b, gate) => {
        const flow = await toSignInStep(b, gate, lang, 'sign-in-profile');
        await fiveStates(flowDriver(flow), b, gate, visit, {
          invalid: true,
          fill: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' },
          done: (s) => s.current === 'compliance-w9' && s.status === 'editing',
        });
      }),
  },
  {
    name: 'W-9',
    states: ['empty', 'invalid', 'failed', 'busy', 'complete'],
    run: (lang, visit) =>
      withBench({}, async (b, gate) => {
        const flow = await mountFlow(lang, html`<dots-flow .adapter=${gate.adapter} steps="compliance" user-id=${b.user()} no-draft></dots-flow>`);
        await editingOn(flow, 'compliance-w9');
        // Cleared so that Continue finds the name missing too (the flow prefills it).
        flow.send({ type: 'change', field: 'legal_name', value: '' } as never);
        await fiveStates(flowDriver(flow), b, gate, visit, { invalid: true, fill: W9, done: flowDone });
      }),
  },
  {
    name: 'W-8BEN',
    states: ['empty', 'invalid', 'failed', 'busy', 'complete'],
    run: (lang, visit) =>
      withBench({}, async (b, gate) => {
        const userId = b.user({ countryCode: '44', phone: '7400123456' });
        const flow = await mountFlow(lang, html`<dots-flow .adapter=${gate.adapter} steps="compliance" user-id=${userId} no-draft></dots-flow>`);
        await editingOn(flow, 'compliance-w8ben');
        await fiveStates(flowDriver(flow), b, gate, visit, { invalid: true, fill: W8, done: flowDone });
      }),
  },
  {
    name: 'id-verification',
    states: ['empty', 'invalid', 'failed', 'busy', 'complete'],
    run: (lang, visit) =>
      withBench({}, async (b, gate) => {
        const flow = await mountFlow(lang, html`<dots-flow .adapter=${gate.adapter} steps="id-verification" user-id=${b.user()} no-draft></dots-flow>`);
        await editingOn(flow, 'id-verification');
        await fiveStates(flowDriver(flow), b, gate, visit, {
          invalid: true,
          fill: { document_type: 'passport', document_country: 'US', document_number: 'X1234567' },
          done: flowDone,
        });
      }),
  },
  {
    name: 'manage-payouts (add form open)',
    states: ['empty', 'invalid', 'failed', 'busy', 'complete'],
    run: (lang, visit) =>
      withBench({}, async (b, gate) => {
        const flow = await mountFlow(lang, html`<dots-flow .adapter=${gate.adapter} steps="manage-payouts" user-id=${b.user()} no-draft></dots-flow>`);
        await editingOn(flow, 'manage-payouts');
        const add = () => flow.send({ type: 'action', name: 'add' } as never);
        await fiveStates(flowDriver(flow), b, gate, visit, {
          invalid: true,
          fill: ACH,
          submit: add,
          done: (s) => s.status === 'editing' && ((s as Snap).context.payoutMethods?.length ?? 0) === 1,
        });
      }),
  },
  {
    name: 'payout',
    states: ['empty', 'invalid', 'failed', 'busy', 'complete'],
    run: (lang, visit) =>
      withBench({}, async (b, gate) => {
        const userId = b.user({ cents: 40_00 });
        b.ledger.addPayoutMethod(b.appId, { platform: 'paypal', user_id: userId, email: 'grace@example.com' });
        const flow = await mountFlow(lang, html`<dots-flow .adapter=${gate.adapter} steps="payout" user-id=${userId} no-draft></dots-flow>`);
        await editingOn(flow, 'payout');
        // A part larger than the balance is the invalid submit.
        flow.send({ type: 'change', field: 'amount_mode', value: 'partial' } as never);
        flow.send({ type: 'change', field: 'amount', value: 50_00 } as never);
        await fiveStates(flowDriver(flow), b, gate, visit, { invalid: true, fill: { amount_mode: 'full' }, done: flowDone });
      }),
  },
  {
    name: 'redirect',
    states: ['empty', 'complete'],
    run: (lang, visit) =>
      withBench({}, async (b, gate) => {
        const flow = await mountFlow(lang, html`<dots-flow .adapter=${gate.adapter} steps="redirect" user-id=${b.user()} redirect-url="https://example.com/done" redirect-seconds="300" no-draft></dots-flow>`);
        const stay = (e: Event) => e.preventDefault(); // the test page must not navigate
        flow.addEventListener('dots-flow-exit', stay);
        await editingOn(flow, 'redirect');
        await visit('empty', flow as unknown as Host);
        click(continueOf(flow as unknown as Host));
        await flowUntil(flow, flowDone);
        await visit('complete', flow as unknown as Host);
      }),
  },
];

/** The host's own content in the preset's slots (never translated). */
export const SLOTTED = { logo: 'Acme Corp', legal: 'Acme Corp terms apply.' };

export const PRESET_SCENES: Scene[] = [
  {
    name: 'dots-onboarding-flow (logo and legal slots)',
    states: ['empty', 'invalid'],
    run: (lang, visit) =>
      withBench({ sandbox_magic_code: false }, async (b, gate) => {
        const el = await fixtureIn<DotsFlow>(
          { lang },
          html`<dots-onboarding-flow .adapter=${gate.adapter} no-draft
            ><span slot="logo" role="img" aria-label=${SLOTTED.logo}>◆</span><small slot="legal">${SLOTTED.legal}</small></dots-onboarding-flow
          >`,
        );
        await editingOn(el, 'sign-in-phone');
        await visit('empty', el as unknown as Host);
        click(continueOf(el as unknown as Host));
        await flowUntil(el, (s) => Object.keys(s.errors).length > 0);
        await visit('invalid', el as unknown as Host);
      }),
  },
];

export const CLAIM_SCENES: Scene[] = [
  {
    name: 'claim intro, review, status',
    states: ['empty', 'empty', 'invalid', 'failed', 'busy', 'complete'],
    run: (lang, visit) =>
      withBench({ sandbox_magic_code: false }, async (b, gate) => {
        b.ledger.refillApp(b.appId, 10_000_00);
        const userId = b.user({ bank: true });
        const l = b.ledger.createPayoutLink(b.appId, { amount: 100_00, allow_partial: true, memo: 'Thanks for the great work' });
        const el = await fixtureIn<DotsPayoutClaimFlow>(
          { lang },
          html`<dots-payout-claim-flow .adapter=${gate.adapter} link=${l.token} user-id=${userId} hidden-steps="compliance" no-draft></dots-payout-claim-flow>`,
        );
        const host = el as unknown as Host;
        await claimEditingOn(el, CLAIM_INTRO);
        await visit('empty', host);
        click(continueOf(host));
        await claimEditingOn(el, 'manage-payouts');
        click(continueOf(host));
        await claimEditingOn(el, CLAIM_REVIEW);
        // A part above the link amount is the invalid Claim.
        el.send({ type: 'change', field: 'amount_mode', value: 'partial' } as never);
        el.send({ type: 'change', field: 'amount', value: 150_00 } as never);
        await fiveStates(claimDriver(el), b, gate, visit, { invalid: true, fill: { amount_mode: 'full' }, done: flowDone });
      }),
  },
  {
    name: 'claim bad links',
    states: ['empty', 'empty', 'empty', 'empty', 'empty', 'empty'],
    run: (lang, visit) =>
      withBench({ sandbox_magic_code: false }, async (b, gate) => {
        b.ledger.refillApp(b.appId, 10_000_00);
        const expired = b.ledger.createPayoutLink(b.appId, { amount: 10_00, expires_in: 3600 });
        const canceled = b.ledger.createPayoutLink(b.appId, { amount: 10_00 });
        b.ledger.cancelPayoutLink(b.appId, canceled.id);
        const claimed = b.ledger.createPayoutLink(b.appId, { amount: 10_00 });
        b.ledger.claimPayoutLink(b.appId, { link: claimed.id, user_id: b.user({ bank: true }), idempotency_key: 'a11y-claimed' });
        // An SMS to a number ending 0000 is not delivered by the mock ledger.
        const undelivered = b.ledger.createPayoutLink(b.appId, { amount: 10_00, delivery_method: 'sms', payee: { country_code: '1', phone_number: '2015550000' } });
        b.clock.advance(2 * 3600_000);
        for (const ref of ['', 'tok_does_not_exist', expired.token, canceled.token, claimed.token, undelivered.token]) {
          const el = await fixtureIn<DotsPayoutClaimFlow>({ lang }, html`<dots-payout-claim-flow .adapter=${gate.adapter} link=${ref} no-draft></dots-payout-claim-flow>`);
          await claimUntil(el, (s) => s.ready && s.current === CLAIM_UNAVAILABLE);
          await visit('empty', el as unknown as Host);
        }
      }),
  },
];

export const ALL_SCENES = [...FLOW_SCENES, ...PRESET_SCENES, ...CLAIM_SCENES];
