import type { PayoutMethod } from '../ledger/schemas.ts';

/** How a payout method is named to its owner: its mask (`•••• 4321`), cash tag, email or phone. */
export function describeMethod(m: Pick<PayoutMethod, 'platform' | 'mask' | 'email' | 'cash_tag' | 'phone_number'>): string {
  return m.mask ?? m.cash_tag ?? m.email ?? m.phone_number ?? '';
}
