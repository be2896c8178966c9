import { DotsStepper } from './dots-stepper.ts';

if (!customElements.get('dots-stepper')) customElements.define('dots-stepper', DotsStepper);

declare global {
  interface HTMLElementTagNameMap {
    'dots-stepper': DotsStepper;
  }
}
