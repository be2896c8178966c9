import type { Translation } from '../../types.ts';
import type en from '../en/idv.ts';

export default {
  label: 'Identidad',
  title: 'Verifica tu identidad',
  intro: 'Introduce los datos de un documento oficial con foto. Solo guardamos los cuatro últimos caracteres de su número.',
  'document_type.label': 'Tipo de documento',
  'document_type.passport': 'Pasaporte',
  'document_type.drivers_license': 'Permiso de conducir',
  'document_type.national_id': 'Documento nacional de identidad',
  'document_country.label': 'País de expedición',
  'document_number.label': 'Número del documento',
  'document_number.hint': 'Letras y números, tal como aparecen en el documento.',
  'document_number.on_file': 'Enviado: {mask}.',
  'errors.document_type.required': 'Elige un tipo de documento.',
  'errors.document_number.required': 'Introduce el número del documento.',
  'errors.document_number.format': 'Usa solo letras y números.',
  'errors.document_number.length': 'El número del documento tiene entre 4 y 30 caracteres.',
} satisfies Translation<typeof en>;
