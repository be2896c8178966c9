import type { Translation } from '../../types.ts';
import type en from '../en/status.ts';

export default {
  'transfer.created': 'أُنشئ',
  'transfer.flagged': 'قيد المراجعة',
  'transfer.pending': 'قيد المعالجة',
  'transfer.completed': 'مكتمل',
  'transfer.failed': 'فشل',
  'transfer.reversed': 'مُسترد',
  'transfer.canceled': 'أُلغي',
  'payout_link.created': 'أُنشئ',
  'payout_link.sent': 'أُرسل',
  'payout_link.delivered': 'تم التسليم',
  'payout_link.claimed': 'تم الاستلام',
  'payout_link.expired': 'منتهي الصلاحية',
  'payout_link.canceled': 'أُلغي',
  'payout_link.failed': 'فشل التسليم',
  'user.unverified': 'غير موثّق',
  'user.verified': 'موثّق',
  'user.in_review': 'قيد المراجعة',
  'user.disabled': 'معطّل',
  unknown: 'حالة غير معروفة',
} satisfies Translation<typeof en>;
