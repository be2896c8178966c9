// Side-effect-free entry: classes, types, flows, adapters and events. Importing it registers no
// custom element; import `dots-flows/define` (or load the script-tag entry) for that.
export * from './core/ledger/schemas.ts';
export * from './core/ledger/errors.ts';
export * from './adapters/types.ts';
export * from './core/ledger/index.ts';
export * from './core/validation/index.ts';
// UI foundation: i18n, design tokens and appearance, controllers, building-block elements.
export * from './i18n/index.ts';
export * from './styles/index.ts';
export { LocalizeController, STRINGS_SCOPE, closestLang, notifyStringsChanged, type MessageRef, type LocalizeHost } from './controllers/localize.ts';
export { AnnouncerController } from './controllers/announcer.ts';
export { FocusController, type FocusControllerOptions } from './controllers/focus.ts';
export * from './components/events.ts';
export { DotsElement } from './components/base/dots-element.ts';
export { DotsFieldElement } from './components/base/field-element.ts';
export { DotsTextField } from './components/dots-text-field/dots-text-field.ts';
export { DotsSelect, type DotsSelectOption } from './components/dots-select/dots-select.ts';
export { DotsCheckbox } from './components/dots-checkbox/dots-checkbox.ts';
export { DotsMoneyInput } from './components/dots-money-input/dots-money-input.ts';
export { DotsPhoneInput } from './components/dots-phone-input/dots-phone-input.ts';
export { DotsOtpInput } from './components/dots-otp-input/dots-otp-input.ts';
export { DotsButton } from './components/dots-button/dots-button.ts';
export { DotsStepper, type DotsStep } from './components/dots-stepper/dots-stepper.ts';
export { DotsErrorSummary, type DotsErrorSummaryItem } from './components/dots-error-summary/dots-error-summary.ts';
export { DotsLiveRegion } from './components/dots-live-region/dots-live-region.ts';
export { DotsAlert, type DotsAlertError } from './components/dots-alert/dots-alert.ts';
// Backends: the in-browser mock ledger adapter and the Dots v2 HTTP adapter.
export * from './adapters/index.ts';
// Flows: the step machine (headless), the Dots step definitions, the flow elements and their events.
export * from './core/machine/index.ts';
export * from './core/flows/index.ts';
export { FlowController } from './controllers/flow.ts';
export * from './components/flow/events.ts';
export { adapterContext, provideAdapter } from './components/flow/context.ts';
export { DotsFlow } from './components/flow/flow.ts';
export { DotsOnboardingFlow } from './components/onboarding-flow/onboarding-flow.ts';
export * from './core/flows/payout-claim.ts';
export { trackTransfer, type TrackTransferOptions } from './core/flows/payout-claim-tracker.ts';
export { linkFromUrl, LINK_URL_PARAMS } from './core/flows/payout-claim-url.ts';
export { DotsPayoutClaimFlow } from './components/payout-claim-flow/payout-claim-flow.ts';
export type { DotsClaimCompleteDetail, DotsClaimErrorDetail, DotsClaimStatusDetail, DotsPayoutClaimEventMap, MaskedPayoutMethod } from './components/payout-claim-flow/events.ts';
export { DotsClaimIntroStep } from './components/steps/claim-intro/claim-intro-step.ts';
export { DotsClaimReviewStep } from './components/steps/claim-review/claim-review-step.ts';
export { DotsStepView, type DotsSnapshot } from './components/steps/step-view.ts';
export { translateMessage } from './components/steps/messages.ts';
export { DotsSignInStep } from './components/steps/sign-in/sign-in-step.ts';
export { DotsComplianceStep } from './components/steps/compliance/compliance-step.ts';
export { DotsIdVerificationStep } from './components/steps/id-verification/id-verification-step.ts';
export { DotsManagePayoutsStep } from './components/steps/manage-payouts/manage-payouts-step.ts';
export { DotsPayoutStep } from './components/steps/payout/payout-step.ts';
export { DotsRedirectStep } from './components/steps/redirect/redirect-step.ts';
export { DotsTransferLifecycle, type LifecycleTransfer } from './components/dots-transfer-lifecycle/dots-transfer-lifecycle.ts';
export { layoutLifecycle, type Layout as LifecycleLayout } from './components/dots-transfer-lifecycle/lifecycle-layout.ts';
// Money views: a payee's transfers, one transfer's history, status badges and the ledger console.
export { DotsStatusBadge } from './components/status-badge/status-badge.ts';
export { statusKey, statusTone, type StatusKind, type StatusTone } from './components/status-badge/status.ts';
export { DotsTransfers, type TransfersAdapter } from './components/transfers/transfers.ts';
export { TransferListModel, type TransferFilter } from './components/transfers/transfer-list-model.ts';
export type { DotsTransferOpenDetail, DotsTransfersErrorDetail, DotsTransfersEventMap } from './components/transfers/events.ts';
export { DotsTransferDetail } from './components/transfer-detail/transfer-detail.ts';
export { DotsLedgerInspector, type InspectorAdapter } from './components/ledger-inspector/ledger-inspector.ts';
export { operatorActions, type OperatorAction, type OperatorActionName } from './components/ledger-inspector/operator-actions.ts';
export type { DotsPayoutLinkCreatedDetail, DotsLedgerChangeDetail, DotsInspectorEventMap } from './components/ledger-inspector/events.ts';
