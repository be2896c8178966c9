import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import { expect } from '@open-wc/testing';
import { operatorActions } from '../../src/components/ledger-inspector/operator-actions.ts';
import { Ledger, ManualClock, TRANSFER_TRANSITIONS } from '../../src/core/ledger/index.ts';
import { TransferStatus } from '../../src/core/ledger/schemas.ts';
import { isMessageKey } from '../../src/i18n/catalog.ts';

describe('operator actions', () => {
  it('are exactly the transition table, each with a catalog label', () => {
    for (const status of TransferStatus.options) {
      const actions = operatorActions(status);
      expect(actions.map((a) => a.to), status).to.deep.equal([...TRANSFER_TRANSITIONS[status]]);
      for (const a of actions) expect(isMessageKey(a.label), a.label).to.equal(true);
    }
    expect(operatorActions('flagged').map((a) => a.name)).to.deep.equal(['release']);
    expect(operatorActions('completed')).to.deep.equal([]);
  });

  it('each makes its move on a real ledger, and the books stay sound', () => {
    for (const action of operatorActions('pending')) {
      const ledger = new Ledger({ clock: new ManualClock(), seed: 2, processing: { autoProcess: false } });
      const app = ledger.createApp({ name: 'Acme' });
      ledger.refillApp(app.id, 1_000_00);
      const user = ledger.createUserDirect(app.id, { first_name: 'A', last_name: 'B', email: 'a@example.com', country_code: '1', phone_number: '2015550123' });
      ledger.addPayoutMethod(app.id, { platform: 'paypal', user_id: user.id, email: 'a@example.com' });
      ledger.transferToUser(app.id, user.id, 100_00);
      const created = ledger.createPayout(app.id, { user_id: user.id, amount: 10_00, idempotency_key: 'key-12345678' });
      expect(created.status).to.equal('created'); // nothing moves on its own with autoProcess off
      const t = operatorActions('created').find((a) => a.name === 'submit')!.run(ledger, app.id, created.id);
      expect(t.status).to.equal('pending');
      const moved = action.run(ledger, app.id, t.id);
      expect(moved.status, action.name).to.equal(action.to);
      expect(ledger.checkInvariants().problems).to.deep.equal([]);
    }
  });
});
