// A real MockAdapter over a real Ledger on a manual clock, plus helpers to wait on an actor.
import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import { Ledger } from '../../src/core/ledger/ledger.ts';
import { ManualClock } from '../../src/core/ledger/clock.ts';
import type { CreateAppInput } from '../../src/core/ledger/inputs.ts';
import type { DraftStore, FlowActor, FlowNotice, FlowSnapshot } from '../../src/core/machine/index.ts';

let n = 0;

export interface Bench {
  adapter: MockAdapter;
  ledger: Ledger;
  clock: ManualClock;
  appId: string;
  codeFor(phone: { country_code: string; phone_number: string }): string;
  /** A user made by the operator path, with money when `cents` is given. */
  user(opts?: { phone?: string; countryCode?: string; cents?: number; bank?: boolean }): string;
  close(): void;
}

export async function bench(app: Partial<CreateAppInput> = {}): Promise<Bench> {
  const clock = new ManualClock(Date.UTC(2026, 0, 15, 12));
  const ledger = new Ledger({ clock, seed: `h3-${(n += 1)}` });
  const adapter = await createMockAdapter({ ledger, persist: 'memory', app: { name: 'Flows test app', ...app } });
  const appId = adapter.appId;
  let phoneSeq = 0;
  return {
    adapter,
    ledger,
    clock,
    appId,
    codeFor(phone) {
      const code = ledger.lastCodeFor(appId, phone);
      if (!code) throw new Error(`no code sent to ${phone.phone_number}`);
      return code;
    },
    user(opts = {}) {
      const u = ledger.createUserDirect(appId, {
        first_name: 'Grace',
        last_name: 'Hopper',
        email: 'grace@example.com',
        country_code: opts.countryCode ?? '1',
        phone_number: opts.phone ?? `20155501${String((phoneSeq += 1)).padStart(2, '0')}`,
      });
      if (opts.bank) ledger.addPayoutMethod(appId, { platform: 'ach', user_id: u.id, routing_number: '011000015', account_number: '000123456789', account_type: 'checking' });
      if (opts.cents) {
        ledger.refillApp(appId, opts.cents);
        ledger.transferToUser(appId, u.id, opts.cents);
      }
      return u.id;
    },
    close: () => adapter.close(),
  };
}

/** Resolves with the first snapshot (current or later) that matches; rejects after `ms`. */
export function until<C>(actor: FlowActor<C>, pred: (s: FlowSnapshot<C>) => boolean, ms = 5000): Promise<FlowSnapshot<C>> {
  return new Promise((resolve, reject) => {
    const now = actor.getSnapshot();
    if (pred(now)) return resolve(now);
    const timer = setTimeout(() => {
      off();
      const s = actor.getSnapshot();
      reject(new Error(`timed out; at ${s.current} (${s.status})${s.status === 'failed' ? ` ${JSON.stringify(s.error)}` : ''}`));
    }, ms);
    const off = actor.subscribe((s) => {
      if (!pred(s)) return;
      clearTimeout(timer);
      off();
      resolve(s);
    });
  });
}

/** Waits for the actor to settle on a step, ready for input. */
export const editing = <C>(actor: FlowActor<C>, step: string) => until(actor, (s) => s.current === step && s.status === 'editing');

/** Records every notice. */
export function notices<C>(actor: FlowActor<C>): FlowNotice[] {
  const list: FlowNotice[] = [];
  actor.onNotice((n) => list.push(n));
  return list;
}

/** A DraftStore that remembers every value ever written, to prove secrets never reached it. */
export function recordingStore(): DraftStore & { writes: string[]; data: Map<string, string> } {
  const data = new Map<string, string>();
  const writes: string[] = [];
  return {
    data,
    writes,
    get: (k) => data.get(k) ?? null,
    set: (k, v) => {
      writes.push(v);
      data.set(k, v);
    },
    remove: (k) => void data.delete(k),
  };
}

export function fill<C>(actor: FlowActor<C>, values: Record<string, string | boolean | number>): void {
  for (const [field, value] of Object.entries(values)) actor.send({ type: 'change', field, value });
}
