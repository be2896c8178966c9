// Races: several MockAdapter instances on one IndexedDB database are several tabs of one origin
// (each its own Ledger; Web Locks serialise them). Exactly one of two claims of a link wins,
// exactly one of two withdrawals of one balance wins, a double submit makes one transfer, and the
// books balance afterwards, read fresh from the database by a new tab.
import { expect, html } from '@open-wc/testing';
import '../../src/define.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.ts';
import { ManualClock } from '../../src/core/ledger/clock.ts';
import { DotsError } from '../../src/core/ledger/errors.ts';
import type { Transfer } from '../../src/core/ledger/schemas.ts';
import { buildFlow, type DotsContext } from '../../src/core/flows/index.ts';
import { createFlowActor, type FlowActor } from '../../src/core/machine/index.ts';
import { call, httpAdapterFor, newApp } from '../adapters/http-harness.ts';
import { freshDbName } from '../adapters/mock-harness.ts';

const open: MockAdapter[] = [];
async function tab(dbName: string, label: string): Promise<MockAdapter> {
  const a = await createMockAdapter({ dbName, persist: 'indexeddb', clock: new ManualClock(Date.UTC(2026, 0, 15, 12)), seed: `${dbName}-${label}` });
  open.push(a);
  return a;
}
afterEach(() => {
  for (const a of open.splice(0)) a.close();
});

let phoneSeq = 0;
/** A payee with an ACH method and `cents` in their wallet, made by the operator in one tab. */
async function payee(a: MockAdapter, cents: number) {
  return a.operate((l, appId) => {
    const user = l.createUserDirect(appId, {
      first_name: 'Race',
      last_name: 'Payee',
      email: 'race@example.com',
      country_code: '1',
      phone_number: `20155${String(((Date.now() % 1000) * 100 + (phoneSeq += 1)) % 100_000).padStart(5, '0')}`,
    });
    const pm = l.addPayoutMethod(appId, { platform: 'ach', user_id: user.id, routing_number: '021000021', account_number: '000123456789', account_type: 'checking' });
    if (cents) {
      l.refillApp(appId, cents);
      l.transferToUser(appId, user.id, cents);
    }
    return { userId: user.id, pmId: pm.id };
  });
}

type Settled<T> = { ok: true; value: T } | { ok: false; code: string };
const settle = <T>(p: Promise<T>): Promise<Settled<T>> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (e: unknown) => ({ ok: false as const, code: e instanceof DotsError ? e.code : `not a DotsError: ${String(e)}` }),
  );

/** The stored state, as a tab opened now would load it. */
async function fresh(dbName: string) {
  const a = await tab(dbName, `check-${Math.random()}`);
  return a;
}

describe('concurrency: tabs, double clicks, one balance', function () {
  this.timeout(60_000);

  it('five tabs claim one payout link at once: exactly one wins, four get link_claimed; the money moves once', async () => {
    const db = freshDbName('race-link');
    const tabs = await Promise.all([0, 1, 2, 3, 4].map((i) => tab(db, `t${i}`)));
    const { userId, pmId } = await payee(tabs[0]!, 0);
    const link = await tabs[0]!.operate((l, appId) => {
      l.refillApp(appId, 3_000);
      return l.createPayoutLink(appId, { amount: 3_000 });
    });
    const results = await Promise.all(
      tabs.map((t, i) => settle(t.claimPayoutLink({ link: link.token, user_id: userId, payout_method_id: pmId, idempotency_key: `claim-tab-${i}-${link.id}` }))),
    );
    expect(results.filter((r) => r.ok)).to.have.length(1);
    expect(results.filter((r) => !r.ok).map((r) => (r as { code: string }).code)).to.deep.equal(['link_claimed', 'link_claimed', 'link_claimed', 'link_claimed']);

    const check = await fresh(db);
    const payouts = (await check.listTransfers({ user_id: userId, type: 'payout' })).data;
    expect(payouts).to.have.length(1);
    expect((await check.getPayoutLink(link.id)).status).to.equal('claimed');
    expect(check.ledger.checkInvariants().problems).to.deep.equal([]);
  });

  it('two different payees in two tabs race for one link: one is paid, the other gets link_claimed', async () => {
    const db = freshDbName('race-payees');
    const [a, b] = [await tab(db, 'a'), await tab(db, 'b')];
    const pa = await payee(a, 0);
    const pb = await payee(b, 0);
    const link = await a.operate((l, appId) => {
      l.refillApp(appId, 1_000);
      return l.createPayoutLink(appId, { amount: 1_000 });
    });
    const [ra, rb] = await Promise.all([
      settle(a.claimPayoutLink({ link: link.token, user_id: pa.userId, payout_method_id: pa.pmId, idempotency_key: 'claim-a-0001' })),
      settle(b.claimPayoutLink({ link: link.token, user_id: pb.userId, payout_method_id: pb.pmId, idempotency_key: 'claim-b-0001' })),
    ]);
    expect([ra.ok, rb.ok].filter(Boolean)).to.have.length(1);
    expect([ra, rb].find((r) => !r.ok)).to.deep.equal({ ok: false, code: 'link_claimed' });
    const check = await fresh(db);
    const paid = [pa.userId, pb.userId].map(async (u) => (await check.listTransfers({ user_id: u, type: 'payout' })).data.length);
    expect((await Promise.all(paid)).sort()).to.deep.equal([0, 1]);
    expect(check.ledger.checkInvariants().problems).to.deep.equal([]);
  });

  it('two withdrawals of the whole balance race from two tabs: one succeeds, the other is insufficient_funds', async () => {
    const db = freshDbName('race-balance');
    const [a, b] = [await tab(db, 'a'), await tab(db, 'b')];
    const { userId, pmId } = await payee(a, 5_000);
    const [ra, rb] = await Promise.all([
      settle(a.createPayout({ user_id: userId, amount: 5_000, payout_method_id: pmId, idempotency_key: 'withdraw-tab-a' })),
      settle(b.createPayout({ user_id: userId, amount: 5_000, payout_method_id: pmId, idempotency_key: 'withdraw-tab-b' })),
    ]);
    expect([ra.ok, rb.ok].filter(Boolean)).to.have.length(1);
    expect([ra, rb].find((r) => !r.ok)).to.deep.equal({ ok: false, code: 'insufficient_funds' });
    const check = await fresh(db);
    expect(await check.getWallet(userId)).to.deep.equal({ amount: 5_000, withdrawable_amount: 0, pending_amount: 5_000 });
    expect((await check.listTransfers({ user_id: userId, type: 'payout' })).data).to.have.length(1);
    expect(check.ledger.checkInvariants().problems).to.deep.equal([]);
  });

  it('ten partial withdrawals race from two tabs for a balance that covers three: exactly three succeed', async () => {
    const db = freshDbName('race-many');
    const [a, b] = [await tab(db, 'a'), await tab(db, 'b')];
    const { userId, pmId } = await payee(a, 3_000);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => settle((i % 2 ? a : b).createPayout({ user_id: userId, amount: 1_000, payout_method_id: pmId, idempotency_key: `many-${i}-withdraw` }))),
    );
    expect(results.filter((r) => r.ok)).to.have.length(3);
    expect(new Set(results.filter((r) => !r.ok).map((r) => (r as { code: string }).code))).to.deep.equal(new Set(['insufficient_funds']));
    const check = await fresh(db);
    expect((await check.getWallet(userId)).withdrawable_amount).to.equal(0);
    expect(check.ledger.checkInvariants().problems).to.deep.equal([]);
  });

  it('a double click sends the same key from two tabs at once: one transfer, both see it', async () => {
    const db = freshDbName('race-same-key');
    const [a, b] = [await tab(db, 'a'), await tab(db, 'b')];
    const { userId, pmId } = await payee(a, 5_000);
    const input = { user_id: userId, amount: 2_000, payout_method_id: pmId, idempotency_key: 'double-click-key' };
    const [ra, rb] = await Promise.all([settle(a.createPayout(input)), settle(b.createPayout(input)), settle(a.createPayout(input))]);
    expect(ra.ok && rb.ok).to.equal(true);
    expect((ra as { value: Transfer }).value.id).to.equal((rb as { value: Transfer }).value.id);
    const check = await fresh(db);
    expect((await check.listTransfers({ user_id: userId, type: 'payout' })).data).to.have.length(1);
    expect((await check.getWallet(userId)).withdrawable_amount).to.equal(3_000);
    expect(check.ledger.checkInvariants().problems).to.deep.equal([]);
  });

  it('the same key with another amount, raced: one transfer, the other gets idempotency_mismatch', async () => {
    const db = freshDbName('race-mismatch');
    const [a, b] = [await tab(db, 'a'), await tab(db, 'b')];
    const { userId, pmId } = await payee(a, 5_000);
    const [ra, rb] = await Promise.all([
      settle(a.createPayout({ user_id: userId, amount: 1_000, payout_method_id: pmId, idempotency_key: 'mismatch-key' })),
      settle(b.createPayout({ user_id: userId, amount: 2_000, payout_method_id: pmId, idempotency_key: 'mismatch-key' })),
    ]);
    expect([ra.ok, rb.ok].filter(Boolean)).to.have.length(1);
    expect([ra, rb].find((r) => !r.ok)).to.deep.equal({ ok: false, code: 'idempotency_mismatch' });
    const check = await fresh(db);
    expect((await check.listTransfers({ user_id: userId, type: 'payout' })).data).to.have.length(1);
    expect(check.ledger.checkInvariants().problems).to.deep.equal([]);
  });

  it('a payout flow pressed five times in a row makes one transfer', async () => {
    const db = freshDbName('race-actor');
    const a = await tab(db, 'a');
    const { userId } = await payee(a, 4_000);
    const actor = createFlowActor<DotsContext>({ definition: buildFlow(['payout'], { signIn: false }), adapter: a, userId, today: '2026-01-15' });
    actor.start();
    await until(actor, (s) => s.current === 'payout' && s.status === 'editing' && !!s.context.wallet);
    for (let i = 0; i < 5; i++) actor.send({ type: 'next' });
    const done = await until(actor, (s) => s.status === 'complete');
    actor.stop();
    expect(done.context.transfer?.amount).to.equal(4_000);
    const check = await fresh(db);
    expect((await check.listTransfers({ user_id: userId, type: 'payout' })).data).to.have.length(1);
    expect(check.ledger.checkInvariants().problems).to.deep.equal([]);
  });

  it('Continue on the payout screen of <dots-flow> clicked five times, at once and then spaced: one transfer', async () => {
    const db = freshDbName('race-element');
    const a = await tab(db, 'a');
    const { userId } = await payee(a, 6_000);
    const flow = await fixtureIn<DotsFlow>({ lang: 'en' }, html`<dots-flow .adapter=${a} user-id=${userId} steps="payout" no-draft></dots-flow>`);
    await until(flow.actor!, (s) => s.current === 'payout' && s.status === 'editing' && !!s.context.wallet);
    await flow.updateComplete;
    // a later press finds whatever is on screen then (the button may be gone once the payout is done)
    let pressed = 0;
    const press = () => {
      const b = flow.shadowRoot!.querySelector<HTMLElement>('[part~=continue]')?.shadowRoot?.querySelector('button');
      if (b) pressed += 1;
      b?.click();
    };
    press();
    press();
    press();
    await new Promise((r) => setTimeout(r, 5));
    press();
    await new Promise((r) => setTimeout(r, 30));
    press();
    await until(flow.actor!, (s) => s.status === 'complete');
    expect(pressed).to.be.at.least(3);
    const check = await fresh(db);
    expect((await check.listTransfers({ user_id: userId, type: 'payout' })).data.map((t) => t.amount)).to.deep.equal([6_000]);
    expect(check.ledger.checkInvariants().problems).to.deep.equal([]);
  });

  it('the same payout flow open in two tabs, both pressed: one transfer; the second tab gets insufficient_funds', async () => {
    const db = freshDbName('race-two-actors');
    const [a, b] = [await tab(db, 'a'), await tab(db, 'b')];
    const { userId } = await payee(a, 4_000);
    const actors = [a, b].map((adapter) => createFlowActor<DotsContext>({ definition: buildFlow(['payout'], { signIn: false }), adapter, userId, today: '2026-01-15' }));
    for (const x of actors) x.start();
    await Promise.all(actors.map((x) => until(x, (s) => s.current === 'payout' && s.status === 'editing' && !!s.context.wallet)));
    for (const x of actors) x.send({ type: 'next' });
    const ends = await Promise.all(actors.map((x) => until(x, (s) => s.status === 'complete' || s.status === 'failed' || Object.keys(s.errors).length > 0)));
    for (const x of actors) x.stop();
    expect(ends.filter((s) => s.status === 'complete')).to.have.length(1);
    const loser = ends.find((s) => s.status !== 'complete')!;
    const reported = loser.status === 'failed' ? loser.error.code : loser.errors['amount']?.key;
    expect(reported).to.be.oneOf(['insufficient_funds', 'errors.backend.insufficient_funds']);
    const check = await fresh(db);
    expect((await check.listTransfers({ user_id: userId, type: 'payout' })).data).to.have.length(1);
    expect(check.ledger.checkInvariants().problems).to.deep.equal([]);
  });

  it('over HTTP: two adapters race to claim one link on the server: one wins, the other gets link_claimed', async () => {
    const app = await newApp('HTTP race');
    const [x, y] = [await httpAdapterFor(app, { appId: app.appId }), await httpAdapterFor(app, { appId: app.appId })];
    const users = [];
    for (const adapter of [x, y]) {
      const phone = { country_code: '1', phone_number: `41557${String((Date.now() + users.length) % 100_000).padStart(5, '0')}` };
      await adapter.sendVerificationCode(phone);
      const outbox = await call<{ data: Array<{ to: string; code?: string }> }>('/demo/outbox', { token: app.token });
      const code = [...outbox.data].reverse().find((m) => m.to === `+1${phone.phone_number}`)!.code!;
      const v = await adapter.verifyCode({ ...phone, code });
      const u = await adapter.createUser({ ...phone, first_name: 'H', last_name: 'T', email: 'h@example.com', session: v.session });
      const pm = await adapter.addPayoutMethod({ platform: 'ach', user_id: u.id, routing_number: '021000021', account_number: '000123456789', account_type: 'checking' });
      users.push({ adapter, u, pm });
    }
    await call(`/v2/apps/${app.appId}/deposit`, { body: { amount: 1_000 }, token: app.token });
    const link = await call<{ id: string }>('/v2/payout-links', { body: { amount: 1_000 }, token: app.token });
    const results = await Promise.all(
      users.map(({ adapter, u, pm }, i) => settle((adapter as HttpAdapter).claimPayoutLink({ link: link.id, user_id: u.id, payout_method_id: pm.id, idempotency_key: `http-race-${i}-${link.id}` }))),
    );
    expect(results.filter((r) => r.ok)).to.have.length(1);
    expect(results.find((r) => !r.ok)).to.deep.equal({ ok: false, code: 'link_claimed' });
  });
});

function until<C>(actor: FlowActor<C>, pred: (s: ReturnType<FlowActor<C>['getSnapshot']>) => boolean, ms = 10_000) {
  return new Promise<ReturnType<FlowActor<C>['getSnapshot']>>((resolve, reject) => {
    const now = actor.getSnapshot();
    if (pred(now)) return resolve(now);
    const timer = setTimeout(() => {
      off();
      const s = actor.getSnapshot();
      reject(new Error(`timed out at ${s.current} (${s.status}) ${s.status === 'failed' ? JSON.stringify(s.error) : JSON.stringify(s.errors)}`));
    }, ms);
    const off = actor.subscribe((s) => {
      if (!pred(s)) return;
      clearTimeout(timer);
      off();
      resolve(s);
    });
  });
}
