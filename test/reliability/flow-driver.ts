/**
 * Drives <dots-flow> through sign-in, W-9, a bank account and a payout on an IndexedDB-backed
 * MockAdapter, the way a person would (field values, Continue, Try again), and can "reload the
 * tab": remove the element, close the adapter, open a new adapter on the same database and a new
 * element on the same draft key.
 */
import { html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import type { BackendAdapter } from '../../src/adapters/types.ts';
import { ManualClock } from '../../src/core/ledger/clock.ts';
import { DotsError } from '../../src/core/ledger/errors.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { freshDbName } from '../adapters/mock-harness.ts';
import { snap, until, type Snap } from '../flows/helpers.ts';

export const STEPS = 'compliance manage-payouts payout';
export const SCREENS = ['sign-in-phone', 'sign-in-code', 'sign-in-profile', 'compliance-w9', 'manage-payouts', 'payout'] as const;
export type Screen = (typeof SCREENS)[number];
export const FUNDS = 12_345;

let seq = 0;

export interface Tab {
  adapter: MockAdapter;
  /** what the element holds: the adapter, or a wrapper of it that drops or holds answers */
  door: BackendAdapter;
  flow: DotsFlow;
}

export class Journey {
  readonly dbName = freshDbName('journey');
  readonly draftKey = `journey-draft-${Date.now().toString(36)}-${(seq += 1)}`;
  readonly phone = { country_code: '1', phone_number: `20155${String(((Date.now() % 1000) * 97 + (seq * 13)) % 100_000).padStart(5, '0')}` };
  tab!: Tab;
  readonly adapters: MockAdapter[] = [];
  funded = false;
  /** wraps each new tab's adapter (fault plans) */
  wrap: (a: MockAdapter) => BackendAdapter = (a) => a;

  async open(opts: { userId?: string; steps?: string } = {}): Promise<Tab> {
    const adapter = await createMockAdapter({
      dbName: this.dbName,
      persist: 'indexeddb',
      clock: new ManualClock(Date.UTC(2026, 0, 15, 12)),
      seed: `${this.dbName}-${this.adapters.length}`,
      ...(this.adapters.length === 0 ? { app: { name: 'Journey app', sandbox_magic_code: false } } : {}),
    });
    this.adapters.push(adapter);
    const door = this.wrap(adapter);
    const flow = await fixtureIn<DotsFlow>({ lang: 'en' }, html`<dots-flow .adapter=${door} steps=${opts.steps ?? STEPS} user-id=${ifDefined(opts.userId)} draft-key=${this.draftKey}></dots-flow>`);
    this.tab = { adapter, door, flow };
    await until(flow, (s) => s.ready && (s.status === 'editing' || s.status === 'failed' || s.status === 'complete'));
    return this.tab;
  }

  /** Closes the tab (element gone, adapter closed, nothing awaited) and opens a new one. */
  async reload(): Promise<Tab> {
    this.tab.flow.remove();
    this.tab.adapter.close();
    return this.open();
  }

  close(): void {
    this.tab?.flow.remove();
    for (const a of this.adapters) a.close();
    sessionStorage.removeItem(this.draftKey);
  }

  get flow(): DotsFlow {
    return this.tab.flow;
  }

  /** Types what the current screen needs (sensitive values again after a reload). */
  async fill(screen: Screen): Promise<void> {
    const f = this.flow;
    const set = (field: string, value: string | boolean) => f.send({ type: 'change', field, value });
    switch (screen) {
      case 'sign-in-phone':
        set('country', 'US');
        set('phone', this.phone.phone_number);
        return;
      case 'sign-in-code': {
        const code = await this.tab.adapter.operate((l, app) => l.lastCodeFor(app, this.phone));
        set('code', code ?? '');
        return;
      }
      case 'sign-in-profile':
        set('first_name', 'Ada');
        set('last_name', 'Lovelace');
        set('email', 'ada@example.com');
        return;
      case 'compliance-w9':
        for (const [k, v] of Object.entries({ legal_name: 'Ada Lovelace', tax_id: '123-45-6789', address_line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701' })) set(k, v);
        set('certified', true);
        return;
      case 'manage-payouts':
        set('platform', 'ach');
        set('routing_number', '021000021');
        set('account_number', '000123456789');
        set('account_type', 'checking');
        return;
      case 'payout':
        set('amount_mode', 'full');
        return;
    }
  }

  /** Money for the payout, once the user exists (an operator action, in whichever tab is open). */
  async fundOnce(): Promise<void> {
    const userId = snap(this.flow).userId;
    if (this.funded || !userId) return;
    this.funded = true;
    await this.tab.adapter.operate((l, app) => {
      l.refillApp(app, FUNDS);
      l.transferToUser(app, userId, FUNDS);
    });
  }

  /** Waits until the flow is ready for input on some screen (or failed, or done). */
  settled(): Promise<Snap> {
    return until(this.flow, (s) => s.status !== 'submitting', 15_000);
  }

  /** The state of the books, read by a new tab from the database. */
  async books() {
    const check = await createMockAdapter({ dbName: this.dbName, persist: 'indexeddb', clock: new ManualClock(Date.UTC(2026, 0, 15, 12)), seed: `${this.dbName}-check` });
    this.adapters.push(check);
    return check.operate((l, app) => ({
      users: l.listUsers(app).data,
      payouts: l.listTransfers(app, { type: 'payout' }).data,
      flows: l.listFlows(app).data,
      invariants: l.checkInvariants(),
      methods: l.listUsers(app).data.flatMap((u) => l.listPayoutMethods(app, u.id)),
    }));
  }
}

/**
 * An adapter that does the work of the next call of `method`, then loses the answer: `drop`
 * rejects with `network`, `hold` never answers (until aborted). Everything else goes straight
 * through. This is the network between the tab and the backend, not our code, failing.
 */
export function losingAnswers(real: MockAdapter, plan: { method: keyof BackendAdapter; mode: 'drop' | 'hold'; times?: number }): BackendAdapter & { lost: number } {
  let left = plan.times ?? 1;
  const state = { lost: 0 };
  return new Proxy(real, {
    get(target, prop, receiver) {
      if (prop === 'lost') return state.lost;
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop !== plan.method || typeof value !== 'function' || left <= 0) return typeof value === 'function' ? value.bind(target) : value;
      return async (...args: unknown[]) => {
        const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (left <= 0) return result;
        left -= 1;
        state.lost += 1;
        if (plan.mode === 'drop') throw new DotsError('network', 'The answer was lost on the way back.');
        const signal = (args[1] as { signal?: AbortSignal } | undefined)?.signal;
        return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new DotsError('aborted', 'The request was aborted.')), { once: true }));
      };
    },
  }) as unknown as BackendAdapter & { lost: number };
}
