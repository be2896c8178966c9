import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import { expect } from '@open-wc/testing';
import { ManualClock, MANUAL_CLOCK_EPOCH, Random } from '../../src/core/ledger/index.ts';

describe('ManualClock', () => {
  it('fires due timers in due order, each at its own time, including timers set while advancing', () => {
    const clock = new ManualClock();
    const seen: string[] = [];
    clock.setTimer(300, () => seen.push(`c@${clock.now() - MANUAL_CLOCK_EPOCH}`));
    clock.setTimer(100, () => {
      seen.push(`a@${clock.now() - MANUAL_CLOCK_EPOCH}`);
      clock.setTimer(50, () => seen.push(`nested@${clock.now() - MANUAL_CLOCK_EPOCH}`));
    });
    clock.setTimer(100, () => seen.push(`b@${clock.now() - MANUAL_CLOCK_EPOCH}`));
    const cleared = clock.setTimer(200, () => seen.push('cleared'));
    clock.clearTimer(cleared);
    clock.advance(250);
    expect(seen).to.deep.equal(['a@100', 'b@100', 'nested@150']);
    expect(clock.now() - MANUAL_CLOCK_EPOCH).to.equal(250);
    clock.advance(50);
    expect(seen).to.deep.equal(['a@100', 'b@100', 'nested@150', 'c@300']);
    expect(clock.pendingTimers).to.equal(0);
  });
  it('refuses to go back in time', () => {
    expect(() => new ManualClock().advance(-1)).to.throw(RangeError);
  });
  it('keeps order across many timers (heap)', () => {
    const clock = new ManualClock(0);
    const fired: number[] = [];
    const rnd = new Random(3);
    for (let i = 0; i < 500; i++) {
      const d = rnd.int(1000);
      clock.setTimer(d, () => fired.push(clock.now()));
    }
    clock.runAll();
    expect(fired.length).to.equal(500);
    for (let i = 1; i < fired.length; i++) expect(fired[i]!).to.be.at.least(fired[i - 1]!);
  });
});

describe('Random', () => {
  it('is reproducible for a seed and differs across seeds', () => {
    const a = new Random('seed');
    const b = new Random('seed');
    const c = new Random('other');
    const sa = [a.uuid(), a.digits(6), a.hex(10)];
    expect([b.uuid(), b.digits(6), b.hex(10)]).to.deep.equal(sa);
    expect(c.uuid()).to.not.equal(sa[0]);
    expect(sa[0]).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('RealClock', () => {
  it('drives a ledger with real timers: a payout settles on its own', async () => {
    const { Ledger, RealClock } = await import('../../src/core/ledger/index.ts');
    const ledger = new Ledger({ clock: new RealClock(), processing: { settleDelayMs: { ach: 5, paypal: 5, venmo: 5, cash_app: 5, intl_bank: 5 } } });
    const app = ledger.createApp({ name: 'Live' });
    ledger.refillApp(app.id, 10_00);
    const u = ledger.createUserDirect(app.id, { first_name: 'A', last_name: 'B', email: 'a@b.co', country_code: '1', phone_number: '2015550123' });
    ledger.addPayoutMethod(app.id, { platform: 'paypal', user_id: u.id, email: 'a@b.co' });
    ledger.transferToUser(app.id, u.id, 5_00);
    const completed = new Promise<string>((resolve) => ledger.subscribe(app.id, (e) => resolve(e.type), ['transfer.completed']));
    const p = ledger.createPayout(app.id, { user_id: u.id, amount: 2_00, idempotency_key: 'real-clock-1' });
    expect(p.status).to.equal('pending');
    expect(await completed).to.equal('transfer.completed');
    expect(ledger.getTransfer(app.id, p.id).status).to.equal('completed');
    ledger.dispose();
  });
});
