import type { Translation } from '../../types.ts';
import type en from '../en/flow.ts';

export default {
  'complete.title': 'كل شيء جاهز',
  'complete.body': 'تم حفظ كل شيء. يمكنك إغلاق هذه الصفحة.',
  'complete.announce': 'اكتملت جميع الخطوات.',
  exit: 'خروج',
  no_adapter: 'هذا المسار غير متصل بأي خادم.',
  no_steps: 'لا توجد خطوات لعرضها في هذا المسار.',
  'loading.announce': 'جارٍ التحميل.',
  'submitting.announce': 'جارٍ الحفظ.',
} satisfies Translation<typeof en>;
