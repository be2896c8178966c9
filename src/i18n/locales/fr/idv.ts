import type { Translation } from '../../types.ts';
import type en from '../en/idv.ts';

export default {
  label: 'Identité',
  title: 'Vérifiez votre identité',
  intro: 'Saisissez les informations d’une pièce d’identité officielle avec photo. Nous ne conservons que les quatre derniers caractères de son numéro.',
  'document_type.label': 'Type de document',
  'document_type.passport': 'Passeport',
  'document_type.drivers_license': 'Permis de conduire',
  'document_type.national_id': 'Carte nationale d’identité',
  'document_country.label': 'Pays de délivrance',
  'document_number.label': 'Numéro du document',
  'document_number.hint': 'Lettres et chiffres, tels qu’imprimés sur le document.',
  'document_number.on_file': 'Envoyé : {mask}.',
  'errors.document_type.required': 'Choisissez un type de document.',
  'errors.document_number.required': 'Saisissez le numéro du document.',
  'errors.document_number.format': 'Utilisez uniquement des lettres et des chiffres.',
  'errors.document_number.length': 'Un numéro de document comporte de 4 à 30 caractères.',
} satisfies Translation<typeof en>;
