/** `id-verification`: an identity document's type, issuing country and number. */
import { DotsError } from '../ledger/errors.ts';
import type { StepDefinition } from '../machine/types.ts';
import { normalizeDigits } from '../validation/index.ts';
import { call, type DotsContext } from './context.ts';
import { form } from './form.ts';
import { countries } from './geo.ts';
import { idVerificationHead } from './step-heads.ts';

export const DOCUMENT_TYPES = ['passport', 'drivers_license', 'national_id'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

interface IdDocument {
  document_type: DocumentType;
  document_country: string;
  document_number: string;
}

export const idVerificationStep: StepDefinition<DotsContext> = {
  ...idVerificationHead,
  schema: form((f): IdDocument => {
    const document_type = f.choice('document_type', DOCUMENT_TYPES, 'idv.errors.document_type.required');
    const document_country = f.choice('document_country', countries(), 'errors.country.required');
    // Digits typed in another script count; separators people copy from a card do not.
    const number = normalizeDigits(f.str('document_number')).toUpperCase();
    let document_number: string | undefined;
    if (!number) document_number = f.fail('document_number', 'idv.errors.document_number.required', { reason: 'required' });
    else if (!/^[A-Z0-9]+$/.test(number)) document_number = f.fail('document_number', 'idv.errors.document_number.format', { reason: 'format' });
    else if (number.length < 4 || number.length > 30) document_number = f.fail('document_number', 'idv.errors.document_number.length', { reason: 'length' });
    else document_number = number;
    return { document_type: document_type!, document_country: document_country!, document_number: document_number! };
  }),
  mapError: (e) => (e.field && ['document_type', 'document_country', 'document_number'].includes(e.field) ? { field: e.field } : null),
  async load(io) {
    const country = io.context.country;
    return country && !io.stepValues['document_country'] ? { values: { document_country: country } } : {};
  },
  async submit(adapter, data, signal, io) {
    if (!io.userId) throw new DotsError('validation', 'no user to verify');
    const user = await adapter.verifyIdentity({ ...(data as IdDocument), user_id: io.userId }, call(signal));
    return { context: { user } };
  },
  summary: ({ context }) => ({ id_verified: context.user?.compliance.id_verified ?? false, status: context.user?.status ?? null }),
};
