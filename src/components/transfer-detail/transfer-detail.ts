import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Transfer } from '../../core/ledger/schemas.ts';
import { DotsElement } from '../base/dots-element.ts';
import { srOnly } from '../../styles/shared.ts';
import { methodText, reasonText } from '../transfers/format.ts';
import { transferDetailStyles } from './transfer-detail.styles.ts';

const TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };

/**
 * @summary One transfer: its summary and its status history as a timeline, oldest first, with
 * the lifecycle diagram when `<dots-transfer-lifecycle>` is registered.
 *
 * @csspart summary - The definition list of amount, fee, method, dates and reference.
 * @csspart timeline - The ordered list of statuses.
 * @csspart timeline-entry - One status in the timeline; the current one has `aria-current="step"`.
 * @csspart lifecycle - The status diagram, when available.
 */
export class DotsTransferDetail extends DotsElement {
  static override styles = [...DotsElement.styles, srOnly, transferDetailStyles];

  @property({ attribute: false }) transfer: Transfer | null = null;

  /** ISO currency of the amounts (transfers carry cents only; the app decides the currency). */
  @property() currency = 'USD';

  /** Who reads it: the payee (`user`, "added to your wallet") or an operator (`app`). */
  @property() scope: 'user' | 'app' = 'user';

  /** Level of the section headings, so the detail fits the host's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  #heading(id: string, text: string) {
    return html`<div class="heading" role="heading" aria-level=${this.headingLevel} id=${id}>${text}</div>`;
  }

  protected override render() {
    const t = this.transfer;
    if (!t) return nothing;
    const tr = this.localize.t.bind(this.localize);
    const money = (cents: number) => this.localize.money(cents, this.currency);
    const last = t.status_history.length - 1;
    // The diagram is optional: drawn when its element is registered (define.ts registers it).
    const lifecycle = customElements.get('dots-transfer-lifecycle') !== undefined;
    // One box for the direction of the locale (Arabic lays the summary and timeline right to left).
    return html`<div class="root" dir=${this.localize.dir}>
      <dl part="summary">
        <dt>${tr('transferList.detail.status')}</dt>
        <dd><dots-status-badge kind="transfer" status=${t.status}></dots-status-badge></dd>
        <dt>${tr('transferList.detail.amount')}</dt>
        <dd>${money(t.amount)}</dd>
        ${t.fee > 0 ? html`<dt>${tr('transferList.detail.fee')}</dt><dd>${money(t.fee)}</dd>` : nothing}
        <dt>${tr('transferList.detail.method')}</dt>
        <dd><span aria-hidden="true">${methodText(t, tr, false, this.scope)}</span><span class="sr-only">${methodText(t, tr, true, this.scope)}</span></dd>
        <dt>${tr('transferList.detail.created')}</dt>
        <dd><time datetime=${t.created}>${this.localize.date(t.created, TIME)}</time></dd>
        ${t.failure_reason ? html`<dt>${tr('transferList.detail.failure_reason')}</dt><dd>${reasonText(t.failure_reason, tr, money)}</dd>` : nothing}
        <dt>${tr('transferList.detail.reference')}</dt>
        <dd class="reference">${t.id}</dd>
      </dl>
      ${this.#heading('history', tr('transferList.detail.history'))}
      <ol part="timeline" aria-labelledby="history">
        ${t.status_history.map(
          (h, i) => html`<li part="timeline-entry" aria-current=${i === last ? 'step' : nothing}>
            <dots-status-badge kind="transfer" status=${h.status}></dots-status-badge>
            <time datetime=${h.at}>${this.localize.date(h.at, TIME)}</time>
            ${h.reason ? html`<span class="reason">${reasonText(h.reason, tr, money)}</span>` : nothing}
          </li>`,
        )}
      </ol>
      ${lifecycle
        ? html`${this.#heading('lifecycle', tr('transferList.detail.lifecycle'))}
            <dots-transfer-lifecycle part="lifecycle" no-caption .transfer=${t}></dots-transfer-lifecycle>`
        : nothing}
    </div>`;
  }
}
