import type { Namespace } from '../../types.ts';
import labels from './step-labels.ts';

/** Identity verification with an official document. */
export default {
  label: labels.idv.label,
  title: 'Verify your identity',
  intro: 'Enter the details of an official photo ID. We keep only the last four characters of its number.',
  'document_type.label': 'Document type',
  'document_type.passport': 'Passport',
  'document_type.drivers_license': "Driver's license",
  'document_type.national_id': 'National ID card',
  'document_country.label': 'Issuing country',
  'document_number.label': 'Document number',
  'document_number.hint': 'Letters and numbers, as printed on the document.',
  'document_number.on_file': 'Sent: {mask}.',
  'errors.document_type.required': 'Choose a document type.',
  'errors.document_number.required': 'Enter the document number.',
  'errors.document_number.format': 'Use only letters and numbers.',
  'errors.document_number.length': 'A document number is 4 to 30 characters.',
} satisfies Namespace;
