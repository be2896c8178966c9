import { DotsFlow } from './flow.ts';
import '../steps/define.ts';
import '../dots-stepper/define.ts';
import '../dots-error-summary/define.ts';
import '../dots-alert/define.ts';
import '../dots-button/define.ts';

if (!customElements.get('dots-flow')) customElements.define('dots-flow', DotsFlow);

declare global {
  interface HTMLElementTagNameMap {
    'dots-flow': DotsFlow;
  }
}
