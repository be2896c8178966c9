/** A payee with transfers in a real ledger on a manual clock, behind the real mock adapter. */
import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import { Ledger, ManualClock } from '../../src/core/ledger/index.ts';
import { MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';

export async function payee(options: { flagThreshold?: number } = {}) {
  const clock = new ManualClock();
  const ledger = new Ledger({ clock, seed: 11 });
  const app = ledger.createApp({ name: 'Acme', ...(options.flagThreshold ? { flag_threshold: options.flagThreshold } : {}) });
  ledger.refillApp(app.id, 1_000_000_000_00);
  const user = ledger.createUserDirect(app.id, { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', country_code: '1', phone_number: '2015550123' });
  const other = ledger.createUserDirect(app.id, { first_name: 'Alan', last_name: 'Turing', email: 'alan@example.com', country_code: '1', phone_number: '2015550199' });
  const ach = ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: user.id, routing_number: '021000021', account_number: '123456789', account_type: 'checking' });
  const failing = ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: user.id, routing_number: '021000021', account_number: '987650000', account_type: 'checking' });
  ledger.transferToUser(app.id, user.id, 500_000_00, 'fund-ada');
  const adapter = new MockAdapter({ ledger, appId: app.id, persist: 'memory' });
  await adapter.ready();
  let n = 0;
  const payout = (amount: number, methodId = ach.id) =>
    ledger.createPayout(app.id, { user_id: user.id, amount, payout_method_id: methodId, idempotency_key: `payout-${(n += 1)}-${amount}` });
  return { clock, ledger, app, user, other, ach, failing, adapter, payout };
}

/** Waits until `check` holds, one frame at a time (the virtualizer renders on frames). */
export async function until(check: () => boolean, what: string, frames = 200): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (check()) return;
    await new Promise((r) => requestAnimationFrame(r));
  }
  throw new Error(`timed out waiting for ${what}`);
}
