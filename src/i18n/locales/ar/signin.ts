import type { Translation } from '../../types.ts';
import type en from '../en/signin.ts';

export default {
  label: 'تسجيل الدخول',
  'phone.title': 'سجّل الدخول برقم هاتفك',
  'phone.intro': 'سنرسل إليك رمزًا من 6 أرقام في رسالة نصية للتأكد من هويتك.',
  'phone.country': 'البلد',
  'phone.label': 'رقم الهاتف المحمول',
  'phone.hint': 'من دون رمز البلد.',
  'phone.submit': 'إرسال الرمز',
  'code.title': 'أدخل الرمز',
  'code.intro': 'أرسلنا رمزًا من 6 أرقام إلى رقم الهاتف المنتهي بـ {last4}.',
  'code.label': 'الرمز المكوّن من 6 أرقام',
  'code.submit': 'تحقّق',
  'code.resend': 'إرسال رمز جديد',
  'code.resent': 'أرسلنا إليك رمزًا جديدًا.',
  'code.change_phone': 'استخدام رقم هاتف آخر',
  'profile.title': 'أخبرنا عنك',
  'profile.intro': 'تم التحقق من هاتفك. نحتاج إلى بعض البيانات لإنشاء حسابك.',
  'profile.first_name': 'الاسم الأول',
  'profile.last_name': 'اسم العائلة',
  'profile.email': 'البريد الإلكتروني',
  'profile.email_hint': 'نرسل الإيصالات إلى هذا العنوان.',
} satisfies Translation<typeof en>;
