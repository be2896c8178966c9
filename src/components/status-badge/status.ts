/**
 * Status vocabularies the badge knows, their catalog keys and their tones. Lit-free so lists,
 * timelines and flows can build labels (e.g. accessible names) without rendering a badge.
 */
import type { PayoutLinkStatus, TransferStatus, UserStatus } from '../../core/ledger/schemas.ts';
import type { MessageKey } from '../../i18n/catalog-types.ts';
import { addEnglish } from '../../i18n/catalog.ts';
import statusEn from '../../i18n/locales/en/status.ts';

// The status labels travel with what shows statuses (badges, lists, timelines), not with every
// element: a flow's first screen shows none (see addEnglish).
addEnglish({ status: statusEn });

export type StatusKind = 'transfer' | 'payout-link' | 'user';

/** Colour family of a badge; the text label always carries the meaning on its own. */
export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'error';

const TONES: { [K in StatusKind]: Record<string, StatusTone> } = {
  transfer: {
    created: 'neutral',
    flagged: 'warning',
    pending: 'info',
    completed: 'success',
    failed: 'error',
    reversed: 'neutral',
    canceled: 'neutral',
  } satisfies Record<TransferStatus, StatusTone>,
  'payout-link': {
    created: 'neutral',
    sent: 'info',
    delivered: 'info',
    claimed: 'success',
    expired: 'neutral',
    canceled: 'neutral',
    failed: 'error',
  } satisfies Record<PayoutLinkStatus, StatusTone>,
  user: {
    unverified: 'neutral',
    verified: 'success',
    in_review: 'warning',
    disabled: 'error',
  } satisfies Record<UserStatus, StatusTone>,
};

const PREFIX: Record<StatusKind, string> = { transfer: 'transfer', 'payout-link': 'payout_link', user: 'user' };

export function statusTone(kind: StatusKind, status: string): StatusTone {
  return TONES[kind]?.[status] ?? 'neutral';
}

/** `status.transfer.completed`, or `status.unknown` for a status this version does not know. */
export function statusKey(kind: StatusKind, status: string): MessageKey {
  if (!(status in (TONES[kind] ?? {}))) return 'status.unknown';
  return `status.${PREFIX[kind]}.${status}` as MessageKey;
}
