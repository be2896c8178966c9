import { DotsComplianceStep } from './compliance-step.ts';
import '../../dots-text-field/define.ts';
import '../../dots-select/define.ts';
import '../../dots-checkbox/define.ts';
import '../../dots-button/define.ts';
import '../../dots-alert/define.ts';
import '../../dots-phone-input/define.ts';
import '../../dots-otp-input/define.ts';
import '../../dots-money-input/define.ts';

if (!customElements.get('dots-compliance-step')) customElements.define('dots-compliance-step', DotsComplianceStep);

declare global {
  interface HTMLElementTagNameMap {
    'dots-compliance-step': DotsComplianceStep;
  }
}
