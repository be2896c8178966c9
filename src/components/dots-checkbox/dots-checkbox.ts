import { html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { DotsFieldElement } from '../base/field-element.ts';
import { styles } from './dots-checkbox.styles.ts';

/**
 * @summary A labelled checkbox (consent, certification) with hint and error. The label text
 * may hold a slotted link (`<a slot="label">`) for legal documents.
 *
 * @event dots-input - `{ name, value: boolean }` when toggled.
 * @event dots-change - `{ name, value: boolean }` when toggled.
 *
 * @slot label - Extra content after the label text, such as a link to terms.
 *
 * @csspart field - Wrapper.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint.
 * @csspart error - The error text.
 * @csspart checkbox - The native checkbox.
 */
export class DotsCheckbox extends DotsFieldElement {
  static override styles = [...DotsFieldElement.styles, styles];

  @property({ type: Boolean, reflect: true }) checked = false;
  /** Value submitted with a form when checked. */
  @property() value = 'on';

  @query('input') private input!: HTMLInputElement;

  protected formValue(): string | null {
    return this.checked ? this.value : null;
  }

  override focus(options?: FocusOptions): void {
    this.input ? this.input.focus(options) : super.focus(options);
  }

  private onChange(e: Event): void {
    this.checked = (e.target as HTMLInputElement).checked;
    this.noteInput();
    // A checkbox has no typing phase: a toggle is a complete edit.
    this.touched = true;
    this.emitInput(this.checked);
    this.emitChange(this.checked);
  }

  override render() {
    return html`<div class="field" part="field" dir=${this.localize.dir}>
      ${this.renderError()}
      <div class="checkbox-row">
        <input
          id="checkbox"
          part="checkbox"
          type="checkbox"
          name=${this.name || 'checkbox'}
          .checked=${live(this.checked)}
          ?required=${this.required}
          ?disabled=${this.disabled}
          aria-invalid=${this.errorVisible ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.describedBy() || undefined)}
          @change=${this.onChange}
          @blur=${this.noteBlur}
        />
        <div class="text">
          <label part="label" for="checkbox">${this.localize.text(this.label, this.params)} <slot name="label"></slot></label>
          ${this.renderHint()}
        </div>
      </div>
    </div>`;
  }
}
