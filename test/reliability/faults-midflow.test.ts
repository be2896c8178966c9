// Faults in the middle of a real flow: <dots-flow> signing a payee in, taking a W-9, a bank
// account and a payout, on an IndexedDB-backed MockAdapter. Latency and injected failures at every
// step (the person presses Try again), a reload in the middle of every step and while every step
// is submitting, answers lost after the backend did the work, and the tab closed while the payout
// is submitting. Afterwards: one user, one payout of the whole balance, the flow record complete,
// and the books balance.
import { expect } from '@open-wc/testing';
import type { ErrorCode } from '../../src/core/ledger/errors.ts';
import { snap, until } from '../flows/helpers.ts';
import { FUNDS, Journey, SCREENS, losingAnswers, type Screen } from './flow-driver.ts';

const current = (j: Journey) => snap(j.flow).current as Screen;

/**
 * Runs the journey to the end as a person would: on each screen `before` may break something,
 * then Continue; a retryable failure gets Try again; a failure that is not retryable goes to
 * `recover` (what the person does about it), and by default ends the run: the person is stuck.
 */
async function runToEnd(
  j: Journey,
  before: (screen: Screen) => Promise<void> | void = () => {},
  recover: (screen: Screen) => Promise<boolean> = async () => false,
): Promise<Screen[]> {
  const seen: Screen[] = [];
  for (let guard = 0; guard < 40; guard++) {
    const s = await j.settled();
    if (s.status === 'complete') return seen;
    if (s.status === 'failed') {
      if (s.error.retryable) j.flow.send({ type: 'retry' });
      else if (!(await recover(current(j)))) throw new Error(`stuck on ${s.current}: ${s.error.code} (${s.error.message}), not retryable`);
      continue;
    }
    const screen = current(j);
    if (screen === 'compliance-w9') await j.fundOnce();
    if (!seen.includes(screen)) {
      seen.push(screen);
      await before(screen);
    }
    if (snap(j.flow).status !== 'editing' || current(j) !== screen) continue;
    await j.fill(screen);
    j.flow.send({ type: 'next' });
    await until(j.flow, (x) => x.status !== 'editing' || x.current !== screen || Object.keys(x.errors).length > 0, 15_000).catch(() => undefined);
  }
  throw new Error(`the flow did not finish; at ${current(j)} (${snap(j.flow).status})`);
}

async function expectBooks(j: Journey) {
  const books = await j.books();
  expect(books.invariants.problems, 'the books balance').to.deep.equal([]);
  expect(books.users.filter((u) => u.phone_number === j.phone.phone_number), 'one user for the phone').to.have.length(1);
  expect(books.payouts.map((t) => t.amount), 'one payout of the whole balance').to.deep.equal([FUNDS]);
  const userId = books.users.find((u) => u.phone_number === j.phone.phone_number)!.id;
  expect(books.payouts[0]!.user_id).to.equal(userId);
  const record = books.flows.find((f) => f.user_id === userId);
  expect(record?.completed_steps, 'the flow record is complete').to.deep.equal(['compliance', 'manage-payouts', 'payout']);
  return books;
}

describe('faults in the middle of the onboarding and payout flow', function () {
  this.timeout(120_000);
  let j: Journey;
  beforeEach(() => {
    j = new Journey();
  });
  afterEach(() => j.close());

  it('a clean run passes every screen (the baseline the fault runs are held to)', async () => {
    await j.open();
    const seen = await runToEnd(j);
    expect(seen).to.deep.equal([...SCREENS]);
    await expectBooks(j);
  });

  it('latency on every call and an injected failure at every step: each is shown with Try again, and the retry goes on', async () => {
    await j.open();
    j.tab.adapter.faults.configure({ seed: 7, latencyMs: [5, 40] });
    const codes: ErrorCode[] = ['timeout', 'network', 'server', 'rate_limited', 'timeout', 'network'];
    const errors: Array<{ code: string; retryable: boolean }> = [];
    j.flow.addEventListener('dots-flow-error', (e) => errors.push((e as CustomEvent).detail));
    let alerts = 0;
    const seen = await runToEnd(j, async (screen) => {
      // the next call of this step fails; the person sees it and presses Try again
      j.tab.adapter.faults.failNext(codes[SCREENS.indexOf(screen)]!, 1);
      await j.fill(screen);
      j.flow.send({ type: 'next' });
      await until(j.flow, (s) => s.status === 'failed');
      await j.flow.updateComplete;
      if (j.flow.shadowRoot!.querySelector('[part~=alert]')) alerts += 1;
    });
    expect(seen).to.deep.equal([...SCREENS]);
    expect(errors.map((e) => e.code)).to.deep.equal(codes);
    expect(errors.every((e) => e.retryable)).to.equal(true);
    expect(alerts).to.equal(SCREENS.length);
    await expectBooks(j);
  });

  it('timeouts while a step loads (its settings, methods or wallet): Try again loads it', async () => {
    await j.open();
    const seen = await runToEnd(j, async (screen) => {
      if (screen !== 'compliance-w9' && screen !== 'manage-payouts') return;
      // fail the next load: every read of this step's data for two calls
      j.tab.adapter.faults.failNext('timeout', 2, screen === 'compliance-w9' ? 'listPayoutMethods' : 'getWallet');
    });
    expect(seen).to.deep.equal([...SCREENS]);
    await expectBooks(j);
  });

  it('a reload in the middle of every step resumes on that step with what was typed (secrets to type again)', async () => {
    await j.open();
    const resumedOn: string[] = [];
    const seen = await runToEnd(j, async (screen) => {
      await j.fill(screen);
      const typed = { ...snap(j.flow).values[screen] };
      await j.reload();
      const s = await until(j.flow, (x) => x.status === 'editing');
      resumedOn.push(s.current);
      // what is not secret survives the reload; the draft kept no one-time code, tax id or account number
      for (const [k, v] of Object.entries(typed)) {
        if (['code', 'tax_id', 'account_number'].includes(k)) expect(s.values[screen]?.[k], `${screen}.${k} dropped`).to.be.oneOf(['', null, undefined]);
        else expect(s.values[screen]?.[k], `${screen}.${k} kept`).to.deep.equal(v);
      }
    });
    expect(seen).to.deep.equal([...SCREENS]);
    expect(resumedOn).to.deep.equal([...SCREENS]);
    await expectBooks(j);
  });

  it('a reload while every step is submitting: the flow resumes, and nothing is done twice', async () => {
    await j.open();
    const seen = await runToEnd(j, async (screen) => {
      j.tab.adapter.faults.configure({ latencyMs: 150 });
      await j.fill(screen);
      j.flow.send({ type: 'next' });
      await until(j.flow, (s) => s.status === 'submitting');
      await j.reload(); // the new adapter has no latency
      await j.settled();
    });
    expect(seen).to.deep.equal([...SCREENS]);
    await expectBooks(j);
  });

  it('the tab closed while the payout is submitting, after the backend made it: the reloaded flow finds the same transfer', async () => {
    j.wrap = (a) => (j.adapters.length === 1 ? losingAnswers(a, { method: 'createPayout', mode: 'hold' }) : a);
    await j.open();
    let transferBefore: string | null = null;
    await runToEnd(j, async (screen) => {
      if (screen !== 'payout') return;
      await j.fill(screen);
      j.flow.send({ type: 'next' });
      await until(j.flow, (s) => s.status === 'submitting');
      // the payout is in the books; its answer never came; the person closes the tab
      for (let i = 0; i < 100 && !transferBefore; i++) {
        transferBefore = (await j.tab.adapter.listTransfers({ type: 'payout' })).data[0]?.id ?? null;
        if (!transferBefore) await new Promise((r) => setTimeout(r, 20));
      }
      await j.reload();
      await j.settled();
    });
    expect(transferBefore).to.be.a('string');
    const books = await expectBooks(j);
    expect(books.payouts[0]!.id).to.equal(transferBefore);
    expect(snap(j.flow).context.transfer?.id).to.equal(transferBefore);
  });

  it('the tab closed mid-payout and the draft lost with it (a new session): the balance is already spent, no second transfer', async () => {
    j.wrap = (a) => (j.adapters.length === 1 ? losingAnswers(a, { method: 'createPayout', mode: 'hold' }) : a);
    await j.open();
    await runToEnd(j, async (screen) => {
      if (screen !== 'payout') return;
      await j.fill(screen);
      j.flow.send({ type: 'next' });
      await until(j.flow, (s) => s.status === 'submitting');
      for (let i = 0; i < 100 && !(await j.tab.adapter.listTransfers({ type: 'payout' })).data.length; i++) await new Promise((r) => setTimeout(r, 20));
      sessionStorage.removeItem(j.draftKey);
      const userId = snap(j.flow).userId!;
      j.flow.remove();
      j.tab.adapter.close();
      // a new session: the host opens the payout flow for the signed-in payee
      await j.open({ userId, steps: 'payout' });
      await until(j.flow, (s) => s.current === 'payout' && s.status === 'editing' && !!s.context.wallet);
      expect(snap(j.flow).context.wallet?.withdrawable_amount).to.equal(0);
      j.flow.send({ type: 'next' });
      await until(j.flow, (s) => Object.keys(s.errors).length > 0);
      expect(snap(j.flow).errors['amount_mode']?.key).to.equal('payout.errors.no_balance');
      throw new StopJourney();
    }).catch((e: unknown) => {
      if (!(e instanceof StopJourney)) throw e;
    });
    const books = await j.books();
    expect(books.invariants.problems).to.deep.equal([]);
    expect(books.payouts.map((t) => t.amount)).to.deep.equal([FUNDS]);
  });

  for (const method of ['sendVerificationCode', 'submitCompliance', 'createPayout'] as const) {
    it(`an answer of ${method} lost after the work was done: Try again finishes the flow, nothing twice`, async () => {
      j.wrap = (a) => losingAnswers(a, { method, mode: 'drop' });
      await j.open();
      const seen = await runToEnd(j);
      expect(seen).to.deep.equal([...SCREENS]);
      expect((j.tab.door as unknown as { lost: number }).lost).to.equal(1);
      await expectBooks(j);
    });
  }

  it('an answer of addPayoutMethod lost after the work was done: Try again does not add the bank account twice', async () => {
    j.wrap = (a) => losingAnswers(a, { method: 'addPayoutMethod', mode: 'drop' });
    await j.open();
    await runToEnd(j);
    const books = await expectBooks(j);
    expect(books.methods.map((m) => m.mask)).to.deep.equal(['6789']);
  });

  it('an answer of verifyCode lost after the code was used: the person asks for a new code and gets through, one user', async () => {
    j.wrap = (a) => losingAnswers(a, { method: 'verifyCode', mode: 'drop' });
    await j.open();
    let resent = 0;
    await runToEnd(
      j,
      () => {},
      async (screen) => {
        // the used code is refused on the field; the person presses "Send a new code"
        if (screen !== 'sign-in-code' || resent > 0) return false;
        j.flow.send({ type: 'action', name: 'resend' });
        await until(j.flow, (x) => x.status === 'editing' && x.values['sign-in-code']?.['code'] === '');
        resent += 1;
        return true;
      },
    );
    expect(resent).to.equal(1);
    await expectBooks(j);
  });

  it('an answer of createUser lost after the user was made: the person gets through without a second user', async () => {
    j.wrap = (a) => losingAnswers(a, { method: 'createUser', mode: 'drop' });
    await j.open();
    await runToEnd(j);
    await expectBooks(j);
  });
});

class StopJourney extends Error {}
