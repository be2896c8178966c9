import { html, nothing, type PropertyValues } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { DotsFieldElement } from '../base/field-element.ts';
import type { MessageRef } from '../../controllers/localize.ts';
import type { MoneyReason } from '../events.ts';
import { formatMoneyInput, parseMoney } from '../../i18n/parse-money.ts';
import { displayNames, numberFormat } from '../../i18n/intl-cache.ts';
import { currencyDigits } from '../../i18n/intl.ts';
import type { MessageParams } from '../../i18n/types.ts';
import { styles } from './dots-money-input.styles.ts';
import { addEnglish } from '../../i18n/catalog.ts';
import stepErrorsEn from '../../i18n/locales/en/errors-steps.ts';

// The amount messages travel with the element (see addEnglish).
addEnglish({ errors: stepErrorsEn });

/**
 * @summary An amount of money: integer minor units (cents) in and out, typed and shown in the
 * person's locale.
 *
 * Accepts `12`, `12.5`, `1,234.56`, `1.234,56`, a decimal comma, currency signs and spaces;
 * refuses letters, negative amounts and more decimals than the currency has with a specific
 * reason (`dots-input` detail `reason`, and its own message when the owner passes no `error`).
 * What was typed is never rewritten unless it is a valid amount (then it is tidied on blur).
 *
 * @event dots-input - `DotsMoneyDetail` `{ name, value: cents | null, text, currency, reason }` on every edit.
 * @event dots-change - `DotsMoneyDetail` when the edit is committed.
 *
 * @csspart field - Wrapper of label, hint, error and control.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint.
 * @csspart error - The error text.
 * @csspart input - The native `<input>`.
 * @csspart currency - The currency symbol beside the input.
 *
 * @cssproperty --dots-input-background - Input background.
 * @cssproperty --dots-input-border - Input and symbol border.
 * @cssproperty --dots-color-surface - Background of the currency symbol.
 */
export class DotsMoneyInput extends DotsFieldElement {
  static override styles = [...DotsFieldElement.styles, styles];

  /** Integer minor units, or null when empty or not a valid amount. */
  @property({ type: Number }) value: number | null = null;
  /** ISO 4217 code. */
  @property() currency = 'USD';
  /** Smallest accepted amount, in minor units. */
  @property({ type: Number }) min: number | undefined;
  /** Largest accepted amount, in minor units. */
  @property({ type: Number }) max: number | undefined;
  @property() placeholder: MessageRef = '';

  /** The text as typed. */
  @state() private text = '';
  /** The element's own reason the text is not acceptable, or null. */
  @state() reason: MoneyReason | null = null;

  @query('input') private input!: HTMLInputElement;
  #fromInput = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.label) this.label = 'common.money.label';
  }

  protected formValue(): string | null {
    return this.value === null ? null : String(this.value);
  }

  override focus(options?: FocusOptions): void {
    this.input ? this.input.focus(options) : super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value') && !this.#fromInput) {
      this.text = this.value === null || !Number.isFinite(this.value) ? '' : formatMoneyInput(this.value, this.localize.locale, this.currency);
      this.reason = this.check(this.text).reason;
    } else if ((changed.has('currency') || changed.has('min') || changed.has('max') || changed.has('required')) && !changed.has('value')) {
      const r = this.check(this.text);
      this.reason = r.reason;
      this.value = r.cents;
    }
    this.#fromInput = false;
  }

  private check(text: string): { cents: number | null; reason: MoneyReason | null } {
    const parsed = parseMoney(text, this.localize.locale, this.currency);
    if (!parsed.ok) {
      if (parsed.reason === 'required') return { cents: null, reason: this.required ? 'required' : null };
      return { cents: null, reason: parsed.reason };
    }
    if (this.min !== undefined && parsed.cents < this.min) return { cents: null, reason: 'too_small' };
    if (this.max !== undefined && parsed.cents > this.max) return { cents: null, reason: 'too_large' };
    return { cents: parsed.cents, reason: null };
  }

  protected override intrinsicError(): { key: string; params?: MessageParams } | null {
    const money = (c: number | undefined) => (c === undefined ? '' : this.localize.money(c, this.currency));
    switch (this.reason) {
      case null:
        return null;
      case 'decimals':
        return { key: 'errors.amount.decimals', params: { digits: currencyDigits(this.currency) } };
      case 'too_small':
        return { key: 'errors.amount.too_small', params: { min: money(this.min) } };
      case 'too_large':
        return { key: 'errors.amount.too_large', params: { max: money(this.max) } };
      default:
        return { key: `errors.amount.${this.reason}` };
    }
  }

  private detail() {
    return { text: this.text, currency: this.currency, reason: this.reason };
  }

  private onInput(e: Event): void {
    this.text = (e.target as HTMLInputElement).value;
    const r = this.check(this.text);
    this.reason = r.reason;
    this.#fromInput = true;
    this.value = r.cents;
    this.noteInput();
    this.emitInput(this.value, this.detail());
  }

  private onChange(): void {
    this.emitChange(this.value, this.detail());
  }

  private onBlur(): void {
    if (this.value !== null && this.reason === null) this.text = formatMoneyInput(this.value, this.localize.locale, this.currency);
    this.noteBlur();
  }

  private affix(): { symbol: string; position: 'start' | 'end' } {
    const parts = numberFormat(this.localize.locale, { style: 'currency', currency: this.currency }).formatToParts(1);
    const i = parts.findIndex((p) => p.type === 'currency');
    const n = parts.findIndex((p) => p.type === 'integer');
    return { symbol: parts[i]?.value ?? this.currency, position: i < n ? 'start' : 'end' };
  }

  override render() {
    const { symbol, position } = this.affix();
    const currencyName = displayNames(this.localize.locale, { type: 'currency' }).of(this.currency) ?? this.currency;
    const affix = html`<span class="affix ${position}" part="currency" aria-hidden="true">${symbol}</span>`;
    return html`<div class="field" part="field" dir=${this.localize.dir}>
      ${this.renderLabel('input')} ${this.renderHint()} ${this.renderError()}
      <span id="currency-name" hidden>${this.localize.t('common.money.hint', { currency: currencyName })}</span>
      <div class="control">
        ${position === 'start' ? affix : nothing}
        <input
          id="input"
          part="input"
          type="text"
          inputmode="decimal"
          autocomplete="transaction-amount"
          name=${this.name || 'amount'}
          .value=${live(this.text)}
          placeholder=${ifDefined(this.placeholder ? this.localize.text(this.placeholder) : undefined)}
          ?required=${this.required}
          ?disabled=${this.disabled}
          aria-invalid=${this.errorVisible ? 'true' : 'false'}
          aria-describedby=${this.describedBy(['currency-name'])}
          @input=${this.onInput}
          @change=${this.onChange}
          @blur=${this.onBlur}
        />
        ${position === 'end' ? affix : nothing}
      </div>
    </div>`;
  }
}
