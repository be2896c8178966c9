import { html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { DotsFieldElement } from '../base/field-element.ts';
import type { MessageRef } from '../../controllers/localize.ts';
import { styles } from './dots-text-field.styles.ts';

/**
 * @summary A labelled text input with hint and error, tied together inside one shadow root.
 *
 * @event dots-input - `{ name, value }` on every edit.
 * @event dots-change - `{ name, value }` when the edit is committed (native `change`).
 *
 * @csspart field - The wrapper of label, hint, error and input.
 * @csspart label - The `<label>`.
 * @csspart optional - The "(optional)" marker.
 * @csspart hint - The hint text.
 * @csspart error - The error text.
 * @csspart input - The native `<input>`.
 *
 * The host's `autocapitalize` and `spellcheck` attributes are forwarded to the input (spellcheck
 * is off unless `spellcheck="true"`: names, numbers and codes are not words).
 *
 * @cssproperty --dots-input-background - Input background.
 * @cssproperty --dots-input-text - Input text colour.
 * @cssproperty --dots-input-border - Input border colour.
 * @cssproperty --dots-input-placeholder - Placeholder colour.
 * @cssproperty --dots-input-focus-border - Border of the focused input.
 * @cssproperty --dots-input-border-radius - Corner radius.
 * @cssproperty --dots-color-error - Error text and invalid border.
 */
export class DotsTextField extends DotsFieldElement {
  static override styles = [...DotsFieldElement.styles, styles];

  @property() value = '';
  /** Native input type: text, email, tel, url, password, date, search, number. */
  @property() type: 'text' | 'email' | 'tel' | 'url' | 'password' | 'date' | 'search' | 'number' = 'text';
  /** Native `autocomplete` token(s), e.g. `given-name`, `email`, `postal-code`. */
  @property() autocomplete: string | undefined;
  /** Native `inputmode`, e.g. `numeric` for account numbers typed as text. */
  @property() inputmode: string | undefined;
  /** Placeholder: a catalog key or text. Prefer a hint; placeholders vanish while typing. */
  @property() placeholder: MessageRef = '';
  @property({ type: Number }) maxlength: number | undefined;
  @property({ type: Number }) minlength: number | undefined;
  @property() pattern: string | undefined;
  @property({ type: Boolean }) readonly = false;

  @query('input') protected input!: HTMLInputElement;

  protected formValue(): string {
    return this.value;
  }

  /** The native input's own constraint state (type=email, pattern, maxlength...). */
  get nativeValidity(): ValidityState | undefined {
    return this.input?.validity;
  }

  override focus(options?: FocusOptions): void {
    this.input ? this.input.focus(options) : super.focus(options);
  }

  /** Selects the text (after a server-side error, for example). */
  select(): void {
    this.input?.select();
  }

  private onInput(e: Event): void {
    this.value = (e.target as HTMLInputElement).value;
    this.noteInput();
    this.emitInput(this.value);
  }

  private onChange(): void {
    this.emitChange(this.value);
  }

  override render() {
    const invalid = this.errorVisible;
    return html`<div class="field" part="field" dir=${this.localize.dir}>
      ${this.renderLabel('input')} ${this.renderHint()} ${this.renderError()}
      <input
        id="input"
        part="input"
        .value=${live(this.value)}
        type=${this.type}
        name=${this.name || 'input'}
        autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
        inputmode=${ifDefined(this.inputmode)}
        placeholder=${ifDefined(this.placeholder ? this.localize.text(this.placeholder) : undefined)}
        maxlength=${ifDefined(this.maxlength)}
        minlength=${ifDefined(this.minlength)}
        pattern=${ifDefined(this.pattern)}
        autocapitalize=${ifDefined(this.getAttribute('autocapitalize') ?? undefined)}
        spellcheck=${this.getAttribute('spellcheck') === 'true' ? 'true' : 'false'}
        ?required=${this.required}
        ?disabled=${this.disabled}
        ?readonly=${this.readonly}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy() || undefined)}
        @input=${this.onInput}
        @change=${this.onChange}
        @blur=${this.noteBlur}
      />
    </div>`;
  }
}
