import { html } from 'lit';
import { DotsStepView } from '../step-view.ts';
import type { DotsPhoneDetail, DotsValueDetail } from '../../events.ts';
import type { FieldValue } from '../../../core/machine/types.ts';

/**
 * @summary The sign-in step's screens: phone number, one-time code, then name and email for a
 * new payee. Rendered by `<dots-flow>`; not meant to be used on its own.
 *
 * @csspart intro - The explanatory paragraph.
 */
export class DotsSignInStep extends DotsStepView {
  protected override fieldValues(detail: DotsValueDetail): Array<[string, FieldValue]> {
    if (detail.name === 'phone') {
      const d = detail as DotsPhoneDetail;
      return [
        ['country', d.country],
        ['phone', d.national],
      ];
    }
    return super.fieldValues(detail);
  }

  override render() {
    switch (this.step) {
      case 'sign-in-phone':
        return this.renderPhone();
      case 'sign-in-code':
        return this.renderCode();
      default:
        return this.renderProfile();
    }
  }

  private renderPhone() {
    const err = this.error('phone') ?? this.error('country');
    return html`<div class="fields">
      ${this.intro('signin.phone.intro')}
      <dots-phone-input
        name="phone"
        label="signin.phone.label"
        hint="signin.phone.hint"
        .country=${this.str('country') || 'US'}
        .national=${this.str('phone')}
        .error=${err}
        .submitted=${!!err}
        required
      ></dots-phone-input>
    </div>`;
  }

  private renderCode() {
    const last4 = this.context?.phone?.phone_number.slice(-4) ?? '';
    const err = this.error('code');
    return html`<div class="fields">
      ${this.intro('signin.code.intro', { last4 })}
      <dots-otp-input
        name="code"
        label="signin.code.label"
        .value=${this.str('code')}
        .error=${err}
        .submitted=${!!err}
      ></dots-otp-input>
      <div class="actions">
        <dots-button variant="link" ?busy=${this.actionBusy('resend')} @click=${() => this.send({ type: 'action', name: 'resend' })}
          >${this.localize.t('signin.code.resend')}</dots-button
        >
        <dots-button variant="link" @click=${() => this.send({ type: 'back' })}>${this.localize.t('signin.code.change_phone')}</dots-button>
      </div>
    </div>`;
  }

  private renderProfile() {
    return html`<div class="fields">
      ${this.intro('signin.profile.intro')}
      <div class="row">
        ${this.textField('first_name', 'signin.profile.first_name', { autocomplete: 'given-name', autocapitalize: 'words' })}
        ${this.textField('last_name', 'signin.profile.last_name', { autocomplete: 'family-name', autocapitalize: 'words' })}
      </div>
      ${this.textField('email', 'signin.profile.email', { type: 'email', autocomplete: 'email', hint: 'signin.profile.email_hint', inputmode: 'email' })}
    </div>`;
  }
}
