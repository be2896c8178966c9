import { html } from 'lit';
import { DotsFormStepView } from '../form-step-view.ts';
import { DOCUMENT_TYPES } from '../../../core/flows/id-verification.ts';
import { addEnglish } from '../../../i18n/catalog.ts';
import stepErrorsEn from '../../../i18n/locales/en/errors-steps.ts';
import idvEn from '../../../i18n/locales/en/idv.ts';

// The step's English travels with its screen (see addEnglish); the stepper label is there from the start.
addEnglish({ errors: stepErrorsEn, idv: idvEn });

/**
 * @summary The identity verification step: document type, issuing country and number. Rendered
 * by `<dots-flow>`; not meant to be used on its own.
 *
 * @csspart intro - The explanatory paragraph.
 */
export class DotsIdVerificationStep extends DotsFormStepView {
  override render() {
    const onFile = this.masked('document_number');
    return html`<div class="fields">
      ${this.intro('idv.intro')}
      ${this.selectField(
        'document_type',
        'idv.document_type.label',
        DOCUMENT_TYPES.map((t) => ({ value: t, label: `idv.document_type.${t}` })),
      )}
      ${this.selectField('document_country', 'idv.document_country.label', this.allCountryOptions(this.values['document_country']))}
      ${this.textField('document_number', 'idv.document_number.label', {
        hint: onFile ? 'idv.document_number.on_file' : 'idv.document_number.hint',
        ...(onFile ? { params: { mask: onFile } } : {}),
        autocomplete: 'off',
        autocapitalize: 'characters',
        maxlength: 40,
      })}
    </div>`;
  }
}
