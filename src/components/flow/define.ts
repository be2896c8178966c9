import { DotsFlow } from './flow.ts';
// The first screen's element; the other screens' elements load with their steps (step-views.ts).
import '../steps/sign-in/phone-screen/define.ts';
import '../dots-stepper/define.ts';
import '../dots-button/define.ts';
import { warmUpIntl } from '../../i18n/warm-up.ts';

// A page imports the flow before it shows one: ICU's first use goes in a task of its own (see warmUpIntl).
warmUpIntl();

if (!customElements.get('dots-flow')) customElements.define('dots-flow', DotsFlow);

declare global {
  interface HTMLElementTagNameMap {
    'dots-flow': DotsFlow;
  }
}
