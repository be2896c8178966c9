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
