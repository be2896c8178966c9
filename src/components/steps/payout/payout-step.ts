import { css, html, nothing } from 'lit';
import { DotsStepView } from '../step-view.ts';
import type { DotsMoneyDetail, DotsValueDetail } from '../../events.ts';
import type { FieldValue } from '../../../core/machine/types.ts';
import { describeMethod } from '../../../core/flows/manage-payouts.ts';
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
export class DotsPayoutStep extends DotsStepView {
  static override styles = [
    ...DotsStepView.styles,
    css`
      .balance {
        font-size: 1.125em;
        font-weight: var(--_dots-font-weight-strong);
      }
    `,
  ];

  protected override fieldValues(detail: DotsValueDetail): Array<[string, FieldValue]> {
    if (detail.name === 'amount') {
      const d = detail as DotsMoneyDetail;
      // The amount in cents when the input could read it, else the text so the message is specific.
      return [['amount', d.value ?? d.text]];
    }
    return super.fieldValues(detail);
  }

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
      ${this.selectField(
        'payout_method_id',
        'payout.method.label',
        methods.map((m) => ({ value: m.id, label: this.localize.t(`payouts.method.${m.platform}` as never, { detail: describeMethod(m) }) })),
      )}
      ${this.selectField(
        'amount_mode',
        'payout.amount_mode.label',
        [
          { value: 'full', label: this.localize.t('payout.amount_mode.full', { amount: money(available) }) },
          { value: 'partial', label: 'payout.amount_mode.partial' },
        ],
        { noPlaceholder: true },
      )}
      ${partial ? this.renderAmount(currency, min, available) : nothing}
      <div part="breakdown" aria-live="off">
        <p>${fee > 0 ? this.localize.t('payout.fee.amount', { fee: money(fee) }) : this.localize.t('payout.fee.none')}</p>
        <p class="balance">${this.localize.t('payout.receive', { amount: amount !== null ? money(Math.max(0, amount - fee)) : '—' })}</p>
      </div>
    </div>`;
  }

  private renderAmount(currency: string, min: number, max: number) {
    const err = this.error('amount');
    const raw = this.values['amount'];
    return html`<dots-money-input
      name="amount"
      label="payout.amount.label"
      hint="payout.amount.hint"
      .params=${{ min: this.localize.money(min, currency), max: this.localize.money(max, currency) }}
      currency=${currency}
      .value=${typeof raw === 'number' ? raw : null}
      .error=${err}
      .submitted=${!!err}
      required
    ></dots-money-input>`;
  }
}
