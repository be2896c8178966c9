/**
 * Payout methods from their inputs: validated with the validation module, masked, and with the
 * sandbox outcome decided once. The full account number or IBAN is dropped here: the ledger
 * keeps only the last four and whether the sandbox rail fails it.
 */
import type { AddPayoutMethodInput } from '../../adapters/types.ts';
import { checkAccountNumber, checkBic, checkCashTag, checkEmail, checkIban, checkRoutingNumber, ibanCountry, parsePhone } from '../validation/index.ts';
import { must } from './parse.ts';
import type { PayoutMethod } from './schemas.ts';
import type { StoredMethod } from './snapshot.ts';
import { SANDBOX } from './inputs.ts';

const last4 = (s: string): string => s.slice(-4);

/** `jo***@example.com`: enough for a person to recognise their own address. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  return `${local.slice(0, 2)}***${email.slice(at)}`;
}

export function buildMethod(
  input: AddPayoutMethodInput,
  id: string,
  created: string,
): { method: PayoutMethod; rail: StoredMethod['rail'] } {
  switch (input.platform) {
    case 'ach': {
      const routing = must(checkRoutingNumber(input.routing_number), 'routing_number');
      const account = must(checkAccountNumber(input.account_number), 'account_number');
      const kind = input.account_type === 'savings' ? 'Savings' : 'Checking';
      return {
        method: { id, platform: 'ach', mask: last4(account), description: `${kind} ••••${last4(account)}`, created },
        rail: { routing_number: routing, account_type: input.account_type, sandbox_fail: account.endsWith(SANDBOX.failingSuffix) },
      };
    }
    case 'paypal': {
      const email = must(checkEmail(input.email), 'email');
      return {
        method: { id, platform: 'paypal', mask: null, description: `PayPal ${maskEmail(email)}`, email, created },
        rail: { sandbox_fail: email.toLowerCase().startsWith(SANDBOX.failingPaypalPrefix) },
      };
    }
    case 'venmo': {
      const phone = must(parsePhone(input.phone_number), 'phone_number');
      return {
        method: { id, platform: 'venmo', mask: last4(phone.phone_number), description: `Venmo ••••${last4(phone.phone_number)}`, phone_number: phone.e164, created },
        rail: { sandbox_fail: phone.phone_number.endsWith(SANDBOX.failingSuffix) },
      };
    }
    case 'cash_app': {
      const tag = must(checkCashTag(input.cash_tag), 'cash_tag');
      return {
        method: { id, platform: 'cash_app', mask: null, description: `Cash App ${tag}`, cash_tag: tag, created },
        rail: { sandbox_fail: tag.toLowerCase() === SANDBOX.failingCashTag },
      };
    }
    case 'intl_bank': {
      const iban = must(checkIban(input.iban), 'iban');
      const bic = must(checkBic(input.bic), 'bic');
      const country = ibanCountry(iban);
      return {
        method: { id, platform: 'intl_bank', mask: last4(iban), description: `Bank account ${country} ••••${last4(iban)}`, country, bic, created },
        rail: { account_holder: input.account_holder, sandbox_fail: iban.endsWith(SANDBOX.failingSuffix) },
      };
    }
  }
}

/**
 * What makes two payout methods one account, from what the ledger keeps (never a full account
 * number or IBAN, nor a hash of one: a hash of a 10-digit account whose last four are shown is
 * found by brute force in seconds). ACH: routing number, account type and last four; intl_bank:
 * country, BIC, last four and account holder; PayPal, Venmo, Cash App: the address itself. Two
 * different accounts can share a key (same bank, same last four): the ledger then keeps the
 * first, a price paid so that a retried add never makes a second method.
 */
export function accountKey(m: { method: PayoutMethod; rail: StoredMethod['rail'] }): string {
  const { method, rail } = m;
  const fold = (s: string | null | undefined) => (s ?? '').normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  switch (method.platform) {
    case 'ach':
      return ['ach', rail.routing_number, rail.account_type, method.mask].join('|');
    case 'intl_bank':
      return ['intl_bank', method.country, fold(method.bic), method.mask, fold(rail.account_holder)].join('|');
    case 'paypal':
      return ['paypal', fold(method.email)].join('|');
    case 'venmo':
      return ['venmo', method.phone_number].join('|');
    case 'cash_app':
      return ['cash_app', fold(method.cash_tag)].join('|');
  }
}
