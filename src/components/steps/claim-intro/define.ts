import { DotsClaimIntroStep } from './claim-intro-step.ts';

if (!customElements.get('dots-claim-intro-step')) customElements.define('dots-claim-intro-step', DotsClaimIntroStep);

declare global {
  interface HTMLElementTagNameMap {
    'dots-claim-intro-step': DotsClaimIntroStep;
  }
}
