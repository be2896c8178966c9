/**
 * Demo data for the demo page, Storybook and the inspector: an app with money, a few users with
 * payout methods, transfers in several statuses and an open payout link. Uses only the public
 * API, so it is also a worked example of it.
 */
import type { Ledger } from './ledger.ts';
import type { AppRecord } from './inputs.ts';
import type { User } from './schemas.ts';

export function seedDemo(ledger: Ledger): { app: AppRecord; users: User[] } {
  const app = ledger.createApp({
    name: 'Demo Marketplace',
    flag_threshold: 500_00,
    payout_fees: { paypal: 25 },
    min_payout: 100,
    sandbox_magic_code: true,
  });
  ledger.refillApp(app.id, 25_000_00, 'demo-refill-1');
  const ada = ledger.createUserDirect(app.id, { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', country_code: '1', phone_number: '2015550123' });
  const grace = ledger.createUserDirect(app.id, { first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.com', country_code: '1', phone_number: '2015550124' });
  const alan = ledger.createUserDirect(app.id, { first_name: 'Alan', last_name: 'Turing', email: 'alan@example.co.uk', country_code: '44', phone_number: '7400123456' });

  const adaBank = ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: ada.id, routing_number: '021000021', account_number: '123456789', account_type: 'checking' });
  ledger.addPayoutMethod(app.id, { platform: 'paypal', user_id: ada.id, email: 'ada@example.com' });
  ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: grace.id, routing_number: '011000015', account_number: '987650000', account_type: 'savings' });
  ledger.addPayoutMethod(app.id, { platform: 'intl_bank', user_id: alan.id, iban: 'GB29 NWBK 6016 1331 9268 19', bic: 'NWBKGB2L', account_holder: 'Alan Turing' });

  ledger.transferToUser(app.id, ada.id, 1_200_00, 'demo-fund-ada');
  ledger.transferToUser(app.id, grace.id, 300_00, 'demo-fund-grace');
  ledger.transferToUser(app.id, alan.id, 800_00, 'demo-fund-alan');

  const done = ledger.createPayout(app.id, { user_id: ada.id, amount: 150_00, payout_method_id: adaBank.id, idempotency_key: 'demo-payout-ada-1' });
  if (done.status === 'pending') ledger.completeTransfer(app.id, done.id, 'settled (demo)');
  ledger.createPayout(app.id, { user_id: ada.id, amount: 600_00, idempotency_key: 'demo-payout-ada-2' }); // flagged: at or above the threshold
  const failing = ledger.createPayout(app.id, { user_id: grace.id, amount: 120_00, idempotency_key: 'demo-payout-grace-1' }); // account ending 0000
  if (failing.status === 'pending') ledger.failTransfer(app.id, failing.id, 'account_closed');
  ledger.createPayout(app.id, { user_id: alan.id, amount: 200_00, idempotency_key: 'demo-payout-alan-1' }); // stays pending on the clock

  ledger.createPayoutLink(app.id, {
    amount: 75_00,
    payee: { first_name: 'Katherine', last_name: 'Johnson', email: 'katherine@example.com' },
    delivery_method: 'email',
    memo: 'Thanks for the review!',
    allow_partial: true,
    idempotency_key: 'demo-link-1',
  });
  return { app, users: [ada, grace, alan].map((u) => ledger.getUser(app.id, u.id)) };
}
