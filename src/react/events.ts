/**
 * Event names typed with their CustomEvent, for `createComponent`'s `events` option: the key is
 * the React callback prop, the value the DOM event. One map per family of elements.
 */
import type { EventName } from '@lit/react';
import type { DotsMoneyDetail, DotsOtpDetail, DotsPhoneDetail, DotsValueDetail, DotsEventMap } from '../components/events.ts';
import type { DotsFlowEventMap } from '../components/flow/events.ts';
import type { DotsTransfersEventMap } from '../components/transfers/events.ts';
import type { DotsInspectorEventMap } from '../components/ledger-inspector/events.ts';
import type { DotsClaimCompleteDetail, DotsClaimErrorDetail, DotsPayoutClaimEventMap } from '../components/payout-claim-flow/events.ts';

const name = <E extends Event>(type: string) => type as EventName<E>;

/** The six public events of every flow element (`dots-flow-input` is internal and left out). */
export const flowEvents = {
  onDotsReady: name<DotsFlowEventMap['dots-ready']>('dots-ready'),
  onDotsStepChange: name<DotsFlowEventMap['dots-step-change']>('dots-step-change'),
  onDotsStepComplete: name<DotsFlowEventMap['dots-step-complete']>('dots-step-complete'),
  onDotsFlowComplete: name<DotsFlowEventMap['dots-flow-complete']>('dots-flow-complete'),
  onDotsFlowExit: name<DotsFlowEventMap['dots-flow-exit']>('dots-flow-exit'),
  onDotsFlowError: name<DotsFlowEventMap['dots-flow-error']>('dots-flow-error'),
};

/** The claim flow's events: richer complete and error details, and the live transfer status. */
export const claimFlowEvents = {
  ...flowEvents,
  onDotsFlowComplete: name<CustomEvent<DotsClaimCompleteDetail>>('dots-flow-complete'),
  onDotsFlowError: name<CustomEvent<DotsClaimErrorDetail>>('dots-flow-error'),
  onDotsClaimStatus: name<DotsPayoutClaimEventMap['dots-claim-status']>('dots-claim-status'),
};

/** `dots-input` and `dots-change` of a field whose detail is `D`. */
export const fieldEvents = <D extends DotsValueDetail>() => ({
  onDotsInput: name<CustomEvent<D>>('dots-input'),
  onDotsChange: name<CustomEvent<D>>('dots-change'),
});

export const textEvents = fieldEvents<DotsValueDetail<string>>();
export const checkboxEvents = fieldEvents<DotsValueDetail<boolean>>();
export const moneyEvents = fieldEvents<DotsMoneyDetail>();
export const phoneEvents = fieldEvents<DotsPhoneDetail>();
export const otpEvents = {
  ...fieldEvents<DotsValueDetail<string>>(),
  onDotsComplete: name<CustomEvent<DotsOtpDetail>>('dots-complete'),
};

export const alertEvents = {
  onDotsRetry: name<DotsEventMap['dots-retry']>('dots-retry'),
  onDotsDismiss: name<DotsEventMap['dots-dismiss']>('dots-dismiss'),
};

export const errorSummaryEvents = {
  onDotsErrorFocus: name<DotsEventMap['dots-error-focus']>('dots-error-focus'),
};

export const transfersEvents = {
  onDotsTransferOpen: name<DotsTransfersEventMap['dots-transfer-open']>('dots-transfer-open'),
  onDotsTransfersError: name<DotsTransfersEventMap['dots-transfers-error']>('dots-transfers-error'),
};

export const inspectorEvents = {
  onDotsPayoutLinkCreated: name<DotsInspectorEventMap['dots-payout-link-created']>('dots-payout-link-created'),
  onDotsLedgerChange: name<DotsInspectorEventMap['dots-ledger-change']>('dots-ledger-change'),
};
