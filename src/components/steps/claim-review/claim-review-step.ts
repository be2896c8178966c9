import { css, html, nothing } from 'lit';
import { DotsStepView } from '../step-view.ts';
import type { DotsMoneyDetail, DotsValueDetail } from '../../events.ts';
import type { FieldValue } from '../../../core/machine/types.ts';
import { describeMethod } from '../../../core/flows/manage-payouts.ts';
import { feeFor } from '../../../core/flows/payout.ts';
import { claimAmountOf, claimMinimum, type ClaimContext } from '../../../core/flows/payout-claim.ts';

/**
 * @summary The claim screen of a payout link: where the money goes, how much of it (where the
 * link allows part), the fee and what the payee receives, before they claim. Rendered by
 * `<dots-payout-claim-flow>`; not meant to be used on its own.
 *
 * @csspart total - The payment's sender and amount.
 * @csspart breakdown - The fee, the amount received and what stays in the balance.
 */
export class DotsClaimReviewStep extends DotsStepView {
  static override styles = [
    ...DotsStepView.styles,
    css`
      .total,
      .receive {
        font-size: 1.125em;
        font-weight: var(--_dots-font-weight-strong);
      }
      .breakdown {
        display: flex;
        flex-direction: column;
        gap: var(--_dots-space-xs);
      }
    `,
  ];

  private get claim(): ClaimContext | null {
    return this.context as ClaimContext | null;
  }

  protected override fieldValues(detail: DotsValueDetail): Array<[string, FieldValue]> {
    if (detail.name === 'amount') {
      const d = detail as DotsMoneyDetail;
      // Cents when the input could read them, else the text, so the message says what is wrong.
      return [['amount', d.value ?? d.text]];
    }
    return super.fieldValues(detail);
  }

  override render() {
    const ctx = this.claim;
    const link = ctx?.link;
    const methods = ctx?.payoutMethods;
    if (!ctx || !link || !methods) return html`<p class="note" aria-busy="true">${this.localize.t('common.loading')}</p>`;
    const money = (c: number) => this.localize.money(c, link.currency);
    const partial = link.allow_partial && this.str('amount_mode') === 'partial';
    const amount = claimAmountOf(ctx, this.values);
    const methodId = this.str('payout_method_id');
    const fee = methodId ? feeFor(ctx, methodId) : 0;
    const rest = amount !== null && amount < link.amount ? link.amount - amount : 0;
    return html`<div class="fields">
      <p class="total" part="total">${this.localize.t('claim.review.total', { sender: link.sender_name, amount: money(link.amount) })}</p>
      ${this.selectField(
        'payout_method_id',
        'claim.review.method.label',
        methods.map((m) => ({ value: m.id, label: this.localize.t(`payouts.method.${m.platform}` as never, { detail: describeMethod(m) }) })),
      )}
      ${link.allow_partial
        ? this.selectField(
            'amount_mode',
            'claim.review.amount_mode.label',
            [
              { value: 'full', label: this.localize.t('claim.review.amount_mode.full', { amount: money(link.amount) }) },
              { value: 'partial', label: 'claim.review.amount_mode.partial' },
            ],
            { noPlaceholder: true },
          )
        : nothing}
      ${partial ? this.renderAmount(link.currency, claimMinimum(ctx, methodId), link.amount) : nothing}
      <div class="breakdown" part="breakdown">
        <p>${fee > 0 ? this.localize.t('claim.review.fee.amount', { fee: money(fee) }) : this.localize.t('claim.review.fee.none')}</p>
        <p class="receive">${this.localize.t('claim.review.receive', { amount: amount !== null ? money(Math.max(0, amount - fee)) : '—' })}</p>
        ${rest > 0 ? html`<p class="note">${this.localize.t('claim.review.rest', { amount: money(rest) })}</p>` : nothing}
      </div>
    </div>`;
  }

  private renderAmount(currency: string, min: number, max: number) {
    const err = this.error('amount');
    const raw = this.values['amount'];
    return html`<dots-money-input
      name="amount"
      label="claim.review.amount.label"
      hint="claim.review.amount.hint"
      .params=${{ min: this.localize.money(min, currency), max: this.localize.money(max, currency) }}
      currency=${currency}
      .value=${typeof raw === 'number' ? raw : null}
      .error=${err}
      .submitted=${!!err}
      required
    ></dots-money-input>`;
  }
}
