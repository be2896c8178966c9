import { css, html, nothing } from 'lit';
import { DotsPayoutFieldsView, type PayoutFieldMessages } from '../payout-fields.ts';
import { feeFor } from '../../../core/flows/payout.ts';
import type { ClaimContext } from '../../../core/flows/payout-claim.ts';
import { claimAmountOf, claimMinimum } from '../../../core/flows/payout-claim-review.ts';

/**
 * @summary The claim screen of a payout link: where the money goes, how much of it (where the
 * link allows part), the fee and what the payee receives, before they claim. Rendered by
 * `<dots-payout-claim-flow>`; not meant to be used on its own.
 *
 * @csspart total - The payment's sender and amount.
 * @csspart breakdown - The fee, the amount received and what stays in the balance.
 */
export class DotsClaimReviewStep extends DotsPayoutFieldsView {
  static override styles = [
    ...DotsPayoutFieldsView.styles,
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

  protected readonly messages: PayoutFieldMessages = {
    method: 'claim.review.method.label',
    amountLabel: 'claim.review.amount.label',
    amountHint: 'claim.review.amount.hint',
    fee: 'claim.review.fee.amount',
    feeNone: 'claim.review.fee.none',
    receive: 'claim.review.receive',
  };

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
      ${this.methodField(methods)}
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
      ${partial ? this.amountField(link.currency, claimMinimum(ctx, methodId), link.amount) : nothing}
      <div class="breakdown" part="breakdown">
        ${this.feeLines(money, fee, amount, 'receive')}
        ${rest > 0 ? html`<p class="note">${this.localize.t('claim.review.rest', { amount: money(rest) })}</p>` : nothing}
      </div>
    </div>`;
  }
}
