import type { Translation } from '../../types.ts';
import type en from '../en/redirect.ts';

export default {
  label: 'الإنهاء',
  title: 'تم كل شيء',
  body: 'انتهيت هنا. تابع للعودة.',
  countdown: {
    zero: 'المتابعة تلقائيًا الآن.',
    one: 'المتابعة تلقائيًا خلال ثانية واحدة.',
    two: 'المتابعة تلقائيًا خلال ثانيتين.',
    few: 'المتابعة تلقائيًا خلال {count} ثوانٍ.',
    many: 'المتابعة تلقائيًا خلال {count} ثانية.',
    other: 'المتابعة تلقائيًا خلال {count} ثانية.',
  },
  paused: 'أُوقفت إعادة التوجيه التلقائية. تابع عندما تكون مستعدًا.',
  continue: 'متابعة',
  stay: 'البقاء في هذه الصفحة',
  destination: 'ستنتقل إلى {host}.',
  'errors.unsafe_url': 'لا يمكننا المتابعة: العنوان المعطى لهذه الصفحة ليس عنوان ويب يمكننا فتحه بأمان.',
} satisfies Translation<typeof en>;
