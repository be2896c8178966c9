import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import { expect } from '@open-wc/testing';
import { Ledger, ManualClock, LedgerSnapshot } from '../../src/core/ledger/index.ts';
import { setup, fund, expectDotsError, expectSound } from './fixture.ts';

describe('ledger snapshots', () => {
  it('round-trips through JSON: same state, same next ids, timers re-armed', () => {
    const { clock, ledger, app, user } = setup();
    fund(ledger, app.id, user.id, 100_00);
    const p = ledger.createPayout(app.id, { user_id: user.id, amount: 10_00, idempotency_key: 'snap-key-1' });
    ledger.createPayoutLink(app.id, { amount: 5_00, expires_in: 120 });
    const snap = JSON.parse(JSON.stringify(ledger.snapshot()));
    expect(LedgerSnapshot.safeParse(snap).success).to.equal(true);
    expect(snap.version).to.equal(1);
    const clock2 = new ManualClock(clock.now());
    const copy = Ledger.restore(snap, { clock: clock2 });
    expect(copy.snapshot()).to.deep.equal(ledger.snapshot());
    expectSound(copy);
    // Both go on identically: the PRNG state travelled with the snapshot.
    const a = ledger.createFlow(app.id, { steps: ['payout'] });
    const b = copy.createFlow(app.id, { steps: ['payout'] });
    expect(b.id).to.equal(a.id);
    clock2.advance(120_000);
    expect(copy.getTransfer(app.id, p.id).status).to.equal('completed');
    expect(copy.listPayoutLinks(app.id).data[0]!.status).to.equal('expired');
    expect(ledger.getTransfer(app.id, p.id).status).to.equal('pending'); // the original's clock did not move
    // The idempotency memory travelled too.
    expect(copy.createPayout(app.id, { user_id: user.id, amount: 10_00, idempotency_key: 'snap-key-1' }).id).to.equal(p.id);
  });

  it('load() replaces the state and cancels the old timers', () => {
    const { clock, ledger, app, user } = setup();
    const before = ledger.snapshot();
    fund(ledger, app.id, user.id, 100_00);
    const p = ledger.createPayout(app.id, { user_id: user.id, amount: 10_00, idempotency_key: 'snap-key-2' });
    ledger.load(before);
    clock.advance(10_000);
    expectDotsError(() => ledger.getTransfer(app.id, p.id), 'not_found');
    expect(ledger.getWallet(app.id, user.id).amount).to.equal(0);
    expectSound(ledger);
  });

  it('refuses snapshots of another version, malformed ones and ones whose books do not balance', () => {
    const { ledger, app, user } = setup();
    fund(ledger, app.id, user.id, 100_00);
    const snap = JSON.parse(JSON.stringify(ledger.snapshot()));
    expectDotsError(() => Ledger.restore({ ...snap, version: 2 }), 'validation', 'version');
    expectDotsError(() => Ledger.restore({ ...snap, apps: 'nope' }), 'validation', 'apps');
    const tampered = structuredClone(snap);
    tampered.transfers[1].transfer.transactions[0].amount += 1_000_00; // money out of nowhere into the user
    expectDotsError(() => Ledger.restore(tampered), 'validation', 'snapshot');
    const negative = structuredClone(snap);
    negative.transfers[0].transfer.transactions[0].amount = 1; // the refill shrinks below what was paid out
    negative.transfers[0].transfer.amount = 1;
    expectDotsError(() => Ledger.restore(negative), 'validation', 'snapshot');
  });

  it('holds no secrets: no full account numbers, IBANs or tax ids', () => {
    const { ledger, app, user } = setup();
    ledger.addPayoutMethod(app.id, { platform: 'intl_bank', user_id: user.id, iban: 'GB29NWBK60161331926819', bic: 'NWBKGB2L', account_holder: 'Ada' });
    ledger.submitCompliance(app.id, {
      form: 'w9', user_id: user.id, entity_type: 'individual', legal_name: 'Ada', tax_id_type: 'ssn', tax_id: '123456789',
      address: { line1: '1 A St', city: 'B', postal_code: '12345', country: 'US' }, certified: true,
    });
    const text = JSON.stringify(ledger.snapshot());
    for (const secret of ['123456789', 'GB29NWBK60161331926819', '60161331926819']) expect(text).to.not.contain(secret);
  });

  it('seeds a demo that is sound and reproducible', () => {
    const make = () => {
      const l = new Ledger({ clock: new ManualClock(), seed: 'demo' });
      l.seedDemo();
      return l;
    };
    const a = make();
    expectSound(a);
    expect(a.snapshot()).to.deep.equal(make().snapshot());
    const app = a.listApps()[0]!;
    const statuses = new Set(a.listTransfers(app.id, { type: 'payout' }).data.map((t) => t.status));
    expect([...statuses].sort()).to.deep.equal(['completed', 'failed', 'flagged', 'pending']);
  });
});
