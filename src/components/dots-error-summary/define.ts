import { DotsErrorSummary } from './dots-error-summary.ts';

if (!customElements.get('dots-error-summary')) customElements.define('dots-error-summary', DotsErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'dots-error-summary': DotsErrorSummary;
  }
}
