import type { Translation } from '../../types.ts';
import type en from '../en/transfers.ts';

export default {
  'lifecycle.title': 'حالات التحويل',
  'lifecycle.diagram_label': 'مخطط الحالات التي يمر بها التحويل',
  'lifecycle.start': 'يبدأ التحويل الجديد بالحالة {status}.',
  'lifecycle.can_become': 'يمكن أن تتحول الحالة {from} إلى {to}.',
  'lifecycle.final': 'الحالة {status} نهائية.',
  'lifecycle.current': 'الحالة الحالية لهذا التحويل: {status}.',
  'lifecycle.path': 'مرّ بالحالات: {path}.',
  'lifecycle.new': 'جديد',
} satisfies Translation<typeof en>;
