import { html, type TemplateResult } from 'lit';
import { DotsFormStepView } from './form-step-view.ts';
import type { DotsMoneyDetail, DotsValueDetail } from '../events.ts';
import type { FieldValue } from '../../core/machine/types.ts';
import type { PayoutMethod } from '../../core/ledger/schemas.ts';
import { describeMethod } from '../../core/flows/manage-payouts.ts';
import type { MessageKey } from '../../i18n/catalog-types.ts';
import { addEnglish } from '../../i18n/catalog.ts';
import stepErrorsEn from '../../i18n/locales/en/errors-steps.ts';
import payoutsEn from '../../i18n/locales/en/payouts.ts';
import payoutEn from '../../i18n/locales/en/payout.ts';

// The step's English travels with its screen (see addEnglish); the stepper label is there from the start.
addEnglish({ errors: stepErrorsEn, payouts: payoutsEn, payout: payoutEn });

/** The strings a payout-like screen uses; the payout step and the claim review each have their own. */
export interface PayoutFieldMessages {
  method: MessageKey;
  amountLabel: MessageKey;
  amountHint: MessageKey;
  fee: MessageKey;
  feeNone: MessageKey;
  receive: MessageKey;
}

/**
 * What the payout step and the payout-link claim review share: a payout method, an amount in
 * cents typed by the person, and the fee and net amount lines.
 */
export abstract class DotsPayoutFieldsView extends DotsFormStepView {
  protected abstract readonly messages: PayoutFieldMessages;

  protected override fieldValues(detail: DotsValueDetail): Array<[string, FieldValue]> {
    if (detail.name === 'amount') {
      const d = detail as DotsMoneyDetail;
      // Cents when the input could read them, else the text, so the message says what is wrong.
      return [['amount', d.value ?? d.text]];
    }
    return super.fieldValues(detail);
  }

  protected methodField(methods: readonly PayoutMethod[]): TemplateResult {
    return this.selectField(
      'payout_method_id',
      this.messages.method,
      methods.map((m) => ({ value: m.id, label: this.localize.t(`payouts.method.${m.platform}` as never, { detail: describeMethod(m) }) })),
    );
  }

  protected amountField(currency: string, min: number, max: number): TemplateResult {
    const err = this.error('amount');
    const raw = this.values['amount'];
    return html`<dots-money-input
      name="amount"
      label=${this.messages.amountLabel}
      hint=${this.messages.amountHint}
      .params=${{ min: this.localize.money(min, currency), max: this.localize.money(max, currency) }}
      currency=${currency}
      .value=${typeof raw === 'number' ? raw : null}
      .error=${err}
      .submitted=${!!err}
      required
    ></dots-money-input>`;
  }

  /** The fee line and what arrives (`amount` null while the typed amount cannot be read). */
  protected feeLines(money: (cents: number) => string, fee: number, amount: number | null, receiveClass: string): TemplateResult {
    return html`<p>${fee > 0 ? this.localize.t(this.messages.fee, { fee: money(fee) }) : this.localize.t(this.messages.feeNone)}</p>
      <p class=${receiveClass}>${this.localize.t(this.messages.receive, { amount: amount !== null ? money(Math.max(0, amount - fee)) : '—' })}</p>`;
  }
}
