import { expect } from '@open-wc/testing';
import { TRANSFER_TRANSITIONS, FINAL_STATUSES, canTransition, isFinalStatus, TransferStatus } from '../../src/index.ts';

describe('transfer status table', () => {
  it('is exactly the DESIGN.md table', () => {
    expect(TRANSFER_TRANSITIONS).to.deep.equal({
      created: ['pending', 'flagged'],
      flagged: ['pending'],
      pending: ['completed', 'failed', 'reversed', 'canceled'],
      completed: [],
      failed: [],
      reversed: [],
      canceled: [],
    });
    expect([...FINAL_STATUSES].sort()).to.deep.equal(['canceled', 'completed', 'failed', 'reversed']);
  });
  it('answers canTransition for every pair from the table, and is frozen', () => {
    for (const from of TransferStatus.options) {
      for (const to of TransferStatus.options) {
        expect(canTransition(from, to), `${from}->${to}`).to.equal(TRANSFER_TRANSITIONS[from].includes(to));
      }
      expect(isFinalStatus(from)).to.equal(TRANSFER_TRANSITIONS[from].length === 0);
    }
    expect(Object.isFrozen(TRANSFER_TRANSITIONS)).to.equal(true);
    expect(Object.isFrozen(TRANSFER_TRANSITIONS.pending)).to.equal(true);
  });
});
