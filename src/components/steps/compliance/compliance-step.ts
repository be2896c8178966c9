import { html, nothing } from 'lit';
import { DotsFormStepView } from '../form-step-view.ts';
import { US_STATES } from '../../../core/flows/geo.ts';
import { addEnglish } from '../../../i18n/catalog.ts';
import stepErrorsEn from '../../../i18n/locales/en/errors-steps.ts';
import complianceEn from '../../../i18n/locales/en/compliance.ts';

// The step's English travels with its screen (see addEnglish); the stepper label is there from the start.
addEnglish({ errors: stepErrorsEn, compliance: complianceEn });

/**
 * @summary The tax information step: a W-9 for US persons, a W-8BEN otherwise. Rendered by
 * `<dots-flow>`; not meant to be used on its own.
 *
 * @csspart intro - The explanatory paragraph.
 */
export class DotsComplianceStep extends DotsFormStepView {
  override render() {
    return this.step === 'compliance-w8ben' ? this.renderW8() : this.renderW9();
  }

  private address(us: boolean) {
    return html`<fieldset>
      <legend>${this.localize.t('compliance.address.legend')}</legend>
      ${us ? nothing : this.selectField('address_country', 'compliance.address_country.label', this.allCountryOptions(this.values['address_country']), { autocomplete: 'country' })}
      ${this.textField('address_line1', 'compliance.address_line1.label', { autocomplete: 'address-line1' })}
      ${this.textField('address_line2', 'compliance.address_line2.label', { autocomplete: 'address-line2', optional: true })}
      <div class="row">
        ${this.textField('city', 'compliance.city.label', { autocomplete: 'address-level2' })}
        ${us
          ? this.selectField('region', 'compliance.region.label_us', US_STATES.map((s) => ({ value: s, label: s })), { autocomplete: 'address-level1' })
          : this.textField('region', 'compliance.region.label', { autocomplete: 'address-level1', optional: true })}
        ${this.textField('postal_code', us ? 'compliance.postal_code.label_us' : 'compliance.postal_code.label', {
          autocomplete: 'postal-code',
          ...(us ? { inputmode: 'numeric' } : {}),
        })}
      </div>
    </fieldset>`;
  }

  private renderW9() {
    const business = this.str('entity_type') === 'business';
    const ein = this.str('tax_id_type') === 'ein';
    const onFile = this.masked('tax_id');
    return html`<div class="fields">
      ${this.intro('compliance.w9.intro')}
      ${this.selectField(
        'entity_type',
        'compliance.entity_type.label',
        [
          { value: 'individual', label: 'compliance.entity_type.individual' },
          { value: 'business', label: 'compliance.entity_type.business' },
        ],
        { noPlaceholder: true },
      )}
      ${this.textField('legal_name', 'compliance.legal_name.label', { hint: 'compliance.legal_name.hint', autocomplete: 'name' })}
      ${business ? this.textField('business_name', 'compliance.business_name.label', { autocomplete: 'organization' }) : nothing}
      ${this.selectField(
        'tax_id_type',
        'compliance.tax_id_type.label',
        [
          { value: 'ssn', label: 'compliance.tax_id_type.ssn' },
          { value: 'ein', label: 'compliance.tax_id_type.ein' },
        ],
        { noPlaceholder: true },
      )}
      ${this.textField('tax_id', ein ? 'compliance.tax_id.label_ein' : 'compliance.tax_id.label_ssn', {
        hint: onFile ? 'compliance.tax_id.on_file' : 'compliance.tax_id.hint',
        ...(onFile ? { params: { mask: onFile } } : {}),
        inputmode: 'numeric',
        autocomplete: 'off',
        maxlength: 11,
      })}
      ${this.address(true)}
      <fieldset>
        <legend>${this.localize.t('compliance.certified.legend')}</legend>
        ${this.checkboxField('certified', 'compliance.certified.w9')}
      </fieldset>
    </div>`;
  }

  private renderW8() {
    const onFile = this.masked('foreign_tax_id');
    return html`<div class="fields">
      ${this.intro('compliance.w8ben.intro')}
      ${this.textField('legal_name', 'compliance.legal_name.label', { hint: 'compliance.legal_name.hint', autocomplete: 'name' })}
      ${this.selectField('country_of_citizenship', 'compliance.citizenship.label', this.allCountryOptions(this.values['country_of_citizenship']))}
      ${this.textField('date_of_birth', 'compliance.date_of_birth.label', { type: 'date', autocomplete: 'bday' })}
      ${this.textField('foreign_tax_id', 'compliance.foreign_tax_id.label', {
        hint: onFile ? 'compliance.tax_id.on_file' : 'compliance.foreign_tax_id.hint',
        ...(onFile ? { params: { mask: onFile } } : {}),
        autocomplete: 'off',
        optional: true,
      })}
      ${this.address(false)}
      <fieldset>
        <legend>${this.localize.t('compliance.certified.legend')}</legend>
        ${this.checkboxField('certified', 'compliance.certified.w8ben')}
      </fieldset>
    </div>`;
  }
}
