/**
 * Tax forms to the stored Compliance record. The tax id crosses this function once: only its
 * last four digits come out, nothing else of it is kept anywhere (not even hashed: a 9-digit id
 * is too small a space for a hash to hide it).
 */
import type { ComplianceInput } from '../../adapters/types.ts';
import { checkDateOfBirth, checkTaxId } from '../validation/index.ts';
import { DotsError } from './errors.ts';
import { must } from './parse.ts';
import type { Compliance } from './schemas.ts';

export function complianceFrom(input: ComplianceInput, previous: Compliance, today: Date): Compliance {
  if (input.date_of_birth !== undefined) must(checkDateOfBirth(input.date_of_birth, today), 'date_of_birth');
  if (input.form === 'w9') {
    const taxId = must(checkTaxId(input.tax_id, input.tax_id_type), 'tax_id');
    return {
      form: 'w9',
      tax_id_collected: true,
      tax_id_last4: taxId.slice(-4),
      date_of_birth_collected: input.date_of_birth !== undefined || previous.date_of_birth_collected,
      address_collected: true,
      id_verified: previous.id_verified,
    };
  }
  // W-8BEN is the certificate of a foreign person: a US citizen files a W-9 instead.
  if (input.country_of_citizenship.toUpperCase() === 'US') {
    throw new DotsError('validation', 'A US citizen files a W-9, not a W-8BEN', { field: 'country_of_citizenship' });
  }
  const foreign = input.foreign_tax_id?.replace(/\s/g, '') ?? '';
  return {
    form: 'w8ben',
    tax_id_collected: foreign.length > 0,
    tax_id_last4: foreign.length >= 4 ? foreign.slice(-4) : null,
    date_of_birth_collected: true,
    address_collected: true,
    id_verified: previous.id_verified,
  };
}

export const EMPTY_COMPLIANCE: Compliance = Object.freeze({
  form: null,
  tax_id_collected: false,
  tax_id_last4: null,
  date_of_birth_collected: false,
  address_collected: false,
  id_verified: false,
}) as Compliance;
