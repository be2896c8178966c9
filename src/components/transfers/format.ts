/** Texts of a transfer row, shared by the list, the detail and the announcements. */
import type { Transfer } from '../../core/ledger/schemas.ts';
import type { MessageKey } from '../../i18n/catalog-types.ts';
import type { MessageParams } from '../../i18n/types.ts';
import { statusKey } from '../status-badge/status.ts';
import { addEnglish } from '../../i18n/catalog.ts';
import transferListEn from '../../i18n/locales/en/transferList.ts';

// This module's English travels with it, not with every element (see addEnglish).
addEnglish({ transferList: transferListEn });

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Where the money went, masked: `ACH ••••6789` on screen, `ACH ending in 6789` for screen readers
 * (bullets are read out one by one). Never more than the last four characters.
 */
export function methodText(t: Transfer, tr: Translate, spoken = false, perspective: 'user' | 'app' = 'user'): string {
  if (t.type === 'refill') return tr('transferList.method.refill');
  if (t.type === 'balance') {
    const toUser = t.direction !== 'user_to_app';
    if (perspective === 'app') return tr(toUser ? 'transferList.method.app_to_user' : 'transferList.method.user_to_app');
    return tr(toUser ? 'transferList.method.to_wallet' : 'transferList.method.from_wallet');
  }
  if (!t.payout_platform) return tr('transferList.method.unknown');
  const platform = tr(`transferList.platform.${t.payout_platform}`);
  if (!t.payout_mask) return platform;
  return tr(spoken ? 'transferList.method.masked_spoken' : 'transferList.method.masked', { platform, mask: t.payout_mask });
}

export function statusText(t: Pick<Transfer, 'status'>, tr: Translate): string {
  return tr(statusKey('transfer', t.status));
}

/**
 * The reasons the mock ledger writes (sandbox outcomes such as `account_closed`, its review and
 * operator defaults) are its own words, not the person's language: each has a catalog message.
 * Any other reason is the platform's own text (an operator typed it) and is shown as it is.
 */
const REASONS: Readonly<Record<string, MessageKey>> = {
  account_closed: 'transferList.reason.account_closed',
  account_invalid: 'transferList.reason.account_invalid',
  rail_rejected: 'transferList.reason.rail_rejected',
  failed: 'transferList.reason.failed',
  'user in review': 'transferList.reason.user_in_review',
  'released after review': 'transferList.reason.released',
  'failed by operator': 'transferList.reason.failed_by_operator',
  'reversed by operator': 'transferList.reason.reversed_by_operator',
  'canceled by operator': 'transferList.reason.canceled_by_operator',
};
const THRESHOLD = /^amount at or above (\d+)$/;

/** A transfer's failure or history reason in the reader's language (`money` formats cents). */
export function reasonText(reason: string, tr: Translate, money: (cents: number) => string): string {
  const key = REASONS[reason];
  if (key) return tr(key);
  const threshold = THRESHOLD.exec(reason);
  if (threshold) return tr('transferList.reason.review_threshold', { amount: money(Number(threshold[1])) });
  return reason;
}
