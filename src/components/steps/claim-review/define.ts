import { DotsClaimReviewStep } from './claim-review-step.ts';
import '../../dots-select/define.ts';
import '../../dots-money-input/define.ts';

if (!customElements.get('dots-claim-review-step')) customElements.define('dots-claim-review-step', DotsClaimReviewStep);

declare global {
  interface HTMLElementTagNameMap {
    'dots-claim-review-step': DotsClaimReviewStep;
  }
}
