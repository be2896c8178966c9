/**
 * `compliance`: a W-9 for US persons, a W-8BEN for everyone else. Which one shows is decided by
 * the person's country (host prefill `country`, else the country of their phone).
 */
import type { ComplianceInput } from '../../adapters/types.ts';
import { DotsError } from '../ledger/errors.ts';
import type { BackendErrorInfo, EffectIO, StepDefinition, StepValues } from '../machine/types.ts';
import { checkDateOfBirth, checkTaxId } from '../validation/index.ts';
import { call, type DotsContext } from './context.ts';
import { form, type FormCheck } from './form.ts';
import { countries, US_STATES } from './geo.ts';
import { w8benHead, w9Head } from './step-heads.ts';

export { COMPLIANCE_GROUP } from './step-heads.ts';

export const ENTITY_TYPES = ['individual', 'business'] as const;
export const TAX_ID_TYPES = ['ssn', 'ein'] as const;
/** The W-8BEN is signed by adults only. */
export const MIN_AGE = 18;


/** API field names (`address.line1`) to ours (`address_line1`), for backend errors. */
function mapComplianceError(e: BackendErrorInfo): { field: string } | null {
  if (!e.field) return null;
  const f = e.field.replace(/^address\./, 'address_');
  const known = ['legal_name', 'business_name', 'tax_id', 'date_of_birth', 'country_of_citizenship', 'foreign_tax_id', 'address_line1', 'address_line2', 'city', 'region', 'postal_code'];
  if (f === 'address_country') return { field: 'address_country' };
  return known.includes(f) ? { field: f } : null;
}

function address(f: FormCheck, country: string) {
  const line1 = f.text('address_line1', 'compliance.errors.address_line1');
  const line2 = f.text('address_line2', 'compliance.errors.address_line2', { optional: true });
  const city = f.text('city', 'compliance.errors.city', { max: 100 });
  let region: string | undefined;
  let postal: string | undefined;
  if (country === 'US') {
    region = f.choice('region', US_STATES, 'compliance.errors.region.required');
    const zip = f.str('postal_code').trim();
    if (!zip) postal = f.fail('postal_code', 'errors.postal_code.required', { reason: 'required' });
    else if (!/^\d{5}(-\d{4})?$/.test(zip)) postal = f.fail('postal_code', 'errors.postal_code.format', { reason: 'format' });
    else postal = zip;
  } else {
    region = f.text('region', 'compliance.errors.region', { max: 100, optional: true });
    postal = f.text('postal_code', 'errors.postal_code', { max: 20 });
  }
  return {
    line1: line1 ?? '',
    ...(line2 ? { line2 } : {}),
    city: city ?? '',
    ...(region ? { region } : {}),
    postal_code: postal ?? '',
    country,
  };
}

type W9 = Omit<Extract<ComplianceInput, { form: 'w9' }>, 'user_id'>;
type W8 = Omit<Extract<ComplianceInput, { form: 'w8ben' }>, 'user_id'>;

/** Fills empty fields from what the flow knows (the user's name, their country) without touching typed ones. */
function fillEmpty(values: StepValues, defaults: StepValues): StepValues | undefined {
  const out: StepValues = {};
  for (const [k, v] of Object.entries(defaults)) if (v && !values[k]) out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

function fullName(io: EffectIO<DotsContext>): string {
  const u = io.context.user;
  return u ? `${u.first_name} ${u.last_name}`.trim() : '';
}

async function submitForm(io: EffectIO<DotsContext>, body: W9 | W8, signal: AbortSignal) {
  if (!io.userId) throw new DotsError('validation', 'no user to attach tax information to');
  const user = await io.adapter.submitCompliance({ ...body, user_id: io.userId } as ComplianceInput, call(signal));
  return { context: { user } };
}

export const w9Step: StepDefinition<DotsContext> = {
  ...w9Head,
  schema: form((f): W9 => {
    const entity_type = f.choice('entity_type', ENTITY_TYPES);
    const legal_name = f.text('legal_name', 'compliance.errors.legal_name');
    const business_name = entity_type === 'business' ? f.text('business_name', 'compliance.errors.business_name') : undefined;
    const tax_id_type = f.choice('tax_id_type', TAX_ID_TYPES);
    const tax_id = tax_id_type ? f.check('tax_id', tax_id_type, (s) => checkTaxId(s, tax_id_type)) : undefined;
    const addr = address(f, 'US');
    const certified = f.ticked('certified', 'compliance.errors.certified.required');
    return {
      form: 'w9',
      entity_type: entity_type!,
      legal_name: legal_name!,
      ...(business_name ? { business_name } : {}),
      tax_id_type: tax_id_type!,
      tax_id: tax_id!,
      address: addr,
      certified: certified!,
    };
  }),
  mapError: mapComplianceError,
  async load(io) {
    const values = fillEmpty(io.stepValues, { legal_name: fullName(io) });
    return values ? { values } : {};
  },
  submit: (_adapter, data, signal, io) => submitForm(io, data as W9, signal),
  summary: ({ context }) => ({ form: 'w9', tax_id_last4: context.user?.compliance.tax_id_last4 ?? null }),
};

export const w8benStep: StepDefinition<DotsContext> = {
  ...w8benHead,
  schema: (env) =>
    form((f): W8 => {
      const legal_name = f.text('legal_name', 'compliance.errors.legal_name');
      const citizenship = f.choice('country_of_citizenship', countries(), 'errors.country.required');
      const foreign = f.text('foreign_tax_id', 'compliance.errors.foreign_tax_id', { max: 40, optional: true });
      const dob = f.check('date_of_birth', 'date_of_birth', (s) => checkDateOfBirth(s, env.today, MIN_AGE), { params: { min: MIN_AGE } });
      const country = f.choice('address_country', countries(), 'errors.country.required');
      const addr = address(f, country ?? '');
      const certified = f.ticked('certified', 'compliance.errors.certified.required');
      return {
        form: 'w8ben',
        legal_name: legal_name!,
        country_of_citizenship: citizenship!,
        ...(foreign ? { foreign_tax_id: foreign } : {}),
        date_of_birth: dob!,
        address: addr,
        certified: certified!,
      };
    }),
  mapError: mapComplianceError,
  async load(io) {
    const country = io.context.country ?? '';
    const values = fillEmpty(io.stepValues, { legal_name: fullName(io), country_of_citizenship: country, address_country: country });
    return values ? { values } : {};
  },
  submit: (_adapter, data, signal, io) => submitForm(io, data as W8, signal),
  summary: () => ({ form: 'w8ben' }),
};

export const complianceSteps: StepDefinition<DotsContext>[] = [w9Step, w8benStep];
