import { css, html, nothing } from 'lit';
import { DotsStepView } from '../step-view.ts';
import type { ClaimContext } from '../../../core/flows/payout-claim.ts';

/**
 * @summary The first screen of a payout-link claim: who sends how much, their message, until
 * when it can be claimed, and what comes next. Rendered by `<dots-payout-claim-flow>`; not meant
 * to be used on its own.
 *
 * @csspart payment - The sender and amount.
 * @csspart amount - The amount.
 * @csspart memo - The sender's message (shown as plain text).
 * @csspart intro - The explanatory paragraphs.
 */
export class DotsClaimIntroStep extends DotsStepView {
  static override styles = [
    ...DotsStepView.styles,
    css`
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--_dots-space-s) var(--_dots-space-m);
        margin: 0;
      }
      dt {
        color: var(--_dots-color-text-secondary);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .amount {
        font-size: 1.25em;
        font-weight: var(--_dots-font-weight-strong);
      }
      /* Not a style attribute: the page's CSP (style-src without 'unsafe-inline') refuses those. */
      figure {
        margin: 0;
      }
      blockquote {
        margin: 0;
        padding-inline-start: var(--_dots-space-m);
        border-inline-start: var(--_dots-border-width) solid var(--_dots-color-border);
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
    `,
  ];

  private get claim(): ClaimContext | null {
    return this.context as ClaimContext | null;
  }

  override render() {
    const link = this.claim?.link;
    if (!link) return html`<p class="note">${this.localize.t('claim.loading')}</p>`;
    const signedIn = !!this.snapshot?.userId;
    return html`<div class="fields">
      <dl part="payment">
        <dt>${this.localize.t('claim.intro.from')}</dt>
        <dd>${link.sender_name}</dd>
        <dt>${this.localize.t('claim.intro.amount')}</dt>
        <dd class="amount" part="amount">${this.localize.money(link.amount, link.currency)}</dd>
      </dl>
      ${link.memo
        ? html`<figure class="fields">
            <figcaption class="note">${this.localize.t('claim.intro.memo', { sender: link.sender_name })}</figcaption>
            <blockquote part="memo">${link.memo}</blockquote>
          </figure>`
        : nothing}
      <p class="note" part="intro">${this.localize.t('claim.intro.expires', { date: this.localize.date(link.expires_at, { dateStyle: 'long' }) })}</p>
      ${link.allow_partial ? html`<p class="note" part="intro">${this.localize.t('claim.intro.partial')}</p>` : nothing}
      <p part="intro">${this.localize.t(signedIn ? 'claim.intro.next_signed_in' : 'claim.intro.next')}</p>
    </div>`;
  }
}
