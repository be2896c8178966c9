import { css, html, nothing } from 'lit';
import { DotsPayoutFieldsView, type PayoutFieldMessages } from '../payout-fields.ts';
import { feeFor } from '../../../core/flows/payout.ts';
import { parseAmount } from '../../../core/flows/money.ts';

/**
 * @summary The payout step: the withdrawable balance, a payout method, all or part of the
 * balance, and the fee and net amount before the person confirms. Rendered by `<dots-flow>`;
 * not meant to be used on its own.
 *
 * @csspart balance - The available balance line.
 * @csspart breakdown - The fee and net amount.
 */
export class DotsPayoutStep extends DotsPayoutFieldsView {
  static override styles = [
    ...DotsPayoutFieldsView.styles,
    css`
      .balance {
        font-size: 1.125em;
        font-weight: var(--_dots-font-weight-strong);
      }
    `,
  ];

  protected readonly messages: PayoutFieldMessages = {
    method: 'payout.method.label',
    amountLabel: 'payout.amount.label',
    amountHint: 'payout.amount.hint',
    fee: 'payout.fee.amount',
    feeNone: 'payout.fee.none',
    receive: 'payout.receive',
  };

  override render() {
    const ctx = this.context;
    const currency = ctx?.settings?.currency ?? 'USD';
    const wallet = ctx?.wallet;
    if (!wallet) return html`<p class="note" aria-busy="true">${this.localize.t('common.loading')}</p>`;
    const available = wallet.withdrawable_amount;
    const methods = ctx?.payoutMethods ?? [];
    const partial = this.str('amount_mode') === 'partial';
    const raw = this.values['amount'];
    const parsed = partial ? parseAmount(raw, currency) : null;
    const amount = partial ? (parsed?.ok ? parsed.cents : null) : available;
    const methodId = this.str('payout_method_id');
    const fee = methodId && ctx ? feeFor(ctx, methodId) : 0;
    const min = Math.max(ctx?.settings?.min_payout ?? 0, fee + 1);
    const money = (c: number) => this.localize.money(c, currency);
    return html`<div class="fields">
      <p class="balance" part="balance">${this.localize.t('payout.balance', { amount: money(available) })}</p>
      ${this.methodField(methods)}
      ${this.selectField(
        'amount_mode',
        'payout.amount_mode.label',
        [
          { value: 'full', label: this.localize.t('payout.amount_mode.full', { amount: money(available) }) },
          { value: 'partial', label: 'payout.amount_mode.partial' },
        ],
        { noPlaceholder: true },
      )}
      ${partial ? this.amountField(currency, min, available) : nothing}
      <div part="breakdown" aria-live="off">
        ${this.feeLines(money, fee, amount, 'balance')}
      </div>
    </div>`;
  }
}
