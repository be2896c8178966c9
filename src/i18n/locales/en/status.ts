import type { Namespace } from '../../types.ts';

/** Status labels of transfers and payout links, shared by badges, lists, timelines and flows. */
export default {
  'transfer.created': 'Created',
  'transfer.flagged': 'Under review',
  'transfer.pending': 'Pending',
  'transfer.completed': 'Completed',
  'transfer.failed': 'Failed',
  'transfer.reversed': 'Reversed',
  'transfer.canceled': 'Canceled',
  'payout_link.created': 'Created',
  'payout_link.sent': 'Sent',
  'payout_link.delivered': 'Delivered',
  'payout_link.claimed': 'Claimed',
  'payout_link.expired': 'Expired',
  'payout_link.canceled': 'Canceled',
  'payout_link.failed': 'Delivery failed',
  'user.unverified': 'Unverified',
  'user.verified': 'Verified',
  'user.in_review': 'In review',
  'user.disabled': 'Disabled',
  unknown: 'Unknown status',
} satisfies Namespace;
