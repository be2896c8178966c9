/** A ledger on a manual clock with one funded app and a verified user holding an ACH method. */
import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import { expect } from '@open-wc/testing';
import { Ledger, ManualClock, type LedgerOptions } from '../../src/core/ledger/index.ts';
import { DotsError, type ErrorCode } from '../../src/core/ledger/errors.ts';

export const GOOD_ROUTING = '021000021';

export function setup(opts: LedgerOptions & { app?: Parameters<Ledger['createApp']>[0] } = {}) {
  const clock = new ManualClock();
  const ledger = new Ledger({ clock, seed: 7, ...opts });
  const app = ledger.createApp(opts.app ?? { name: 'Acme' });
  ledger.refillApp(app.id, 100_000_00);
  const user = ledger.createUserDirect(app.id, { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', country_code: '1', phone_number: '2015550123' });
  const method = ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: user.id, routing_number: GOOD_ROUTING, account_number: '123456789', account_type: 'checking' });
  return { clock, ledger, app, user, method };
}

export function fund(ledger: Ledger, appId: string, userId: string, amount: number): void {
  ledger.transferToUser(appId, userId, amount);
}

/** Runs `fn`, expects a DotsError with this code (and field when given); returns it. */
export function expectDotsError(fn: () => unknown, code: ErrorCode, field?: string): DotsError {
  try {
    fn();
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(DotsError);
    const err = e as DotsError;
    expect(err.code, err.message).to.equal(code);
    if (field !== undefined) expect(err.field).to.equal(field);
    expect(err.message.length).to.be.greaterThan(5);
    return err;
  }
  throw new Error(`expected DotsError ${code}, nothing was thrown`);
}

export function expectSound(ledger: Ledger): void {
  const report = ledger.checkInvariants();
  expect(report.problems).to.deep.equal([]);
}
