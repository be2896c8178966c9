/** The page for a link that cannot be claimed: what happened and what the payee can do. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../controllers/localize.ts';
import type { MessageKey } from '../../i18n/catalog-types.ts';
import type { ClaimLink, LinkProblem } from '../../core/flows/payout-claim.ts';

export const unavailableTitle = (problem: LinkProblem): MessageKey => `claim.unavailable.${problem}.title` as MessageKey;

/**
 * `late`: the claim was refused because the link closed while this page was open (claimed in
 * another tab): the page says nothing was sent from here.
 */
export function renderUnavailable(l: LocalizeController, problem: LinkProblem, link: ClaimLink | null, late: boolean): TemplateResult {
  const sender = link?.sender_name || l.t('claim.unavailable.sender');
  const date = link ? l.date(link.expires_at, { dateStyle: 'long' }) : '';
  return html`<div part="unavailable" class="unavailable" data-problem=${problem}>
    <p>${l.t(`claim.unavailable.${problem}.body` as MessageKey, { sender, date })}</p>
    ${late ? html`<p>${l.t('claim.unavailable.claimed.late')}</p>` : nothing}
    <h3>${l.t('claim.unavailable.next_heading')}</h3>
    <p part="next-steps">${l.t(`claim.unavailable.${problem}.next` as MessageKey, { sender })}</p>
  </div>`;
}
