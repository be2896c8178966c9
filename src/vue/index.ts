/**
 * `dots-flows/vue`: Vue 3 template types for the dots elements. Vue renders custom elements
 * natively; what it lacks is their types, so `vue-tsc` and Volar check props and `@dots-*`
 * listeners against the element classes once this module is part of the program:
 *
 *   // src/env.d.ts
 *   /// <reference types="dots-flows/vue" />
 *
 * and Vue's compiler must be told that `dots-*` tags are custom elements:
 *   vue({ template: { compilerOptions: { isCustomElement: isDotsElement } } })
 * The only runtime code is `isDotsElement`; the elements register through `dots-flows/define`.
 */
import type { LitElement } from 'lit';
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { DotsEventMap } from '../components/events.ts';
import type { DotsFlowEventMap } from '../components/flow/events.ts';
import type { DotsTransfersEventMap } from '../components/transfers/events.ts';
import type { DotsInspectorEventMap } from '../components/ledger-inspector/events.ts';
import type { DotsClaimCompleteDetail, DotsClaimErrorDetail, DotsPayoutClaimEventMap } from '../components/payout-claim-flow/events.ts';
import type { DotsFlow } from '../components/flow/flow.ts';
import type { DotsOnboardingFlow } from '../components/onboarding-flow/onboarding-flow.ts';
import type { DotsPayoutClaimFlow } from '../components/payout-claim-flow/payout-claim-flow.ts';
import type { DotsTextField } from '../components/dots-text-field/dots-text-field.ts';
import type { DotsSelect } from '../components/dots-select/dots-select.ts';
import type { DotsCheckbox } from '../components/dots-checkbox/dots-checkbox.ts';
import type { DotsMoneyInput } from '../components/dots-money-input/dots-money-input.ts';
import type { DotsPhoneInput } from '../components/dots-phone-input/dots-phone-input.ts';
import type { DotsOtpInput } from '../components/dots-otp-input/dots-otp-input.ts';
import type { DotsButton } from '../components/dots-button/dots-button.ts';
import type { DotsStepper } from '../components/dots-stepper/dots-stepper.ts';
import type { DotsErrorSummary } from '../components/dots-error-summary/dots-error-summary.ts';
import type { DotsLiveRegion } from '../components/dots-live-region/dots-live-region.ts';
import type { DotsAlert } from '../components/dots-alert/dots-alert.ts';
import type { DotsTransferLifecycle } from '../components/dots-transfer-lifecycle/dots-transfer-lifecycle.ts';
import type { DotsTransfers } from '../components/transfers/transfers.ts';
import type { DotsTransferDetail } from '../components/transfer-detail/transfer-detail.ts';
import type { DotsStatusBadge } from '../components/status-badge/status-badge.ts';
import type { DotsLedgerInspector } from '../components/ledger-inspector/ledger-inspector.ts';

/** For `compilerOptions.isCustomElement`: every `dots-*` tag is a custom element, not a Vue component. */
export const isDotsElement = (tag: string): boolean => tag.startsWith('dots-');

type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;

/** Keys a template may set: the element's own writable, non-method, string-named members. */
type SettableKeys<E> = {
  [K in Exclude<keyof E, keyof LitElement>]-?: K extends string
    ? E[K] extends (...args: never[]) => unknown
      ? never
      : IfEquals<{ [Q in K]: E[K] }, { -readonly [Q in K]: E[K] }, K, never>
    : never;
}[Exclude<keyof E, keyof LitElement>];

/** The element's properties as optional template props. */
export type DotsElementProps<E> = { [K in SettableKeys<E>]?: E[K] };

type VueEmit<T extends object> = EmitFn<{ [K in keyof T]: (event: T[K]) => void }>;

/**
 * The type Vue's tooling reads for a custom element in `GlobalComponents`: `$props` for the
 * attributes and properties a template may bind, `$emit` for the `@event` listeners.
 * `Props` replaces the element-derived props where an attribute takes a looser form.
 */
export type DotsVueElement<E extends HTMLElement, Events extends object = {}, Props = DotsElementProps<E>> = new () => E & {
  /** Template typing only; never read `$props` from an element ref. */
  $props: HTMLAttributes & Props & PublicProps;
  /** Template typing only. */
  $emit: VueEmit<Events>;
};

/** The six public flow events; `dots-flow-input` is internal. */
export type DotsFlowEvents = Omit<DotsFlowEventMap, 'dots-flow-input'>;

/** `steps` and `hidden-steps` also take a space- or comma-separated string, as attributes do. */
export type DotsFlowProps<E extends DotsFlow> = Omit<DotsElementProps<E>, 'steps' | 'hiddenSteps'> & {
  steps?: string | string[];
  hiddenSteps?: string | string[];
};

/** The claim flow's events: richer complete and error details, and the live transfer status. */
export type DotsClaimFlowEvents = Omit<DotsFlowEvents, 'dots-flow-complete' | 'dots-flow-error'> &
  DotsPayoutClaimEventMap & {
    'dots-flow-complete': CustomEvent<DotsClaimCompleteDetail>;
    'dots-flow-error': CustomEvent<DotsClaimErrorDetail>;
  };

/** `hidden-steps` also takes a space- or comma-separated string. */
export type DotsClaimFlowProps = Omit<DotsElementProps<DotsPayoutClaimFlow>, 'hiddenSteps'> & { hiddenSteps?: string | string[] };

type FieldEvents = Pick<DotsEventMap, 'dots-input' | 'dots-change'>;

declare module 'vue' {
  interface GlobalComponents {
    'dots-flow': DotsVueElement<DotsFlow, DotsFlowEvents, DotsFlowProps<DotsFlow>>;
    'dots-onboarding-flow': DotsVueElement<DotsOnboardingFlow, DotsFlowEvents, DotsFlowProps<DotsOnboardingFlow>>;
    'dots-payout-claim-flow': DotsVueElement<DotsPayoutClaimFlow, DotsClaimFlowEvents, DotsClaimFlowProps>;
    'dots-text-field': DotsVueElement<DotsTextField, FieldEvents>;
    'dots-select': DotsVueElement<DotsSelect, FieldEvents>;
    'dots-checkbox': DotsVueElement<DotsCheckbox, FieldEvents>;
    'dots-money-input': DotsVueElement<DotsMoneyInput, FieldEvents>;
    'dots-phone-input': DotsVueElement<DotsPhoneInput, FieldEvents>;
    'dots-otp-input': DotsVueElement<DotsOtpInput, FieldEvents & Pick<DotsEventMap, 'dots-complete'>>;
    'dots-button': DotsVueElement<DotsButton>;
    'dots-stepper': DotsVueElement<DotsStepper>;
    'dots-error-summary': DotsVueElement<DotsErrorSummary, Pick<DotsEventMap, 'dots-error-focus'>>;
    'dots-live-region': DotsVueElement<DotsLiveRegion>;
    'dots-alert': DotsVueElement<DotsAlert, Pick<DotsEventMap, 'dots-retry' | 'dots-dismiss'>>;
    'dots-transfer-lifecycle': DotsVueElement<DotsTransferLifecycle>;
    'dots-transfers': DotsVueElement<DotsTransfers, DotsTransfersEventMap>;
    'dots-transfer-detail': DotsVueElement<DotsTransferDetail>;
    'dots-status-badge': DotsVueElement<DotsStatusBadge>;
    'dots-ledger-inspector': DotsVueElement<DotsLedgerInspector, DotsInspectorEventMap>;
  }
}
