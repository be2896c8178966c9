/**
 * Property-based tests: random sequences of operations (valid and invalid, on two apps, with
 * retries and operator moves), checking after every step that money is conserved, no wallet
 * goes negative, no status change leaves the table, a retry never moves money twice and no
 * object crosses tenants.
 */
import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Ledger, ManualClock, canTransition, DotsError, TransferStatus, type Transfer } from '../../src/index.ts';

interface World {
  clock: ManualClock;
  ledger: Ledger;
  apps: string[];
  users: Record<string, string[]>;
  methods: Record<string, string[]>;
  refilled: number;
  /** every request sent with an idempotency key, to replay it */
  sent: Array<{ app: string; input: { user_id: string; amount: number; payout_method_id?: string; idempotency_key: string } }>;
  links: Record<string, string[]>;
  lastStatus: Map<string, TransferStatus>;
  illegalSeen: string[];
}

function world(seed: number): World {
  const clock = new ManualClock();
  const ledger = new Ledger({ clock, seed, processing: { failureRate: 0.2, jitterMs: 300 } });
  const w: World = { clock, ledger, apps: [], users: {}, methods: {}, refilled: 0, sent: [], links: {}, lastStatus: new Map(), illegalSeen: [] };
  ledger.subscribe('*', (e) => {
    if (e.type !== 'transfer.updated') return;
    const prev = w.lastStatus.get(e.data.id);
    if (prev === undefined ? e.data.status !== 'created' : prev !== e.data.status && !canTransition(prev, e.data.status)) {
      w.illegalSeen.push(`${e.data.id}: ${prev} -> ${e.data.status}`);
    }
    w.lastStatus.set(e.data.id, e.data.status);
  });
  for (const [i, flag] of [[0, 40_00], [1, null]] as const) {
    const app = ledger.createApp({ name: `App ${i}`, flag_threshold: flag, payout_fees: i === 0 ? { ach: 50 } : {} });
    w.apps.push(app.id);
    w.links[app.id] = [];
    ledger.refillApp(app.id, 500_00);
    w.refilled += 500_00;
    w.users[app.id] = [];
    for (let u = 0; u < 2; u++) {
      const user = ledger.createUserDirect(app.id, { first_name: `U${u}`, last_name: 'P', email: `u${u}@p.co`, country_code: '1', phone_number: `20155501${i}${u}` });
      w.users[app.id]!.push(user.id);
      const ok = ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: user.id, routing_number: '021000021', account_number: `12345${u}`, account_type: 'checking' });
      const failing = ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: user.id, routing_number: '021000021', account_number: `9${u}0000`, account_type: 'checking' });
      w.methods[user.id] = [ok.id, failing.id];
      ledger.transferToUser(app.id, user.id, 100_00);
    }
  }
  return w;
}

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

type Cmd = (w: World) => void;

/** Calls the ledger; a DotsError is a refusal (fine), anything else is a bug. */
function attempt(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof DotsError)) throw e;
    expect(['validation', 'insufficient_funds', 'illegal_transition', 'conflict', 'link_claimed', 'link_expired', 'link_canceled', 'idempotency_mismatch', 'not_found']).to.include(e.code);
  }
}

const amount = fc.integer({ min: 1, max: 120_00 });
const ix = fc.nat(50);

const commands: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ a: ix, amt: amount }).map(({ a, amt }): Cmd => (w) =>
    attempt(() => {
      w.ledger.refillApp(pick(w.apps, a), amt);
      w.refilled += amt;
    })) },
  { weight: 3, arbitrary: fc.record({ a: ix, u: ix, amt: amount, back: fc.boolean() }).map(({ a, u, amt, back }): Cmd => (w) => {
    const app = pick(w.apps, a);
    attempt(() => w.ledger.createBalanceTransfer(app, { user_id: pick(w.users[app]!, u), amount: amt, direction: back ? 'user_to_app' : 'app_to_user' }));
  }) },
  { weight: 4, arbitrary: fc.record({ a: ix, u: ix, m: ix, amt: amount, k: fc.nat(6) }).map(({ a, u, m, amt, k }): Cmd => (w) => {
    const app = pick(w.apps, a);
    const user = pick(w.users[app]!, u);
    // Keys come from a small pool so that reuse with another body happens too.
    const input = { user_id: user, amount: amt, payout_method_id: pick(w.methods[user]!, m), idempotency_key: `payout-key-${app.slice(0, 4)}-${k}` };
    attempt(() => {
      w.ledger.createPayout(app, input);
      w.sent.push({ app, input });
    });
  }) },
  { weight: 2, arbitrary: ix.map((i): Cmd => (w) => {
    // An idempotent retry must not move any money.
    if (!w.sent.length) return;
    const { app, input } = pick(w.sent, i);
    const before = JSON.stringify(w.ledger.snapshot().transfers.map((t) => t.transfer.transactions.length));
    const count = w.ledger.listTransfers(app, { limit: 100 }).data.length;
    const t = w.ledger.createPayout(app, { ...input });
    expect(t.amount).to.equal(input.amount);
    expect(w.ledger.listTransfers(app, { limit: 100 }).data.length).to.equal(count);
    expect(JSON.stringify(w.ledger.snapshot().transfers.map((x) => x.transfer.transactions.length))).to.equal(before);
  }) },
  { weight: 3, arbitrary: fc.record({ a: ix, t: ix, to: fc.constantFrom(...TransferStatus.options) }).map(({ a, t, to }): Cmd => (w) => {
    const app = pick(w.apps, a);
    const list = w.ledger.listTransfers(app, { limit: 100 }).data;
    if (!list.length) return;
    const target = pick(list, t);
    try {
      w.ledger.transitionTransfer(app, target.id, to);
      expect(canTransition(target.status, to)).to.equal(true);
    } catch (e) {
      expect((e as DotsError).code).to.equal('illegal_transition');
      expect(canTransition(target.status, to)).to.equal(false);
      expect(w.ledger.getTransfer(app, target.id).status).to.equal(target.status);
    }
  }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 6000 }).map((ms): Cmd => (w) => w.clock.advance(ms)) },
  { weight: 2, arbitrary: fc.record({ a: ix, amt: amount, partial: fc.boolean() }).map(({ a, amt, partial }): Cmd => (w) => {
    const app = pick(w.apps, a);
    attempt(() => w.links[app]!.push(w.ledger.createPayoutLink(app, { amount: amt, allow_partial: partial, expires_in: 60 }).id));
  }) },
  { weight: 3, arbitrary: fc.record({ a: ix, l: ix, u: ix, k: fc.nat(3), cancel: fc.boolean() }).map(({ a, l, u, k, cancel }): Cmd => (w) => {
    const app = pick(w.apps, a);
    if (!w.links[app]!.length) return;
    const link = pick(w.links[app]!, l);
    if (cancel) attempt(() => w.ledger.cancelPayoutLink(app, link));
    else attempt(() => w.ledger.claimPayoutLink(app, { link, user_id: pick(w.users[app]!, u), idempotency_key: `claim-key-${k}` }));
  }) },
  { weight: 1, arbitrary: fc.record({ a: ix, u: ix }).map(({ a, u }): Cmd => (w) => {
    // Reaching into the other app never finds anything.
    const [mine, other] = a % 2 ? [w.apps[0]!, w.apps[1]!] : [w.apps[1]!, w.apps[0]!];
    const userId = pick(w.users[mine]!, u);
    for (const call of [
      () => w.ledger.getUser(other, userId),
      () => w.ledger.getWallet(other, userId),
      () => w.ledger.transferToUser(other, userId, 1),
      () => w.ledger.createPayout(other, { user_id: userId, amount: 1, idempotency_key: 'cross-tenant-key' }),
    ]) {
      try {
        call();
        expect.fail('crossed tenants');
      } catch (e) {
        expect((e as DotsError).code).to.equal('not_found');
      }
    }
    const theirs = w.ledger.listTransfers(other, { limit: 100, user_id: userId }).data;
    expect(theirs).to.deep.equal([]);
  }) },
);

function completedOut(w: World): number {
  let out = 0;
  for (const app of w.apps) {
    let page: Transfer[] = [];
    let after: string | undefined;
    do {
      const p = w.ledger.listTransfers(app, { type: 'payout', status: ['completed'], limit: 100, ...(after ? { starting_after: after } : {}) });
      page = p.data;
      out += page.reduce((s, t) => s + t.amount - t.fee, 0);
      after = p.has_more ? page[page.length - 1]!.id : undefined;
    } while (after);
  }
  return out;
}

function checkWorld(w: World): void {
  expect(w.ledger.checkInvariants().problems).to.deep.equal([]);
  expect(w.illegalSeen).to.deep.equal([]);
  let inWallets = 0;
  for (const app of w.apps) {
    const aw = w.ledger.getAppWallet(app);
    expect(aw.withdrawable_amount).to.be.at.least(0);
    inWallets += aw.amount;
    for (const u of w.users[app]!) {
      const uw = w.ledger.getWallet(app, u);
      expect(uw.withdrawable_amount).to.be.at.least(0);
      expect(uw.amount).to.equal(uw.withdrawable_amount + uw.pending_amount);
      inWallets += uw.amount;
    }
  }
  // Conservation: what is in the wallets is what came in minus what left for good.
  expect(inWallets).to.equal(w.refilled - completedOut(w));
}

describe('ledger properties (fast-check)', () => {
  it('keeps the books sound over random operation sequences', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(commands, { minLength: 5, maxLength: 40, size: 'medium' }), (seed, cmds) => {
        const w = world(seed);
        for (const cmd of cmds) {
          cmd(w);
          checkWorld(w);
        }
        w.clock.runAll();
        checkWorld(w);
        // Once the clock has run out, nothing automatic is left in flight except flagged or manual ones.
        for (const app of w.apps) {
          for (const t of w.ledger.listTransfers(app, { limit: 100, status: ['created'] }).data) expect(t.type).to.equal('payout');
        }
      }),
      { numRuns: 120 },
    );
  });

  it('is deterministic: the same seed and operations give the same snapshot', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(commands, { minLength: 5, maxLength: 20, size: 'medium' }), (seed, cmds) => {
        const a = world(seed);
        const b = world(seed);
        for (const cmd of cmds) {
          cmd(a);
          cmd(b);
        }
        expect(b.ledger.snapshot()).to.deep.equal(a.ledger.snapshot());
      }),
      { numRuns: 40 },
    );
  });

  it('survives a snapshot round trip at any point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(commands, { minLength: 5, maxLength: 30, size: 'medium' }), (seed, cmds) => {
        const w = world(seed);
        for (const cmd of cmds) cmd(w);
        const snap = JSON.parse(JSON.stringify(w.ledger.snapshot()));
        const copy = Ledger.restore(snap, { clock: new ManualClock(w.clock.now()) });
        expect(copy.checkInvariants().problems).to.deep.equal([]);
        expect(copy.snapshot()).to.deep.equal(w.ledger.snapshot());
      }),
      { numRuns: 40 },
    );
  });
});
