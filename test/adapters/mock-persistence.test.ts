// The mock adapter across "tabs": several adapter instances, each with its own Ledger, on one
// IndexedDB database, as two tabs of one origin (or a tab before and after a reload) would be.
import { expect } from '@open-wc/testing';
import { ManualClock } from '../../src/core/ledger/clock.ts';
import { DotsError } from '../../src/core/ledger/errors.ts';
import type { LedgerEvent } from '../../src/core/ledger/schemas.ts';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import { TEST_ACH, expectDotsError, freshPhone } from '../adapter-contract.ts';
import { freshDbName } from './mock-harness.ts';

const open: MockAdapter[] = [];
async function tab(dbName: string, label: string, clock = new ManualClock(Date.now())): Promise<MockAdapter> {
  const a = await createMockAdapter({ dbName, persist: 'indexeddb', clock, seed: `${dbName}-${label}` });
  open.push(a);
  return a;
}

async function onboard(a: MockAdapter) {
  const phone = freshPhone();
  await a.sendVerificationCode(phone);
  const code = a.ledger.lastCodeFor(a.appId, phone)!;
  const { session } = await a.verifyCode({ ...phone, code });
  const user = await a.createUser({ ...phone, first_name: 'Tab', last_name: 'User', email: 'tab@example.com', session });
  const pm = await a.addPayoutMethod({ platform: 'ach', user_id: user.id, ...TEST_ACH });
  return { user, pm };
}

function waitFor(a: MockAdapter, match: (e: LedgerEvent) => boolean): Promise<LedgerEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no event')), 10_000);
    const off = a.subscribe((e) => {
      if (!match(e)) return;
      clearTimeout(timer);
      off();
      resolve(e);
    });
  });
}

afterEach(() => {
  for (const a of open.splice(0)) a.close();
});

describe('mock adapter: IndexedDB persistence and tabs', () => {
  it('keeps everything across a reload (a new adapter and ledger on the same database)', async () => {
    const db = freshDbName('reload');
    const first = await tab(db, 'before');
    const { user, pm } = await onboard(first);
    await first.operate((l, app) => {
      l.refillApp(app, 1200);
      l.transferToUser(app, user.id, 1200);
    });
    first.close();

    const reloaded = await tab(db, 'after');
    expect(reloaded.appId).to.equal(first.appId);
    expect((await reloaded.getUser(user.id)).email).to.equal('tab@example.com');
    expect((await reloaded.listPayoutMethods(user.id)).map((m) => m.id)).to.deep.equal([pm.id]);
    expect(await reloaded.getWallet(user.id)).to.deep.equal({ amount: 1200, withdrawable_amount: 1200, pending_amount: 0 });
    expect(reloaded.ledger.checkInvariants().ok).to.equal(true);
  });

  it('two tabs racing to claim one payout link: exactly one wins, the money moves once', async () => {
    const db = freshDbName('race');
    const a = await tab(db, 'a');
    const b = await tab(db, 'b');
    const { user, pm } = await onboard(a);
    const link = await a.operate((l, app) => {
      l.refillApp(app, 3000);
      return l.createPayoutLink(app, { amount: 3000 });
    });
    const claim = (t: MockAdapter, k: string) =>
      t.claimPayoutLink({ link: link.token, user_id: user.id, payout_method_id: pm.id, idempotency_key: `${k}-${crypto.randomUUID()}` });
    const results = await Promise.allSettled([claim(a, 'tab-a'), claim(b, 'tab-b'), claim(a, 'tab-a2'), claim(b, 'tab-b2')]);
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).to.have.length(1);
    for (const r of results.filter((x) => x.status === 'rejected') as PromiseRejectedResult[]) {
      expect(r.reason).to.be.instanceOf(DotsError);
      expect((r.reason as DotsError).code).to.equal('link_claimed');
    }
    for (const t of [a, b]) {
      const payouts = await t.listTransfers({ user_id: user.id, type: 'payout' });
      expect(payouts.data).to.have.length(1);
      expect((await t.getPayoutLink(link.id)).status).to.equal('claimed');
      expect(t.ledger.checkInvariants().ok).to.equal(true);
    }
  });

  it("tells the other tab's subscribers what changed", async () => {
    const db = freshDbName('events');
    const a = await tab(db, 'a');
    const b = await tab(db, 'b');
    const { user } = await onboard(a);
    const heard = waitFor(b, (e) => e.type === 'user.updated' && e.data.id === user.id && e.data.first_name === 'Renamed');
    await a.updateUser({ user_id: user.id, first_name: 'Renamed' });
    const e = await heard;
    expect(e.app_id).to.equal(b.appId);
    // and b's own reads see the new state without a reload
    expect((await b.getUser(user.id)).first_name).to.equal('Renamed');
  });

  it('persists what the clock does (a payout settling) so a reload sees it', async () => {
    const db = freshDbName('clock');
    const clock = new ManualClock(Date.now());
    const a = await tab(db, 'a', clock);
    const { user, pm } = await onboard(a);
    await a.operate((l, app) => {
      l.refillApp(app, 500);
      l.transferToUser(app, user.id, 500);
    });
    const t = await a.createPayout({ user_id: user.id, amount: 500, payout_method_id: pm.id, idempotency_key: `clock-${crypto.randomUUID()}` });
    const completed = waitFor(a, (e) => e.type === 'transfer.completed' && e.data.id === t.id);
    clock.advance(60_000); // the ledger's own timer, outside any adapter call
    await completed;
    // a write after the clock event waits on the same lock, so the flush is stored by then
    await a.operate(() => undefined);
    a.close();
    const later = await tab(db, 'later');
    expect((await later.getTransfer(t.id)).status).to.equal('completed');
  });

  it('reset() keeps the app and clears everything else, in every tab', async () => {
    const db = freshDbName('reset');
    const a = await tab(db, 'a');
    const b = await tab(db, 'b');
    const { user } = await onboard(a);
    const appId = a.appId;
    a.faults.failNext('server', 5);
    await a.reset();
    expect(a.faults.state.enabled).to.equal(false);
    expect(a.appId).to.equal(appId);
    expect((await a.getAppSettings()).app_id).to.equal(appId);
    await expectDotsError(a.getUser(user.id), 'not_found');
    await expectDotsError(b.getUser(user.id), 'not_found');
    const again = await onboard(b);
    expect((await a.getUser(again.user.id)).id).to.equal(again.user.id);
  });
});
