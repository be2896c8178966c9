/**
 * The demo page's sections, in page order. Each lives in its own module under demo/sections/;
 * replace a placeholder by importing the real section here.
 */
import type { DemoSection } from '../lib/context.ts';
import { placeholderSection } from './placeholder.ts';

export const sections: DemoSection[] = [
  placeholderSection('onboarding', 'Onboarding', 'A new payee signs in with a phone code, fills in tax details and adds a payout method.'),
  placeholderSection('claim', 'Claim a payout link', 'Money sent by link: the payee verifies, picks a payout method and claims it.'),
  placeholderSection('transfers', 'Transfers', 'Every transfer of the app, live as statuses change.'),
  placeholderSection('ledger', 'Ledger console', 'The mock ledger from the operator side: wallets, outbox, clock and faults.'),
];
