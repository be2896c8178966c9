import type { Translation } from '../../types.ts';
import type en from '../en/idv.ts';

export default {
  label: 'الهوية',
  title: 'تحقّق من هويتك',
  intro: 'أدخل بيانات وثيقة رسمية تحمل صورتك. نحتفظ فقط بآخر أربعة أحرف من رقمها.',
  'document_type.label': 'نوع الوثيقة',
  'document_type.passport': 'جواز السفر',
  'document_type.drivers_license': 'رخصة القيادة',
  'document_type.national_id': 'بطاقة الهوية الوطنية',
  'document_country.label': 'بلد الإصدار',
  'document_number.label': 'رقم الوثيقة',
  'document_number.hint': 'أحرف وأرقام كما هي مطبوعة على الوثيقة.',
  'document_number.on_file': 'تم الإرسال: {mask}.',
  'errors.document_type.required': 'اختر نوع الوثيقة.',
  'errors.document_number.required': 'أدخل رقم الوثيقة.',
  'errors.document_number.format': 'استخدم الأحرف والأرقام فقط.',
  'errors.document_number.length': 'يتكوّن رقم الوثيقة من 4 إلى 30 حرفًا.',
} satisfies Translation<typeof en>;
