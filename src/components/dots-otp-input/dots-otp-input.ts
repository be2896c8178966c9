import { html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { DotsFieldElement } from '../base/field-element.ts';
import { emit } from '../events.ts';
import type { MessageKey } from '../../i18n/catalog-types.ts';
import { asciiDigits } from '../../core/validation/digits.ts';
import { styles } from './dots-otp-input.styles.ts';

/**
 * @summary A one-time code: one input with `autocomplete="one-time-code"` and a numeric
 * keyboard (the accessible choice: one field, one label, SMS autofill works). Spaces and
 * dashes in pasted codes are dropped; other scripts' digits are read as ASCII.
 *
 * @event dots-input - `{ name, value }` on every edit (digits only).
 * @event dots-change - `{ name, value }` when committed.
 * @event dots-complete - `{ name, value, complete: true }` when `length` digits are present.
 *
 * @csspart field - Wrapper.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint.
 * @csspart error - The error text.
 * @csspart input - The native `<input>`.
 */
export class DotsOtpInput extends DotsFieldElement {
  static override styles = [...DotsFieldElement.styles, styles];

  @property() value = '';
  @property({ type: Number }) length = 6;

  @query('input') private input!: HTMLInputElement;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.label) this.label = 'common.otp.label';
    if (!this.hint) this.hint = 'common.otp.hint';
    this.required = true;
  }

  protected formValue(): string {
    return this.value;
  }

  override focus(options?: FocusOptions): void {
    this.input ? this.input.focus(options) : super.focus(options);
  }

  protected override intrinsicError(): MessageKey | null {
    if (this.value === '') return 'errors.otp.required';
    return this.value.length === this.length ? null : 'errors.otp.length';
  }

  private onInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    const digits = asciiDigits(input.value).replace(/\D/g, '').slice(0, this.length);
    if (digits !== input.value) input.value = digits;
    const was = this.value;
    this.value = digits;
    this.noteInput();
    this.emitInput(digits);
    if (digits.length === this.length && was !== digits) emit(this, 'dots-complete', { name: this.name, value: digits, complete: true });
  }

  private onChange(): void {
    this.emitChange(this.value);
  }

  override render() {
    return html`<div class="field" part="field" dir=${this.localize.dir}>
      ${this.renderLabel('input')}
      <div id="hint" class="hint" part="hint">${this.localize.text(this.hint, { length: this.length, ...this.params })}</div>
      ${this.renderError()}
      <input
        id="input"
        part="input"
        type="text"
        inputmode="numeric"
        autocomplete="one-time-code"
        pattern="[0-9]*"
        maxlength=${this.length + 8}
        name=${this.name || 'code'}
        .value=${live(this.value)}
        required
        ?disabled=${this.disabled}
        aria-invalid=${this.errorVisible ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy() || undefined)}
        @input=${this.onInput}
        @change=${this.onChange}
        @blur=${this.noteBlur}
      />
    </div>`;
  }
}
