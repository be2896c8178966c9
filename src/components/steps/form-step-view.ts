import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DotsSelectOption } from '../dots-select/dots-select.ts';
import type { FieldValue } from '../../core/machine/types.ts';
import type { MessageRef as UiMessageRef } from '../../controllers/localize.ts';
import { collator as collatorFor, displayNames } from '../../i18n/intl-cache.ts';
import { ValidationRulesController } from '../../controllers/validation-rules.ts';
import { countries } from '../../core/flows/geo.ts';
import { DotsStepView, type FieldOptions } from './step-view.ts';

/**
 * A step view with the select, checkbox and country building blocks, for the screens after
 * sign-in. Apart from DotsStepView so a flow's first screen (sign-in) does not download them.
 */
export class DotsFormStepView extends DotsStepView {
  protected selectField(name: string, label: UiMessageRef, options: DotsSelectOption[], o: FieldOptions & { noPlaceholder?: boolean } = {}): TemplateResult {
    const err = this.error(name);
    return html`<dots-select
      name=${name}
      .label=${label}
      .hint=${o.hint ?? ''}
      .params=${o.params}
      .options=${options}
      .value=${this.str(name)}
      .error=${err}
      .submitted=${!!err}
      autocomplete=${ifDefined(o.autocomplete)}
      ?no-placeholder=${!!o.noPlaceholder}
      ?required=${!o.optional}
    ></dots-select>`;
  }

  protected checkboxField(name: string, label: UiMessageRef): TemplateResult {
    const err = this.error(name);
    return html`<dots-checkbox
      name=${name}
      .label=${label}
      .checked=${this.values[name] === true}
      .error=${err}
      .submitted=${!!err}
      required
    ></dots-checkbox>`;
  }

  /** The country list comes with the phone metadata, which may still be on its way. */
  readonly #rules = new ValidationRulesController(this);

  /** Every country by name, or only `current` while the list is loading (a re-render follows). */
  protected allCountryOptions(current: FieldValue | undefined): DotsSelectOption[] {
    if (this.#rules.ready) return this.countryOptions(countries());
    return typeof current === 'string' && current ? this.countryOptions([current]) : [];
  }

  /** Country options with names in the person's language, sorted for them. */
  protected countryOptions(codes: readonly string[]): DotsSelectOption[] {
    const names = displayNames(this.localize.locale, { type: 'region' });
    const collator = collatorFor(this.localize.locale);
    return codes
      .map((value) => ({ value, label: names.of(value) ?? value }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }
}
