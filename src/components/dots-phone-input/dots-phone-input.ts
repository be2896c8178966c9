import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { DotsFieldElement } from '../base/field-element.ts';
import type { MessageKey } from '../../i18n/catalog-types.ts';
import { validationMessageKey } from '../../i18n/validation-keys.ts';
import { checkPhone, parsePhone } from '../../core/validation/phone.ts';
import { type Reason } from '../../core/validation/result.ts';
import { countryOptions } from './country-options.ts';
import { ValidationRulesController } from '../../controllers/validation-rules.ts';
import { displayNames } from '../../i18n/intl-cache.ts';
import { styles } from './dots-phone-input.styles.ts';

/**
 * @summary A phone number: a country select (calling code) and the national number, checked
 * with libphonenumber-js. The library loads when the first phone input connects; until it is
 * there (a few milliseconds) the number can be typed but is not checked yet.
 *
 * @event dots-input - `DotsPhoneDetail` `{ name, value: E.164 | null, country, national, country_code, phone_number, reason }` on every edit.
 * @event dots-change - `DotsPhoneDetail` when the number or country is committed.
 *
 * @csspart field - Wrapper (a fieldset-like group).
 * @csspart label - The visible label of the number.
 * @csspart hint - The hint.
 * @csspart error - The error text.
 * @csspart country - The country `<select>`.
 * @csspart input - The national number `<input>`.
 */
export class DotsPhoneInput extends DotsFieldElement {
  static override styles = [...DotsFieldElement.styles, styles];

  /** ISO 3166-1 alpha-2 of the selected country. */
  @property() country = 'US';
  /** Offer only these countries (alpha-2); all by default. */
  @property({ attribute: false }) countries: string[] | undefined;
  /** The national number as typed. */
  @property() national = '';
  /** E.164 (`+12015550123`); setting it fills country and national number. Null when invalid. */
  @property() value: string | null = null;

  @query('input') private input!: HTMLInputElement;
  #fromInput = false;
  reason: Reason | null = null;
  #parsed: { country_code: string; phone_number: string } | null = null;
  readonly #rules = new ValidationRulesController(this, ['phone']);
  /** Whether the last update had the phone library: its arrival re-reads value and re-checks. */
  #hadRules = false;
  /**
   * The full country list (about 245 options, named and sorted for the locale) comes a task after
   * the first render, so a flow's first screen is not held up by it: until then the select holds
   * the chosen country alone, as it does while the phone library loads.
   */
  @state() private listed = false;
  #listing: Promise<void> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.label) this.label = 'common.phone.label';
  }

  protected formValue(): string | null {
    return this.value;
  }

  override focus(options?: FocusOptions): void {
    this.input ? this.input.focus(options) : super.focus(options);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.#listing = new Promise((resolve) => setTimeout(() => resolve(void (this.listed = true))));
  }

  /** Also waits for the phone library and the country list, so a caller that awaits this sees a checked number and every country. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (!this.#rules.ready) {
      await this.#rules.loaded;
      done = await super.getUpdateComplete();
    }
    if (!this.listed && this.#listing) {
      await this.#listing;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const arrived = this.#rules.ready && !this.#hadRules;
    this.#hadRules = this.#rules.ready;
    if (!this.#rules.ready) {
      this.#fromInput = false;
      return;
    }
    if ((changed.has('value') || arrived) && !this.#fromInput && this.value) {
      const p = parsePhone(this.value);
      if (p.ok) {
        if (p.value.country) this.country = p.value.country;
        this.national = p.value.phone_number;
      }
    }
    if (!this.#fromInput && (arrived || changed.has('value') || changed.has('national') || changed.has('country') || changed.has('required'))) this.check();
    this.#fromInput = false;
  }

  private check(): void {
    if (this.national.trim() === '') {
      this.reason = this.required ? 'required' : null;
      this.#parsed = null;
      this.value = null;
      return;
    }
    if (!this.#rules.ready) {
      // Not checked yet: no verdict either way; the library's arrival checks it.
      this.reason = null;
      this.#parsed = null;
      this.value = null;
      return;
    }
    const r = checkPhone(this.national, this.country);
    this.reason = r.ok ? null : r.reason;
    this.#parsed = r.ok ? { country_code: r.value.country_code, phone_number: r.value.phone_number } : null;
    this.value = r.ok ? r.value.e164 : null;
  }

  protected override intrinsicError(): MessageKey | null {
    return this.reason ? validationMessageKey('phone', this.reason) : null;
  }

  private detail() {
    return {
      country: this.country,
      national: this.national,
      country_code: this.#parsed?.country_code ?? null,
      phone_number: this.#parsed?.phone_number ?? null,
      reason: this.reason,
    };
  }

  private onInput(e: Event): void {
    this.national = (e.target as HTMLInputElement).value;
    this.check();
    this.#fromInput = true;
    this.noteInput();
    this.emitInput(this.value, this.detail());
  }

  private onCountry(e: Event): void {
    this.country = (e.target as HTMLSelectElement).value;
    this.check();
    this.#fromInput = true;
    if (this.national) this.noteInput();
    this.emitInput(this.value, this.detail());
    this.emitChange(this.value, this.detail());
  }

  private onChange(): void {
    this.emitChange(this.value, this.detail());
  }

  override render() {
    return html`<div class="field" part="field" role="group" aria-labelledby="label" dir=${this.localize.dir}>
      <label id="label" part="label" for="input">${this.localize.text(this.label, this.params)}${this.renderOptional()}</label>
      ${this.renderHint()} ${this.renderError()}
      <div class="control">
        <label for="country" class="sr-only">${this.localize.t('common.phone.country')}</label>
        <select
          id="country"
          part="country"
          autocomplete="tel-country-code"
          .value=${live(this.country)}
          ?disabled=${this.disabled}
          @change=${this.onCountry}
        >
          ${this.#rules.ready && this.listed
            ? countryOptions(this.localize.locale, this.countries).map(
                (c) => html`<option value=${c.iso} ?selected=${c.iso === this.country}>${this.localize.t('common.phone.country_option', { country: c.name, code: c.code })}</option>`,
              )
            : html`<option value=${this.country} selected>${displayNames(this.localize.locale, { type: 'region' }).of(this.country) ?? this.country}</option>`}
        </select>
        <input
          id="input"
          part="input"
          type="tel"
          inputmode="tel"
          autocomplete="tel-national"
          name=${this.name || 'phone'}
          .value=${live(this.national)}
          ?required=${this.required}
          ?disabled=${this.disabled}
          aria-invalid=${this.errorVisible ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.describedBy() || undefined)}
          @input=${this.onInput}
          @change=${this.onChange}
          @blur=${this.noteBlur}
        />
      </div>
    </div>`;
  }
}
