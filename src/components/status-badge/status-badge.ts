import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DotsElement } from '../base/dots-element.ts';
import { statusBadgeStyles } from './status-badge.styles.ts';
import { statusKey, statusTone, type StatusKind } from './status.ts';

/**
 * @summary A localized status label for a transfer, a payout link or a user, coloured by tone.
 *
 * The text carries the meaning; colour and the icon's shape only reinforce it.
 *
 * @csspart badge - The pill around icon and label.
 * @csspart icon - The small shape before the label (hidden from assistive technology).
 * @csspart label - The status text.
 * @cssproperty --dots-color-success - Text of success statuses (completed, claimed, verified).
 * @cssproperty --dots-color-error - Text of error statuses (failed).
 * @cssproperty --dots-color-warning - Text of statuses waiting on a person (flagged, in review).
 */
export class DotsStatusBadge extends DotsElement {
  static override styles = [...DotsElement.styles, statusBadgeStyles];

  /** Which vocabulary `status` belongs to. */
  @property({ reflect: true }) kind: StatusKind = 'transfer';

  /** The status as the API spells it, e.g. `completed`. */
  @property({ reflect: true }) status = '';

  /** The translated label the badge shows. */
  get label(): string {
    return this.localize.t(statusKey(this.kind, this.status));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A host attribute lets the tone drive :host() rules and lets hosts style by tone too.
    this.dataset['tone'] = statusTone(this.kind, this.status);
  }

  protected override render() {
    return html`<span part="badge" class="badge" dir=${this.localize.dir}><span part="icon" class="icon" aria-hidden="true"></span><span part="label">${this.label}</span></span>`;
  }
}
