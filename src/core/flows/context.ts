/**
 * What the Dots flows keep between steps. Only masked or public data: the adapter already masks
 * account numbers and tax ids in what it returns, and typed secrets stay in step values.
 */
import type { AppSettings } from '../../adapters/types.ts';
import type { FlowStep, PayoutMethod, TransferStatus, User, Wallet } from '../ledger/schemas.ts';
import { parsePhone } from '../validation/phone.ts';

export interface TransferSummary {
  id: string;
  status: TransferStatus;
  amount: number;
  fee: number;
  payout_platform: string | null;
  payout_mask: string | null;
}

export interface DotsContext {
  /** The API steps this flow runs (for the flow record). */
  flowSteps: FlowStep[];
  /** ISO 3166-1 alpha-2: a US person gets the W-9, anyone else the W-8BEN. */
  country: string | null;
  /** After the code: true when no user had this phone (the profile step is shown). */
  newUser: boolean | null;
  /** Proof of the verified phone, for createUser. */
  session: string | null;
  phone: { country_code: string; phone_number: string; country: string | null } | null;
  codeExpiresAt: string | null;
  settings: AppSettings | null;
  user: User | null;
  payoutMethods: PayoutMethod[] | null;
  wallet: Wallet | null;
  transfer: TransferSummary | null;
  /** Where the redirect step goes (only http and https are ever followed). */
  redirectUrl: string | null;
  /** Seconds before the redirect step continues by itself; 0 waits for the person. */
  redirectSeconds: number;
  payoutLinkId: string | null;
}

export const emptyContext = (flowSteps: FlowStep[]): DotsContext => ({
  flowSteps,
  country: null,
  newUser: null,
  session: null,
  phone: null,
  codeExpiresAt: null,
  settings: null,
  user: null,
  payoutMethods: null,
  wallet: null,
  transfer: null,
  redirectUrl: null,
  redirectSeconds: 10,
  payoutLinkId: null,
});

/** The country of a user's phone (`US` for +1 201...), or null when the number spans countries. */
export function countryOfUser(user: Pick<User, 'country_code' | 'phone_number'>): string | null {
  const r = parsePhone(`+${user.country_code}${user.phone_number}`);
  return r.ok ? r.value.country ?? null : null;
}

export const call = (signal: AbortSignal) => ({ signal });
