/**
 * `dots-flows/react`: React components for the public dots elements, made with `@lit/react`.
 * Properties pass as props (objects included: `adapter`, `prefill`, `appearance`), events arrive
 * as typed callbacks (`onDotsStepChange={(e) => e.detail.step}`). Importing this module registers
 * every element, as `dots-flows/define` does. React (18 or 19) is a peer dependency, never bundled.
 */
// The define entry itself, not the elements' define modules (here and in each wrapper module):
// the build then imports `./define.js`, which package.json marks as having side effects, rather
// than a shared chunk a host's bundler would drop.
import '../define.ts';
export { DotsFlow, DotsOnboardingFlow, DotsPayoutClaimFlow } from './flows.ts';
export { DotsTextField, DotsSelect, DotsCheckbox, DotsMoneyInput, DotsPhoneInput, DotsOtpInput } from './fields.ts';
export { DotsButton, DotsStepper, DotsErrorSummary, DotsLiveRegion, DotsAlert } from './ui.ts';
export { DotsTransferLifecycle, DotsTransfers, DotsTransferDetail, DotsStatusBadge, DotsLedgerInspector } from './transfers.ts';
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
