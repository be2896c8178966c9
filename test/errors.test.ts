import { expect } from '@open-wc/testing';
import { DotsError, isDotsError } from '../src/core/ledger/errors.ts';

describe('DotsError', () => {
  it('marks network-like codes retryable and keeps the field', () => {
    const e = new DotsError('timeout', 'slow');
    expect(e.retryable).to.equal(true);
    const v = new DotsError('validation', 'bad routing number', { field: 'routing_number' });
    expect(v.retryable).to.equal(false);
    expect(v.toJSON()).to.deep.equal({ code: 'validation', message: 'bad routing number', field: 'routing_number', retryable: false });
    expect(isDotsError(v)).to.equal(true);
  });
});
