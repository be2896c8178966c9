import { expect } from '@open-wc/testing';
import { setup, fund, expectDotsError, expectSound } from './fixture.ts';
import { Transfer } from '../../src/core/ledger/schemas.ts';
import type { LedgerEvent } from '../../src/core/ledger/schemas.ts';

const key = (n: number | string) => `idem-key-${n}`;

describe('ledger wallets and balance transfers', () => {
  it('refills the app, moves money app <-> user, and every balance is derived from transactions', () => {
    const { ledger, app, user } = setup();
    expect(ledger.getAppWallet(app.id)).to.deep.equal({ amount: 100_000_00, withdrawable_amount: 100_000_00, pending_amount: 0 });
    const t = ledger.transferToUser(app.id, user.id, 50_00, key(1));
    expect(Transfer.safeParse(t).success).to.equal(true);
    expect(t).to.include({ type: 'balance', direction: 'app_to_user', status: 'completed', amount: 50_00 });
    expect(t.status_history.map((h) => h.status)).to.deep.equal(['created', 'pending', 'completed']);
    expect(t.transactions).to.have.length(1);
    expect(t.transactions[0]).to.include({ source: `app:${app.id}`, destination: `user:${user.id}`, amount: 50_00, type: 'balance' });
    ledger.createBalanceTransfer(app.id, { user_id: user.id, amount: 20_00, direction: 'user_to_app' });
    expect(ledger.getWallet(app.id, user.id)).to.deep.equal({ amount: 30_00, withdrawable_amount: 30_00, pending_amount: 0 });
    expect(ledger.getAppWallet(app.id).amount).to.equal(100_000_00 - 30_00);
    const txs = ledger.listTransactions(app.id, `user:${user.id}`);
    expect(txs.reduce((s, x) => s + (x.destination === `user:${user.id}` ? x.amount : -x.amount), 0)).to.equal(30_00);
    expectSound(ledger);
  });

  it('refuses insufficient funds on either side and never goes negative', () => {
    const { ledger, app, user } = setup();
    expectDotsError(() => ledger.createBalanceTransfer(app.id, { user_id: user.id, amount: 1, direction: 'user_to_app' }), 'insufficient_funds', 'amount');
    expectDotsError(() => ledger.transferToUser(app.id, user.id, 100_000_01), 'insufficient_funds', 'amount');
    expect(ledger.getWallet(app.id, user.id).amount).to.equal(0);
    expect(ledger.listTransfers(app.id, { type: 'balance' }).data).to.deep.equal([]);
  });

  it('has no user-to-user transfer and no transfer across apps', () => {
    const { ledger, app, user } = setup();
    const other = ledger.createApp({ name: 'Other' });
    ledger.refillApp(other.id, 1000);
    expectDotsError(() => ledger.transferToUser(other.id, user.id, 10), 'not_found', 'user_id');
    expect(Object.keys(ledger).includes('transferBetweenUsers')).to.equal(false);
    expectDotsError(() => ledger.getTransfer(other.id, ledger.listTransfers(app.id).data[0]!.id), 'not_found');
  });
});

describe('ledger payouts', () => {
  it('creates a payout: created -> pending at once, completed after 5 s for ACH on the clock', () => {
    const { clock, ledger, app, user, method } = setup();
    fund(ledger, app.id, user.id, 100_00);
    const events: string[] = [];
    ledger.subscribe(app.id, (e: LedgerEvent) => events.push(`${e.type}:${'status' in e.data ? e.data.status : ''}`), ['transfer.updated', 'transfer.completed']);
    const p = ledger.createPayout(app.id, { user_id: user.id, amount: 60_00, idempotency_key: key('p1') });
    expect(p).to.include({ type: 'payout', status: 'pending', payout_method_id: method.id, payout_platform: 'ach', payout_mask: '6789', fee: 0 });
    expect(ledger.getWallet(app.id, user.id)).to.deep.equal({ amount: 100_00, withdrawable_amount: 40_00, pending_amount: 60_00 });
    clock.advance(4999);
    expect(ledger.getTransfer(app.id, p.id).status).to.equal('pending');
    clock.advance(1);
    const done = ledger.getTransfer(app.id, p.id);
    expect(done.status).to.equal('completed');
    expect(done.status_history.map((h) => [h.status, h.at])).to.deep.equal([
      ['created', '2024-01-01T00:00:00.000Z'],
      ['pending', '2024-01-01T00:00:00.000Z'],
      ['completed', '2024-01-01T00:00:05.000Z'],
    ]);
    expect(ledger.getWallet(app.id, user.id)).to.deep.equal({ amount: 40_00, withdrawable_amount: 40_00, pending_amount: 0 });
    expect(events).to.deep.equal(['transfer.updated:created', 'transfer.updated:pending', 'transfer.updated:completed', 'transfer.completed:completed']);
    expectSound(ledger);
  });

  it('settles PayPal, Venmo and Cash App after 2 s', () => {
    const { clock, ledger, app, user } = setup();
    fund(ledger, app.id, user.id, 100_00);
    const pp = ledger.addPayoutMethod(app.id, { platform: 'paypal', user_id: user.id, email: 'ada@example.com' });
    const p = ledger.createPayout(app.id, { user_id: user.id, amount: 10_00, payout_method_id: pp.id, idempotency_key: key('pp') });
    clock.advance(2000);
    expect(ledger.getTransfer(app.id, p.id).status).to.equal('completed');
  });

  it('takes the app fee: the rail receives amount - fee, the app the fee once the payout completes', () => {
    const { clock, ledger, user } = setup();
    const app2 = ledger.createApp({ name: 'Fees', payout_fees: { ach: 150 }, min_payout: 500 });
    ledger.refillApp(app2.id, 10_000);
    const u = ledger.createUserDirect(app2.id, { first_name: 'A', last_name: 'B', email: 'a@b.co', country_code: '1', phone_number: '2015550123' });
    ledger.addPayoutMethod(app2.id, { platform: 'ach', user_id: u.id, routing_number: '021000021', account_number: '5555', account_type: 'savings' });
    fund(ledger, app2.id, u.id, 5_000);
    expectDotsError(() => ledger.createPayout(app2.id, { user_id: u.id, amount: 499, idempotency_key: key('min') }), 'validation', 'amount');
    const p = ledger.createPayout(app2.id, { user_id: u.id, amount: 2_000, idempotency_key: key('fee') });
    expect(p.fee).to.equal(150);
    expect(p.transactions.map((t) => [t.type, t.amount])).to.deep.equal([['payout', 1_850], ['fee', 150]]);
    // In flight, the fee is not yet the app's to spend.
    expect(ledger.getAppWallet(app2.id)).to.deep.equal({ amount: 5_000, withdrawable_amount: 5_000, pending_amount: 0 });
    clock.advance(5000);
    expect(ledger.getAppWallet(app2.id)).to.deep.equal({ amount: 5_150, withdrawable_amount: 5_150, pending_amount: 0 });
    expect(ledger.getWallet(app2.id, u.id).amount).to.equal(3_000);
    void user;
    expectSound(ledger);
  });

  it('fails at settlement for the sandbox account ending 0000 and gives all the money back', () => {
    const { clock, ledger, app, user } = setup({ app: { name: 'Fees', payout_fees: { ach: 100 } } });
    fund(ledger, app.id, user.id, 100_00);
    const bad = ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: user.id, routing_number: '021000021', account_number: '9990000', account_type: 'checking' });
    const seen: string[] = [];
    ledger.subscribe(app.id, (e) => seen.push(e.type), ['transfer.failed']);
    const p = ledger.createPayout(app.id, { user_id: user.id, amount: 30_00, payout_method_id: bad.id, idempotency_key: key('bad') });
    clock.advance(5000);
    const t = ledger.getTransfer(app.id, p.id);
    expect(t.status).to.equal('failed');
    expect(t.failure_reason).to.equal('account_closed');
    expect(t.transactions.map((x) => [x.type, x.amount, x.destination.split(':')[0]])).to.deep.equal([
      ['payout', 29_00, 'external'],
      ['fee', 1_00, 'app'],
      ['payout', 29_00, 'user'],
      ['fee', 1_00, 'user'],
    ]);
    expect(ledger.getWallet(app.id, user.id)).to.deep.equal({ amount: 100_00, withdrawable_amount: 100_00, pending_amount: 0 });
    expect(seen).to.deep.equal(['transfer.failed']);
    expectSound(ledger);
  });

  it('fails the sandbox IBAN ending 0000 and completes another', () => {
    const { clock, ledger, app, user } = setup();
    fund(ledger, app.id, user.id, 100_00);
    const good = ledger.addPayoutMethod(app.id, { platform: 'intl_bank', user_id: user.id, iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFF', account_holder: 'Ada' });
    const bad = ledger.addPayoutMethod(app.id, { platform: 'intl_bank', user_id: user.id, iban: 'DE94 3704 0044 0532 0100 00', bic: 'COBADEFF', account_holder: 'Ada' });
    expect(bad.mask).to.equal('0000');
    const ok = ledger.createPayout(app.id, { user_id: user.id, amount: 10_00, payout_method_id: good.id, idempotency_key: key('iban-ok') });
    const ko = ledger.createPayout(app.id, { user_id: user.id, amount: 10_00, payout_method_id: bad.id, idempotency_key: key('iban-ko') });
    clock.advance(5000);
    expect(ledger.getTransfer(app.id, ok.id).status).to.equal('completed');
    expect(ledger.getTransfer(app.id, ko.id)).to.include({ status: 'failed', failure_reason: 'account_invalid' });
    expect(ledger.getWallet(app.id, user.id).amount).to.equal(90_00);
  });

  it('draws random failures from the seed when failureRate is set: same seed, same outcomes', () => {
    const outcomes = (seed: number) => {
      const { clock, ledger, app, user } = setup({ seed, processing: { failureRate: 0.5 } });
      fund(ledger, app.id, user.id, 100_00);
      const ids = Array.from({ length: 12 }, (_, i) => ledger.createPayout(app.id, { user_id: user.id, amount: 1_00, idempotency_key: key(`r${i}`) }).id);
      clock.advance(5000);
      expectSound(ledger);
      return ids.map((id) => ledger.getTransfer(app.id, id).status).join(',');
    };
    const a = outcomes(5);
    expect(outcomes(5)).to.equal(a);
    expect(a).to.contain('failed').and.contain('completed');
  });

  it('refuses more than the withdrawable amount, and a payout with no method', () => {
    const { ledger, app, user, method } = setup();
    fund(ledger, app.id, user.id, 10_00);
    expectDotsError(() => ledger.createPayout(app.id, { user_id: user.id, amount: 10_01, idempotency_key: key('x') }), 'insufficient_funds', 'amount');
    ledger.createPayout(app.id, { user_id: user.id, amount: 6_00, idempotency_key: key('y') });
    expectDotsError(() => ledger.createPayout(app.id, { user_id: user.id, amount: 5_00, idempotency_key: key('z') }), 'insufficient_funds');
    ledger.removePayoutMethod(app.id, { user_id: user.id, payout_method_id: method.id });
    expectDotsError(() => ledger.createPayout(app.id, { user_id: user.id, amount: 1_00, idempotency_key: key('w') }), 'validation', 'payout_method_id');
    expectSound(ledger);
  });

  it('refuses payouts of disabled users; an API-created user with an unverified phone may be paid', () => {
    const { ledger, app, user } = setup();
    fund(ledger, app.id, user.id, 10_00);
    ledger.setUserStatus(app.id, user.id, 'disabled');
    expectDotsError(() => ledger.createPayout(app.id, { user_id: user.id, amount: 1_00, idempotency_key: key('d') }), 'conflict', 'user_id');
    expectDotsError(() => ledger.createBalanceTransfer(app.id, { user_id: user.id, amount: 1_00, direction: 'user_to_app' }), 'conflict', 'user_id');
    const u2 = ledger.createUserDirect(app.id, { first_name: 'U', last_name: 'V', email: 'u@v.co', country_code: '1', phone_number: '2015550177', phone_verified: false });
    ledger.addPayoutMethod(app.id, { platform: 'paypal', user_id: u2.id, email: 'u@v.co' });
    fund(ledger, app.id, u2.id, 10_00);
    expect(ledger.createPayout(app.id, { user_id: u2.id, amount: 1_00, idempotency_key: key('u') }).status).to.equal('pending');
  });
});

describe('ledger flagging and operator actions', () => {
  it('flags payouts at or above the app threshold; release sends them on', () => {
    const { clock, ledger, app, user } = setup({ app: { name: 'Flags', flag_threshold: 50_00 } });
    fund(ledger, app.id, user.id, 200_00);
    const small = ledger.createPayout(app.id, { user_id: user.id, amount: 49_99, idempotency_key: key('s') });
    const big = ledger.createPayout(app.id, { user_id: user.id, amount: 50_00, idempotency_key: key('b') });
    expect(small.status).to.equal('pending');
    expect(big.status).to.equal('flagged');
    clock.advance(60_000);
    expect(ledger.getTransfer(app.id, big.id).status).to.equal('flagged'); // waits for review, however long
    expect(ledger.getWallet(app.id, user.id).pending_amount).to.equal(50_00);
    ledger.releaseTransfer(app.id, big.id);
    clock.advance(5000);
    const done = ledger.getTransfer(app.id, big.id);
    expect(done.status_history.map((h) => h.status)).to.deep.equal(['created', 'flagged', 'pending', 'completed']);
    expectSound(ledger);
  });

  it('flags every payout of a user in review', () => {
    const { ledger, app, user } = setup();
    fund(ledger, app.id, user.id, 10_00);
    ledger.setUserStatus(app.id, user.id, 'in_review');
    expect(ledger.createPayout(app.id, { user_id: user.id, amount: 1_00, idempotency_key: key('r') }).status).to.equal('flagged');
  });

  it('refuses moves outside the table with a clear illegal_transition error', () => {
    const { clock, ledger, app, user } = setup({ app: { name: 'Flags', flag_threshold: 50_00 } });
    fund(ledger, app.id, user.id, 200_00);
    const flagged = ledger.createPayout(app.id, { user_id: user.id, amount: 60_00, idempotency_key: key('f') });
    const e = expectDotsError(() => ledger.completeTransfer(app.id, flagged.id), 'illegal_transition');
    expect(e.message).to.contain('flagged').and.contain('completed');
    expectDotsError(() => ledger.cancelTransfer(app.id, flagged.id), 'illegal_transition');
    const p = ledger.createPayout(app.id, { user_id: user.id, amount: 10_00, idempotency_key: key('p') });
    clock.advance(5000);
    expectDotsError(() => ledger.reverseTransfer(app.id, p.id), 'illegal_transition');
    expectDotsError(() => ledger.releaseTransfer(app.id, p.id), 'illegal_transition');
    expect(ledger.getTransfer(app.id, p.id).status).to.equal('completed');
  });

  it('returns the money on cancel and reverse; a manual complete stops the clock timer', () => {
    const { clock, ledger, app, user } = setup();
    fund(ledger, app.id, user.id, 100_00);
    const a = ledger.createPayout(app.id, { user_id: user.id, amount: 10_00, idempotency_key: key('a') });
    const b = ledger.createPayout(app.id, { user_id: user.id, amount: 20_00, idempotency_key: key('b') });
    const c = ledger.createPayout(app.id, { user_id: user.id, amount: 30_00, idempotency_key: key('c') });
    expect(ledger.cancelTransfer(app.id, a.id, 'payee asked').failure_reason).to.equal('payee asked');
    expect(ledger.reverseTransfer(app.id, b.id).status).to.equal('reversed');
    expect(ledger.completeTransfer(app.id, c.id).status).to.equal('completed');
    clock.advance(10_000);
    expect(ledger.getTransfer(app.id, c.id).status_history).to.have.length(3);
    expect(ledger.getWallet(app.id, user.id)).to.deep.equal({ amount: 70_00, withdrawable_amount: 70_00, pending_amount: 0 });
    expectSound(ledger);
  });

  it('leaves payouts in created when autoProcess is off; operators move them along', () => {
    const { clock, ledger, app, user } = setup({ processing: { autoProcess: false } });
    fund(ledger, app.id, user.id, 10_00);
    const p = ledger.createPayout(app.id, { user_id: user.id, amount: 5_00, idempotency_key: key('m') });
    clock.advance(60_000);
    expect(ledger.getTransfer(app.id, p.id).status).to.equal('created');
    ledger.transitionTransfer(app.id, p.id, 'pending');
    clock.advance(60_000);
    expect(ledger.getTransfer(app.id, p.id).status).to.equal('pending');
    ledger.failTransfer(app.id, p.id, 'bank said no');
    expect(ledger.getWallet(app.id, user.id).withdrawable_amount).to.equal(10_00);
  });

  it('moves created -> pending after pendingDelayMs when set', () => {
    const { clock, ledger, app, user } = setup({ processing: { pendingDelayMs: 500, settleDelayMs: { ach: 1000 } as never } });
    fund(ledger, app.id, user.id, 10_00);
    const p = ledger.createPayout(app.id, { user_id: user.id, amount: 5_00, idempotency_key: key('delay') });
    expect(p.status).to.equal('created');
    clock.advance(500);
    expect(ledger.getTransfer(app.id, p.id).status).to.equal('pending');
    clock.advance(1000);
    expect(ledger.getTransfer(app.id, p.id).status).to.equal('completed');
  });
});

describe('ledger idempotency', () => {
  it('returns the first result for the same key and body, and moves money once', () => {
    const { ledger, app, user } = setup();
    fund(ledger, app.id, user.id, 100_00);
    const input = { user_id: user.id, amount: 10_00, idempotency_key: key('same') };
    const a = ledger.createPayout(app.id, input);
    const b = ledger.createPayout(app.id, { ...input });
    expect(b.id).to.equal(a.id);
    expect(ledger.getWallet(app.id, user.id).withdrawable_amount).to.equal(90_00);
    expect(ledger.listTransfers(app.id, { type: 'payout' }).data).to.have.length(1);
    const e = expectDotsError(() => ledger.createPayout(app.id, { ...input, amount: 11_00 }), 'idempotency_mismatch', 'idempotency_key');
    expect(e.retryable).to.equal(false);
  });

  it('scopes keys per app and per operation', () => {
    const { ledger, app, user } = setup();
    fund(ledger, app.id, user.id, 100_00);
    ledger.transferToUser(app.id, user.id, 1_00, key('k'));
    expectDotsError(() => ledger.createPayout(app.id, { user_id: user.id, amount: 1_00, idempotency_key: key('k') }), 'idempotency_mismatch');
    const other = ledger.createApp({ name: 'Other' });
    expect(ledger.refillApp(other.id, 5_00, key('k')).app_id).to.equal(other.id);
    expect(ledger.refillApp(other.id, 5_00, key('k')).id).to.equal(ledger.listTransfers(other.id).data[0]!.id);
    expect(ledger.getAppWallet(other.id).amount).to.equal(5_00);
  });

  it('lets a refused request be retried with the same key once it can succeed', () => {
    const { ledger, app, user } = setup();
    const input = { user_id: user.id, amount: 10_00, idempotency_key: key('retry') };
    expectDotsError(() => ledger.createPayout(app.id, input), 'insufficient_funds');
    fund(ledger, app.id, user.id, 10_00);
    expect(ledger.createPayout(app.id, input).status).to.equal('pending');
  });
});

describe('ledger transfer listing', () => {
  it('pages newest first and filters by user, type, status and dates', () => {
    const { clock, ledger, app, user } = setup();
    const u2 = ledger.createUserDirect(app.id, { first_name: 'B', last_name: 'C', email: 'b@c.co', country_code: '1', phone_number: '2015550166' });
    clock.advance(1000);
    fund(ledger, app.id, user.id, 100_00);
    clock.advance(1000);
    fund(ledger, app.id, u2.id, 100_00);
    clock.advance(1000);
    const p = ledger.createPayout(app.id, { user_id: user.id, amount: 10_00, idempotency_key: key('l1') });
    const all = ledger.listTransfers(app.id);
    expect(all.data.map((t) => t.type)).to.deep.equal(['payout', 'balance', 'balance', 'refill']);
    expect(ledger.listTransfers(app.id, { user_id: user.id }).data.map((t) => t.type)).to.deep.equal(['payout', 'balance']);
    expect(ledger.listTransfers(app.id, { status: ['pending', 'failed'] }).data.map((t) => t.id)).to.deep.equal([p.id]);
    expect(ledger.listTransfers(app.id, { created_after: '2024-01-01T00:00:01.000Z' }).data).to.have.length(2);
    expect(ledger.listTransfers(app.id, { created_before: '2024-01-01T00:00:01.000Z' }).data.map((t) => t.type)).to.deep.equal(['refill']);
    const first = ledger.listTransfers(app.id, { limit: 3 });
    expect(first.has_more).to.equal(true);
    const rest = ledger.listTransfers(app.id, { limit: 3, starting_after: first.data[2]!.id });
    expect(rest).to.deep.equal({ data: [all.data[3]], has_more: false });
    expectDotsError(() => ledger.listTransfers(app.id, { limit: 0 }), 'validation', 'limit');
    expectDotsError(() => ledger.listTransfers(app.id, { created_after: 'yesterday' }), 'validation', 'created_after');
  });
});

describe('ledger input robustness', () => {
  it('answers malformed operator input with validation errors, not crashes', () => {
    const { ledger, app, user } = setup();
    fund(ledger, app.id, user.id, 10_00);
    const p = ledger.createPayout(app.id, { user_id: user.id, amount: 1_00, idempotency_key: key('robust') });
    expectDotsError(() => ledger.transitionTransfer(app.id, p.id, 'done' as never), 'validation', 'status');
    expectDotsError(() => ledger.removePayoutMethod(app.id, undefined as never), 'validation');
    expectDotsError(() => ledger.setDefaultPayoutMethod(app.id, { user_id: user.id } as never), 'validation', 'payout_method_id');
    expectDotsError(() => ledger.createPayout(app.id, { user_id: user.id, amount: 1.5, idempotency_key: key('float') }), 'validation', 'amount');
    expectDotsError(() => ledger.createPayout(app.id, { user_id: user.id, amount: -1, idempotency_key: key('neg') }), 'validation', 'amount');
    expectDotsError(() => ledger.refillApp(app.id, Number.MAX_SAFE_INTEGER + 1), 'validation', 'amount');
    expectDotsError(() => ledger.getUser(undefined as never, user.id), 'not_found', 'app_id');
    expect(ledger.getTransfer(app.id, p.id).status).to.equal('pending');
    expectSound(ledger);
  });
});
