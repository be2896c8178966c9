/** The last screen of a claim: where the money goes and the transfer's live status. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../controllers/localize.ts';
import type { MessageKey } from '../../i18n/catalog-types.ts';
import type { PayoutMethod, Transfer, TransferStatus } from '../../core/ledger/schemas.ts';
import { isFinalStatus } from '../../core/ledger/transitions.ts';
import type { TransferSummary } from '../../core/flows/context.ts';
import { describeMethod } from '../../core/flows/describe-method.ts';
import type { ClaimLink } from '../../core/flows/payout-claim.ts';

export interface ClaimStatusData {
  /** The transfer as the claim returned it. */
  claimed: TransferSummary;
  /** The latest state seen live, when any. */
  live: Transfer | null;
  link: ClaimLink | null;
  methods: readonly PayoutMethod[];
  currency: string;
  /** The last status check failed (tracking goes on). */
  checkFailed: boolean;
}

export const statusOf = (d: Pick<ClaimStatusData, 'claimed' | 'live'>): TransferStatus => d.live?.status ?? d.claimed.status;

/** The heading of the screen for a status. */
export function statusTitle(status: TransferStatus): MessageKey {
  return isFinalStatus(status) ? (`claim.sent.title.${status}` as MessageKey) : 'claim.sent.title';
}

/** "US bank account ending in 6789", from the methods on file or the transfer's own mask. */
export function methodText(l: LocalizeController, t: Pick<TransferSummary, 'payout_platform' | 'payout_mask'> & { payout_method_id?: string | null }, methods: readonly PayoutMethod[]): string {
  const m = methods.find((x) => x.id === t.payout_method_id) ?? methods.find((x) => x.platform === t.payout_platform && x.mask !== null && x.mask === t.payout_mask);
  if (m) return l.t(`payouts.method.${m.platform}` as MessageKey, { detail: describeMethod(m) });
  if (t.payout_platform) return l.t(`payouts.method.${t.payout_platform}` as MessageKey, { detail: t.payout_mask ?? '' });
  return t.payout_mask ?? '';
}

export function renderClaimStatus(l: LocalizeController, d: ClaimStatusData): TemplateResult {
  const status = statusOf(d);
  const money = (c: number) => l.money(c, d.currency);
  const t = d.claimed;
  const method = methodText(l, { ...t, payout_method_id: d.live?.payout_method_id ?? null }, d.methods);
  const rest = d.link && d.link.amount > t.amount ? d.link.amount - t.amount : 0;
  const final = isFinalStatus(status);
  return html`<div part="complete" class="complete">
    <p>${l.t('claim.sent.body', { amount: money(t.amount - t.fee), method })}</p>
    ${rest > 0 ? html`<p>${l.t('claim.sent.rest', { amount: money(rest) })}</p>` : nothing}
    <section part="status" class="status" aria-labelledby="status-heading">
      <h3 id="status-heading">${l.t('claim.sent.status')}</h3>
      <dots-status-badge part="status-badge" kind="transfer" status=${status}></dots-status-badge>
      <p>${l.t(`claim.status.${status}` as MessageKey, { method })}</p>
      <p class="note">${final ? l.t('claim.status.final') : d.checkFailed ? l.t('claim.status.unavailable') : l.t('claim.sent.tracking')}</p>
    </section>
    ${d.live
      ? html`<section class="status" aria-labelledby="lifecycle-heading">
          <h3 id="lifecycle-heading">${l.t('claim.sent.lifecycle')}</h3>
          <dots-transfer-lifecycle part="lifecycle" no-caption .transfer=${d.live}></dots-transfer-lifecycle>
        </section>`
      : nothing}
  </div>`;
}
