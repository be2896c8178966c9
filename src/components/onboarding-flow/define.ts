import { DotsOnboardingFlow } from './onboarding-flow.ts';
import '../flow/define.ts';

if (!customElements.get('dots-onboarding-flow')) customElements.define('dots-onboarding-flow', DotsOnboardingFlow);

declare global {
  interface HTMLElementTagNameMap {
    'dots-onboarding-flow': DotsOnboardingFlow;
  }
}
