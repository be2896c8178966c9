import { expect } from '@open-wc/testing';
import { setup, expectDotsError } from './fixture.ts';
import { FlowRecord, type LedgerEvent } from '../../src/core/ledger/schemas.ts';

describe('ledger flow records', () => {
  it('creates, updates and lists flows, emitting flow.updated', () => {
    const { ledger, app, user } = setup();
    const events: LedgerEvent[] = [];
    ledger.subscribe(app.id, (e) => events.push(e), ['flow.updated']);
    const link = ledger.createPayoutLink(app.id, { amount: 1_00 });
    const flow = ledger.createFlow(app.id, { steps: ['compliance', 'manage-payouts', 'payout'], payout_link_id: link.id, metadata: { source: 'test' } });
    expect(FlowRecord.safeParse(flow).success).to.equal(true);
    expect(flow).to.include({ user_id: null, payout_link_id: link.id });
    expect(ledger.getPayoutLink(app.id, link.id).flow_id).to.equal(flow.id);
    const updated = ledger.updateFlow(app.id, { flow_id: flow.id, user_id: user.id, completed_steps: ['manage-payouts', 'compliance'] });
    expect(updated.completed_steps).to.deep.equal(['compliance', 'manage-payouts']); // kept in step order
    expect(events.map((e) => e.type)).to.deep.equal(['flow.updated', 'flow.updated']);
    expect((events[1]!.data as { user_id: string }).user_id).to.equal(user.id);
    expectDotsError(() => ledger.updateFlow(app.id, { flow_id: flow.id, completed_steps: ['redirect'] }), 'validation', 'completed_steps');
    expect(ledger.listFlows(app.id).data.map((f) => f.id)).to.deep.equal([flow.id]);
  });

  it('refuses users, links and flows of another app', () => {
    const { ledger, app, user } = setup();
    const other = ledger.createApp({ name: 'Other' });
    expectDotsError(() => ledger.createFlow(other.id, { steps: ['payout'], user_id: user.id }), 'not_found', 'user_id');
    const flow = ledger.createFlow(app.id, { steps: ['payout'] });
    expectDotsError(() => ledger.getFlow(other.id, flow.id), 'not_found');
    expectDotsError(() => ledger.updateFlow(other.id, { flow_id: flow.id }), 'not_found');
  });
});

describe('ledger events', () => {
  it('delivers an app its own events only; "*" sees all; unsubscribe stops delivery', () => {
    const { ledger, app, user } = setup();
    const other = ledger.createApp({ name: 'Other' });
    const mine: string[] = [];
    const theirs: string[] = [];
    const all: string[] = [];
    const stop = ledger.subscribe(app.id, (e) => mine.push(e.app_id));
    ledger.subscribe(other.id, (e) => theirs.push(e.app_id));
    ledger.subscribe('*', (e) => all.push(e.app_id));
    ledger.updateUser(app.id, { user_id: user.id, first_name: 'X' });
    ledger.createFlow(other.id, { steps: ['payout'] });
    expect(mine).to.deep.equal([app.id]);
    expect(theirs).to.deep.equal([other.id]);
    expect(all).to.deep.equal([app.id, other.id]);
    stop();
    ledger.updateUser(app.id, { user_id: user.id, first_name: 'Y' });
    expect(mine).to.have.length(1);
  });

  it('lets a listener call the ledger, and survives a listener that throws', () => {
    const { ledger, app, user } = setup();
    const origError = console.error;
    console.error = () => {};
    try {
      ledger.subscribe(app.id, () => {
        throw new Error('broken listener');
      });
      const seen: number[] = [];
      ledger.subscribe(app.id, (e) => {
        if (e.type === 'user.updated') seen.push(ledger.getUser(app.id, user.id).wallet.amount);
      }, ['user.updated']);
      ledger.transferToUser(app.id, user.id, 3_00);
      expect(seen).to.deep.equal([3_00]);
    } finally {
      console.error = origError;
    }
  });

  it('gives listeners copies', () => {
    const { ledger, app, user } = setup();
    ledger.subscribe(app.id, (e) => {
      if (e.type === 'user.updated') e.data.first_name = 'Mallory';
    });
    ledger.updateUser(app.id, { user_id: user.id, last_name: 'King' });
    expect(ledger.getUser(app.id, user.id).first_name).to.equal('Ada');
  });
});
