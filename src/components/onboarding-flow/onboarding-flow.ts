import { DotsFlow } from '../flow/flow.ts';
import { ONBOARDING_STEPS } from '../../core/flows/build.ts';

/**
 * @summary The onboarding preset: signs the payee in (phone, code, name and email when new),
 * collects tax information (W-9 or W-8BEN) and a payout method. Set `steps` to change the
 * preset; everything else is as on `<dots-flow>`.
 *
 * @event dots-ready - `DotsReadyDetail`: set up and showing its first step.
 * @event dots-step-change - `DotsStepChangeDetail`: another step or screen is shown.
 * @event dots-step-complete - `DotsStepCompleteDetail`: a step was saved (masked summary).
 * @event dots-flow-complete - `DotsFlowCompleteDetail`: every step is done.
 * @event dots-flow-exit - `DotsFlowExitDetail`: Exit pressed, or the redirect step is about to navigate (cancelable).
 * @event dots-flow-error - `DotsFlowErrorDetail`: a backend call failed.
 *
 * @slot logo - Your logo, above the stepper.
 * @slot legal - Legal text under the buttons.
 *
 * @csspart base - The frame around everything.
 * @csspart stepper - The progress stepper.
 * @csspart heading - The step heading (focused on each step change).
 * @csspart alert - The backend error box with Try again.
 * @csspart error-summary - The list of problems after a failed Continue.
 * @csspart body - The step's fields.
 * @csspart footer - The button row.
 * @csspart back - The Back button.
 * @csspart continue - The Continue button.
 * @csspart exit - The Exit button.
 * @csspart complete - The completion message.
 * @csspart live-region - The polite live region announcing progress.
 */
export class DotsOnboardingFlow extends DotsFlow {
  protected override stepNames(): string[] {
    return this.steps.length ? this.steps : [...ONBOARDING_STEPS];
  }
}
