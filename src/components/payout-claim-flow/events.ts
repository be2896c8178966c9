/**
 * Events of `<dots-payout-claim-flow>` beyond the flow events it shares with `<dots-flow>`
 * (`dots-ready`, `dots-step-change`, `dots-step-complete`, `dots-flow-complete`,
 * `dots-flow-exit`, `dots-flow-error`). Ids, amounts, statuses and masks only: never a full
 * account number, and never the link's token.
 */
import type { PayoutPlatform, TransferStatus } from '../../core/ledger/schemas.ts';
import type { LinkProblem } from '../../core/flows/payout-claim.ts';
import type { DotsFlowCompleteDetail, DotsFlowErrorDetail } from '../flow/events.ts';
import { typedEmitter } from '../events.ts';

/** The payout method a claim went to, as a person would recognise it. */
export interface MaskedPayoutMethod {
  id: string | null;
  platform: PayoutPlatform | (string & {}) | null;
  /** Last four digits of an account number or IBAN; null for email-like methods. */
  mask: string | null;
}

/** `dots-flow-complete` of the claim flow: the claim was made; its transfer is on its way. */
export interface DotsClaimCompleteDetail extends DotsFlowCompleteDetail {
  payoutLinkId: string | null;
  /** Cents paid out (the fee included); the rest of a partial claim stays in the wallet. */
  amount: number | null;
  fee: number | null;
  currency: string | null;
  status: TransferStatus | null;
  payoutMethod: MaskedPayoutMethod | null;
}

/** `dots-flow-error` of the claim flow: `linkProblem` is set when the link cannot be claimed. */
export interface DotsClaimErrorDetail extends DotsFlowErrorDetail {
  linkProblem: LinkProblem | null;
}

export interface DotsClaimStatusDetail {
  transferId: string;
  payoutLinkId: string | null;
  status: TransferStatus;
  previousStatus: TransferStatus | null;
  /** True once the status cannot change any more (completed, failed, reversed, canceled). */
  final: boolean;
}

export interface DotsPayoutClaimEventMap {
  /** The claimed transfer's status changed (live, until it is final). */
  'dots-claim-status': CustomEvent<DotsClaimStatusDetail>;
}

const emitClaimEvent = typedEmitter<DotsPayoutClaimEventMap>();

export const emitClaimStatus = (target: EventTarget, detail: DotsClaimStatusDetail): boolean => emitClaimEvent(target, 'dots-claim-status', detail);

declare global {
  interface HTMLElementEventMap extends DotsPayoutClaimEventMap {}
}
