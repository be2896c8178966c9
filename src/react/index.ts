/**
 * `dots-flows/react`: React components for the public dots elements, made with `@lit/react`.
 * Properties pass as props (objects included: `adapter`, `prefill`, `appearance`), events arrive
 * as typed callbacks (`onDotsStepChange={(e) => e.detail.step}`). Using a component registers its
 * element and the elements it renders (each wrapper module imports their define modules), so an
 * app bundles only what it uses. React (18 or 19) is a peer dependency, never bundled.
 */
export { DotsOnboardingFlow } from './onboarding-flow.ts';
export { DotsFlow } from './flow.ts';
export { DotsPayoutClaimFlow } from './payout-claim-flow.ts';
export { DotsTextField, DotsSelect, DotsCheckbox, DotsMoneyInput, DotsPhoneInput, DotsOtpInput } from './fields.ts';
export { DotsButton, DotsStepper, DotsErrorSummary, DotsLiveRegion, DotsAlert } from './ui.ts';
export { DotsTransferLifecycle, DotsTransfers, DotsTransferDetail, DotsStatusBadge } from './transfers.ts';
export { DotsLedgerInspector } from './ledger-inspector.ts';
export { flowEvents, claimFlowEvents } from './events.ts';
export type { EventName, ReactWebComponent } from '@lit/react';
export type {
  DotsReadyDetail,
  DotsStepChangeDetail,
  DotsStepCompleteDetail,
  DotsFlowCompleteDetail,
  DotsFlowExitDetail,
  DotsFlowErrorDetail,
} from '../components/flow/events.ts';
export type { DotsClaimCompleteDetail, DotsClaimErrorDetail, DotsClaimStatusDetail } from '../components/payout-claim-flow/events.ts';
