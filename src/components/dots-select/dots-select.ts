import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { DotsFieldElement } from '../base/field-element.ts';
import type { MessageRef } from '../../controllers/localize.ts';
import { styles } from './dots-select.styles.ts';

export interface DotsSelectOption {
  value: string;
  /** A catalog key or literal text. */
  label: MessageRef;
  disabled?: boolean;
}

/**
 * @summary A labelled native `<select>` with hint and error.
 *
 * @event dots-input - `{ name, value }` when an option is picked.
 * @event dots-change - `{ name, value }` when an option is picked.
 *
 * @csspart field - Wrapper.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint.
 * @csspart error - The error text.
 * @csspart select - The native `<select>`.
 */
export class DotsSelect extends DotsFieldElement {
  static override styles = [...DotsFieldElement.styles, styles];

  @property() value = '';
  @property({ attribute: false }) options: DotsSelectOption[] = [];
  /**
   * Text of the empty first option (a catalog key or text); `common.select_placeholder` by
   * default. Set `no-placeholder` to omit it.
   */
  @property() placeholder: MessageRef = 'common.select_placeholder';
  @property({ type: Boolean, attribute: 'no-placeholder' }) noPlaceholder = false;
  @property() autocomplete: string | undefined;

  @query('select') private select!: HTMLSelectElement;

  protected formValue(): string {
    return this.value;
  }

  override focus(options?: FocusOptions): void {
    this.select ? this.select.focus(options) : super.focus(options);
  }

  private onChange(e: Event): void {
    this.value = (e.target as HTMLSelectElement).value;
    this.noteInput();
    this.emitInput(this.value);
    this.emitChange(this.value);
  }

  override render() {
    return html`<div class="field" part="field" dir=${this.localize.dir}>
      ${this.renderLabel('select')} ${this.renderHint()} ${this.renderError()}
      <select
        id="select"
        part="select"
        name=${this.name || 'select'}
        autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
        ?required=${this.required}
        ?disabled=${this.disabled}
        aria-invalid=${this.errorVisible ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy() || undefined)}
        .value=${live(this.value)}
        @change=${this.onChange}
        @blur=${this.noteBlur}
      >
        ${this.noPlaceholder ? nothing : html`<option value="" ?selected=${this.value === ''}>${this.localize.text(this.placeholder)}</option>`}
        ${this.options.map(
          (o) => html`<option value=${o.value} ?disabled=${!!o.disabled} ?selected=${o.value === this.value}>${this.localize.text(o.label)}</option>`,
        )}
      </select>
    </div>`;
  }
}
