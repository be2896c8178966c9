import { css, html, nothing, type PropertyValues } from 'lit';
import type { DotsSnapshot } from '../step-view.ts';
import { DotsFormStepView } from '../form-step-view.ts';
import { ACCOUNT_TYPES, allowedPlatforms, describeMethod, type Platform } from '../../../core/flows/manage-payouts.ts';
import type { PayoutMethod } from '../../../core/ledger/schemas.ts';
import { addEnglish } from '../../../i18n/catalog.ts';
import stepErrorsEn from '../../../i18n/locales/en/errors-steps.ts';
import payoutsEn from '../../../i18n/locales/en/payouts.ts';

// The step's English travels with its screen (see addEnglish); the stepper label is there from the start.
addEnglish({ errors: stepErrorsEn, payouts: payoutsEn });

/**
 * @summary The payout methods step: the person's methods with Make default and Remove, and a
 * form to add one (the platforms the app allows). Rendered by `<dots-flow>`; not meant to be
 * used on its own.
 *
 * @csspart intro - The explanatory paragraph.
 * @csspart methods - The list of payout methods.
 * @csspart method - One payout method.
 * @csspart default-badge - The "Default" marker.
 */
export class DotsManagePayoutsStep extends DotsFormStepView {
  static override styles = [
    ...DotsFormStepView.styles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: var(--_dots-space-s);
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_dots-space-s);
        padding: var(--_dots-space-s) var(--_dots-space-m);
        border: var(--_dots-border-width) solid var(--_dots-color-border);
        border-radius: var(--_dots-border-radius);
      }
      .name {
        flex: 1 1 12rem;
      }
      .badge {
        font-weight: var(--_dots-font-weight-strong);
        color: var(--_dots-color-success);
      }
      .add {
        border-block-start: var(--_dots-border-width) solid var(--_dots-color-border);
        padding-block-start: var(--_dots-space-m);
      }
    `,
  ];

  private get methods(): PayoutMethod[] {
    return this.context?.payoutMethods ?? [];
  }

  private get adding(): boolean {
    return this.values['adding'] === true || this.methods.length === 0;
  }

  /** A method in words: "US bank account ending in 6789". */
  methodLabel(m: PayoutMethod): string {
    return this.localize.t(`payouts.method.${m.platform}` as never, { detail: describeMethod(m) });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const prev = changed.get('snapshot') as DotsSnapshot | null | undefined;
    const now = this.snapshot;
    // After an action the button that was pressed may be gone: put focus somewhere that exists.
    if (prev?.status === 'submitting' && prev.pending.kind === 'action' && now?.status === 'editing') {
      const target = prev.pending.action === 'add' || prev.pending.action === 'remove' ? '#methods-heading' : null;
      if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    }
    if (prev && prev.values[this.step]?.['adding'] !== true && now?.values[this.step]?.['adding'] === true && this.methods.length > 0) {
      this.fieldElement('platform')?.focus();
    }
  }

  protected override submitFromEnter(): void {
    this.send({ type: 'next' });
  }

  private renderList() {
    if (this.methods.length === 0) return html`<p class="note">${this.localize.t('payouts.list.empty')}</p>`;
    const defaultId = this.context?.user?.default_payout_method_id ?? null;
    return html`<ul part="methods" aria-labelledby="methods-heading">
      ${this.methods.map((m) => {
        const label = this.methodLabel(m);
        const isDefault = m.id === defaultId;
        return html`<li part="method">
          <span class="name">${label}</span>
          ${isDefault
            ? html`<span class="badge" part="default-badge">${this.localize.t('payouts.list.default')}</span>`
            : html`<dots-button
                variant="secondary"
                data-action="set-default"
                ?busy=${this.actionBusy('set-default')}
                @click=${() => this.send({ type: 'action', name: 'set-default', payload: { id: m.id } })}
                >${this.localize.t('payouts.list.make_default')}<span class="sr-only">: ${label}</span></dots-button
              >`}
          <dots-button
            variant="secondary"
            data-action="remove"
            ?busy=${this.actionBusy('remove')}
            @click=${() => this.send({ type: 'action', name: 'remove', payload: { id: m.id } })}
            >${this.localize.t('payouts.list.remove')}<span class="sr-only">: ${label}</span></dots-button
          >
        </li>`;
      })}
    </ul>`;
  }

  private platformFields(platform: Platform | '') {
    switch (platform) {
      case 'ach':
        return html`${this.textField('routing_number', 'payouts.routing_number.label', { hint: 'payouts.routing_number.hint', inputmode: 'numeric', autocomplete: 'off', maxlength: 11 })}
        ${this.textField('account_number', 'payouts.account_number.label', { hint: 'payouts.account_number.hint', inputmode: 'numeric', autocomplete: 'off', maxlength: 20 })}
        ${this.selectField(
          'account_type',
          'payouts.account_type.label',
          ACCOUNT_TYPES.map((t) => ({ value: t, label: `payouts.account_type.${t}` })),
          { noPlaceholder: true },
        )}`;
      case 'paypal':
        return this.textField('paypal_email', 'payouts.paypal_email.label', { type: 'email', autocomplete: 'email', inputmode: 'email' });
      case 'venmo':
        return this.textField('venmo_phone', 'payouts.venmo_phone.label', { type: 'tel', hint: 'payouts.venmo_phone.hint', autocomplete: 'tel-national', inputmode: 'tel' });
      case 'cash_app':
        return this.textField('cash_tag', 'payouts.cash_tag.label', { hint: 'payouts.cash_tag.hint', autocomplete: 'off' });
      case 'intl_bank':
        return html`${this.textField('account_holder', 'payouts.account_holder.label', { autocomplete: 'name' })}
        ${this.textField('iban', 'payouts.iban.label', { hint: 'payouts.iban.hint', autocomplete: 'off', autocapitalize: 'characters', maxlength: 42 })}
        ${this.textField('bic', 'payouts.bic.label', { autocomplete: 'off', autocapitalize: 'characters', maxlength: 14 })}`;
      default:
        return nothing;
    }
  }

  private renderForm() {
    const platforms = allowedPlatforms(this.context?.settings ?? null);
    const platform = this.str('platform') as Platform | '';
    const fee = platform ? this.context?.settings?.payout_fees[platform] ?? 0 : 0;
    const currency = this.context?.settings?.currency ?? 'USD';
    return html`<fieldset class="add">
      <legend>${this.localize.t('payouts.add.heading')}</legend>
      ${this.selectField(
        'platform',
        'payouts.platform.label',
        platforms.map((p) => ({ value: p, label: `payouts.platform.${p}` })),
      )}
      ${fee > 0 ? html`<p class="note">${this.localize.t('payouts.fee.label', { fee: this.localize.money(fee, currency) })}</p>` : nothing}
      ${this.platformFields(platform)}
      <div class="actions">
        <dots-button variant="secondary" ?busy=${this.actionBusy('add')} @click=${() => this.send({ type: 'action', name: 'add' })}
          >${this.localize.t('payouts.add.submit')}</dots-button
        >
        ${this.methods.length > 0
          ? html`<dots-button variant="link" @click=${() => this.send({ type: 'change', field: 'adding', value: false })}
              >${this.localize.t('payouts.add.cancel')}</dots-button
            >`
          : nothing}
      </div>
    </fieldset>`;
  }

  override render() {
    const loading = this.snapshot?.status === 'submitting' && this.snapshot.pending.kind === 'load' && !this.context?.payoutMethods;
    return html`<div class="fields">
      ${this.intro('payouts.intro')}
      <section class="fields" aria-busy=${loading ? 'true' : 'false'}>
        <h3 id="methods-heading" tabindex="-1">${this.localize.t('payouts.list.heading')}</h3>
        ${loading ? html`<p class="note">${this.localize.t('common.loading')}</p>` : this.renderList()}
      </section>
      ${loading
        ? nothing
        : this.adding
          ? this.renderForm()
          : html`<div class="actions">
              <dots-button variant="secondary" @click=${() => this.send({ type: 'change', field: 'adding', value: true })}
                >${this.localize.t('payouts.add.open')}</dots-button
              >
            </div>`}
    </div>`;
  }
}
