import type { Translation } from '../../types.ts';
import type en from '../en/idv.ts';

export default {
  label: 'Identidade',
  title: 'Verifique sua identidade',
  intro: 'Informe os dados de um documento oficial com foto. Guardamos apenas os quatro últimos caracteres do número.',
  'document_type.label': 'Tipo de documento',
  'document_type.passport': 'Passaporte',
  'document_type.drivers_license': 'Carteira de motorista',
  'document_type.national_id': 'Carteira de identidade',
  'document_country.label': 'País emissor',
  'document_number.label': 'Número do documento',
  'document_number.hint': 'Letras e números, como impressos no documento.',
  'document_number.on_file': 'Enviado: {mask}.',
  'errors.document_type.required': 'Escolha um tipo de documento.',
  'errors.document_number.required': 'Digite o número do documento.',
  'errors.document_number.format': 'Use apenas letras e números.',
  'errors.document_number.length': 'O número do documento tem de 4 a 30 caracteres.',
} satisfies Translation<typeof en>;
