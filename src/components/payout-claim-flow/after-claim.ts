/**
 * What the claim element shows and does once the claim is made: the status page and the live
 * tracking of the transfer. It loads with the claim screen (step-views.ts), not in the element's
 * first download.
 */
export { renderClaimStatus, statusOf, statusTitle } from './status-view.ts';
export { trackTransfer } from '../../core/flows/payout-claim-tracker.ts';
export { isFinalStatus } from '../../core/ledger/transitions.ts';
