/**
 * The public events of the flow elements. All bubble and are composed, and carry ids and masked
 * values only: never a full account number, IBAN, tax id or one-time code.
 */
import type { FlowEvent } from '../../core/machine/types.ts';
import { typedEmitter, type EventDetail } from '../events.ts';

type Fact = string | number | boolean | null;

interface FlowIds {
  /** The backend's flow record id (null until the backend answered). */
  flowId: string | null;
  /** The signed-in or created user (null before sign-in). */
  userId: string | null;
}

export interface DotsReadyDetail extends FlowIds {
  /** The API steps shown, in order (`sign-in` first when the flow signs the person in). */
  steps: string[];
  /** The step on screen. */
  step: string;
}

export interface DotsStepChangeDetail extends FlowIds {
  /** API step name (`compliance`, `manage-payouts`...) or `sign-in`. */
  step: string;
  /** The screen within the step (`sign-in-code`, `compliance-w9`...). */
  screen: string;
  previousStep: string | null;
  previousScreen: string | null;
  /** 1-based position of `step` among the steps shown. */
  index: number;
  total: number;
}

export interface DotsStepCompleteDetail extends FlowIds {
  step: string;
  screen: string;
  /** Masked facts about what was saved (last four digits, ids, statuses). */
  summary: Record<string, Fact>;
}

export interface DotsFlowCompleteDetail extends FlowIds {
  completedSteps: string[];
  /** The payout made by the flow, if any. */
  transferId: string | null;
}

export interface DotsFlowExitDetail extends FlowIds {
  /** `exit`: the person chose to leave; `redirect`: the redirect step is about to navigate. */
  reason: 'exit' | 'redirect';
  step: string;
  /** The http(s) URL for `redirect`. Call `preventDefault()` to navigate yourself. */
  url: string | null;
}

export interface DotsFlowErrorDetail extends FlowIds {
  step: string;
  screen: string;
  code: string;
  message: string;
  retryable: boolean;
}

export interface DotsFlowEventMap {
  /** The flow is set up (app settings read, flow record created) and shows its first step. */
  'dots-ready': CustomEvent<DotsReadyDetail>;
  /** Another step (or screen of a step) is shown. */
  'dots-step-change': CustomEvent<DotsStepChangeDetail>;
  /** A step was saved and the backend's flow record updated. */
  'dots-step-complete': CustomEvent<DotsStepCompleteDetail>;
  /** Every step is done. */
  'dots-flow-complete': CustomEvent<DotsFlowCompleteDetail>;
  /** The person leaves (Exit) or the redirect step navigates; cancelable. */
  'dots-flow-exit': CustomEvent<DotsFlowExitDetail>;
  /** A backend call failed; the flow shows it and offers a retry when it makes sense. */
  'dots-flow-error': CustomEvent<DotsFlowErrorDetail>;
  /** Internal: a step view asks the flow to send an event to its machine. */
  'dots-flow-input': CustomEvent<FlowEvent>;
}

export type DotsFlowEventName = keyof DotsFlowEventMap;
export type DotsFlowEventDetail<K extends DotsFlowEventName> = EventDetail<DotsFlowEventMap, K>;

/** Dispatches a flow event. */
export const emitFlowEvent = typedEmitter<DotsFlowEventMap>();

declare global {
  interface HTMLElementEventMap extends DotsFlowEventMap {}
}
