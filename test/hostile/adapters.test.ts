// The hostile catalog against every adapter input: the zod input schemas, the MockAdapter (real
// ledger) and the HttpAdapter (a fetch that records what would have been sent). Each value is
// accepted (and kept as typed) or refused with a typed DotsError naming the field; nothing throws
// anything else, a refused input sends nothing, and the ledger's books still balance.
import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import { expect } from '@open-wc/testing';
import { parseInput } from '../../src/adapters/boundary.ts';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.ts';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import { ManualClock } from '../../src/core/ledger/clock.ts';
import { DotsError, ERROR_CODES } from '../../src/core/ledger/errors.ts';
import { Ledger } from '../../src/core/ledger/ledger.ts';
import { HOSTILE_CASES, TEXT_CASES } from './catalog.ts';
import { SLOTS, at, callSlot, type Slot, type SlotIds } from './slots.ts';

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v) : String(v));

/** Text slots take every text case; number slots take every case (a string amount must be refused too). */
function inputsFor(slot: Slot): Array<{ id: string; value: string | number }> {
  const list = slot.accepts === 'number' ? HOSTILE_CASES : TEXT_CASES;
  return list.map((c) => ({ id: c.id, value: c.input }));
}

/**
 * Fields read as one value: a calling code and a national number make one phone, and the ledger
 * may blame the number for a pair that is wrong as a whole (`+0 2015550123`).
 */
const READ_TOGETHER: Record<string, string[]> = { country_code: ['phone_number'] };

/** What a refusal must look like: a DotsError with a known code; `validation` names the slot's field. */
function checkRefusal(slot: Slot, e: unknown): string | null {
  if (!(e instanceof DotsError)) return `threw a ${e instanceof Error ? e.name : typeof e}: ${String((e as Error)?.message ?? e)}`;
  if (!Object.hasOwn(ERROR_CODES, e.code)) return `unknown code ${e.code}`;
  if (typeof e.retryable !== 'boolean') return 'retryable is not a boolean';
  const named = e.field === slot.path || (READ_TOGETHER[slot.path] ?? []).includes(e.field ?? '');
  if (e.code === 'validation' && slot.path && !named) return `validation names ${show(e.field)}, not ${slot.path}`;
  return null;
}

describe('hostile catalog: adapter input schemas', () => {
  const ids: SlotIds = {
    userId: 'usr_1',
    methodId: 'pm_1',
    linkToken: 'tok_1',
    flowId: 'flw_1',
    transferId: 'tr_1',
    freshSession: async () => ({ country_code: '1', phone_number: '2015550123', session: 'sess_1' }),
  };
  for (const slot of SLOTS.filter((s) => s.schema)) {
    it(`${slot.name}: accepted or refused with field ${slot.path}`, async () => {
      const problems: string[] = [];
      for (const { id, value } of inputsFor(slot)) {
        const input = await slot.build(value, ids);
        try {
          const out = parseInput(slot.schema!, input);
          // what was accepted is what was given (zod may only trim it)
          const kept = at(out, slot.path);
          if (typeof value === 'string' && typeof kept === 'string' && kept !== value && kept !== value.trim()) problems.push(`${id}: rewritten to ${show(kept)}`);
        } catch (e) {
          const p = checkRefusal(slot, e);
          if (p) problems.push(`${id} ${show(value)}: ${p}`);
        }
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});

describe('hostile catalog: MockAdapter methods on a real ledger', function () {
  this.timeout(120_000);
  let adapter: MockAdapter;
  let ledger: Ledger;
  let ids: SlotIds;
  let phoneSeq = 0;

  before(async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 15, 12));
    ledger = new Ledger({ clock, seed: 'hostile-adapters' });
    adapter = await createMockAdapter({ ledger, persist: 'memory', app: { name: 'Hostile app', sandbox_magic_code: true } });
    const appId = adapter.appId;
    const user = ledger.createUserDirect(appId, { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', country_code: '1', phone_number: '2015550100' });
    const method = ledger.addPayoutMethod(appId, { platform: 'ach', user_id: user.id, routing_number: '021000021', account_number: '000123456789', account_type: 'checking' });
    ledger.refillApp(appId, 50_000_000_00);
    ledger.transferToUser(appId, user.id, 10_000_000_00);
    const link = ledger.createPayoutLink(appId, { amount: 1_000, allow_partial: true });
    const flow = ledger.createFlow(appId, { steps: ['payout'] });
    const transfer = ledger.createPayout(appId, { user_id: user.id, amount: 1_000, payout_method_id: method.id, idempotency_key: 'hostile-setup-payout' });
    ids = {
      userId: user.id,
      methodId: method.id,
      linkToken: link.token,
      flowId: flow.id,
      transferId: transfer.id,
      async freshSession() {
        const phone = { country_code: '1', phone_number: `20155${String((phoneSeq += 1)).padStart(5, '0')}` };
        ledger.sendVerificationCode(appId, phone);
        const { session } = ledger.verifyCode(appId, { ...phone, code: '000000' });
        return { ...phone, session };
      },
    };
  });
  after(() => adapter.close());

  for (const slot of SLOTS) {
    it(`${slot.name}: a typed answer for every case; the books balance`, async () => {
      const problems: string[] = [];
      for (const { id, value } of inputsFor(slot)) {
        const input = await slot.build(value, ids);
        try {
          const out = await callSlot(adapter, slot, input);
          if (slot.echo && typeof value === 'string') {
            const kept = at(out, slot.echo);
            if (kept !== value.trim()) problems.push(`${id}: accepted but stored ${show(kept)} for ${show(value)}`);
          }
        } catch (e) {
          const p = checkRefusal(slot, e);
          if (p) problems.push(`${id} ${show(value)}: ${p}`);
        }
      }
      const report = ledger.checkInvariants();
      expect(report.problems).to.deep.equal([]);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('the real objects survived: the payout method, the user and the flow are still there', async () => {
    const methods = await adapter.listPayoutMethods(ids.userId);
    expect(methods.map((m) => m.id)).to.include(ids.methodId);
    expect((await adapter.getFlow(ids.flowId)).id).to.equal(ids.flowId);
    expect(ledger.checkInvariants().ok).to.equal(true);
  });

  it('prototype keys in metadata stay data: nothing pollutes Object.prototype', async () => {
    const metadata = JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"note":"<img src=x>"}') as Record<string, unknown>;
    const flow = await adapter.createFlow({ steps: ['payout'], metadata });
    const updated = await adapter.updateUser({ user_id: ids.userId, metadata });
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
    expect(flow.metadata?.['note']).to.equal('<img src=x>');
    expect(updated.metadata?.['note']).to.equal('<img src=x>');
  });
});

/** The route each method must stay under, whatever id it is given. */
const ROUTES: Partial<Record<keyof HttpAdapter, RegExp>> = {
  sendVerificationCode: /^\/dots-flows\/v1\/verification-codes$/,
  verifyCode: /^\/dots-flows\/v1\/verification-codes\/verify$/,
  createUser: /^\/v2\/users$/,
  getUser: /^\/v2\/users\/[^/]+(\/payout-methods)?$/,
  updateUser: /^\/v2\/users\/[^/]+(\/payout-methods)?$/,
  getWallet: /^\/v2\/users\/[^/]+$/,
  submitCompliance: /^\/v2\/users\/[^/]+(\/compliance|\/payout-methods)?$/,
  verifyIdentity: /^\/dots-flows\/v1\/users\/[^/]+\/id-verification$/,
  listPayoutMethods: /^\/v2\/users\/[^/]+\/payout-methods$/,
  addPayoutMethod: /^\/v2\/users\/[^/]+\/payout-methods$/,
  removePayoutMethod: /^\/dots-flows\/v1\/users\/[^/]+\/payout-methods\/[^/]+$/,
  setDefaultPayoutMethod: /^\/v2\/users\/[^/]+(\/payout-methods)?$/,
  createPayout: /^\/v2\/(payouts|users\/[^/]+\/payout-methods)$/,
  listTransfers: /^\/v2\/transfers$/,
  getTransfer: /^\/v2\/transfers\/[^/]+$/,
  getPayoutLink: /^\/v2\/payout-links\/[^/]+$/,
  claimPayoutLink: /^\/dots-flows\/v1\/payout-links\/[^/]+\/claim$/,
  createFlow: /^\/v2\/flows$/,
  getFlow: /^\/v2\/flows\/[^/]+$/,
  updateFlow: /^\/dots-flows\/v1\/flows\/[^/]+$/,
};

describe('hostile catalog: HttpAdapter inputs', function () {
  this.timeout(120_000);
  const BASE = 'https://payouts.host.example/api';
  const ids: SlotIds = {
    userId: 'usr_1',
    methodId: 'pm_1',
    linkToken: 'tok_1',
    flowId: 'flw_1',
    transferId: 'tr_1',
    freshSession: async () => ({ country_code: '1', phone_number: '2015550123', session: 'sess_1' }),
  };

  /** Calls the slot with the value on an adapter whose backend is down, recording every URL requested. */
  async function attempt(slot: Slot, value: unknown): Promise<{ error: unknown; sent: string[] }> {
    const sent: string[] = [];
    // a backend that is down: every request that does go out fails, so we see all of them
    const adapter = new HttpAdapter({
      baseUrl: BASE,
      appId: 'app_1',
      getToken: async () => 'token',
      retries: 0,
      fetch: async (url) => {
        sent.push(url);
        return new Response('{"error":{"code":"server","message":"down"}}', { status: 503, headers: { 'content-type': 'application/json' } });
      },
    });
    try {
      await callSlot(adapter, slot, await slot.build(value, ids));
      return { error: null, sent };
    } catch (error) {
      return { error, sent };
    }
  }

  for (const slot of SLOTS) {
    it(`${slot.name}: a typed error for every case; a refused input sends nothing`, async () => {
      const problems: string[] = [];
      for (const { id, value } of inputsFor(slot)) {
        const { error, sent } = await attempt(slot, value);
        if (error === null) problems.push(`${id}: resolved against a backend that is down`);
        const p = checkRefusal(slot, error);
        if (p) problems.push(`${id} ${show(value)}: ${p}`);
        if (error instanceof DotsError && error.code === 'validation' && sent.length) problems.push(`${id}: refused as validation but sent ${sent.join(', ')}`);
        for (const url of sent) if (new URL(url).origin !== new URL(BASE).origin) problems.push(`${id}: requested another origin: ${url}`);
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('no id, whatever was typed, moves a request off its route (dot segments, empty ids, slashes, queries)', async () => {
    const problems: string[] = [];
    for (const slot of SLOTS) {
      const route = ROUTES[slot.method as keyof HttpAdapter];
      if (!route) continue;
      for (const { id, value } of inputsFor(slot)) {
        const { sent } = await attempt(slot, value);
        for (const url of sent) {
          // what the browser will request: the URL after parsing (dot segments resolved)
          const u = new URL(url);
          const path = u.pathname.startsWith('/api/') ? u.pathname.slice(4) : `(outside /api) ${u.pathname}`;
          if (!route.test(path)) problems.push(`${slot.name} ${id} ${show(value)}: requests ${u.pathname}`);
        }
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
