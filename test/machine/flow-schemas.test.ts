import { expect } from '@open-wc/testing';
import {
  buildFlow,
  codeStep,
  emptyContext,
  idVerificationStep,
  managePayoutsStep,
  parseAmount,
  parseStepNames,
  payoutStep,
  phoneStep,
  profileStep,
  redirectStep,
  safeRedirectUrl,
  w8benStep,
  w9Step,
  type DotsContext,
} from '../../src/core/flows/index.ts';
import { validateStep, type StepDefinition, type StepEnv, type StepValues } from '../../src/core/machine/index.ts';
import type { PayoutMethod } from '../../src/core/ledger/schemas.ts';
import { loadValidationRules } from '../../src/core/validation/index.ts';

// The phone and bank checks read libraries that load on demand (libraries.test.ts covers before).
before(() => loadValidationRules());

const today = '2026-01-15';

function env(context: Partial<DotsContext> = {}): StepEnv<DotsContext> {
  return { context: { ...emptyContext([]), ...context }, userId: 'user_1', flowId: 'flow_1', values: {}, today };
}

function check(step: StepDefinition<DotsContext>, values: StepValues, context: Partial<DotsContext> = {}) {
  const start = step.initial ? step.initial(env(context)) : {};
  return validateStep(step, env(context), { ...start, ...values });
}

function errorKeys(step: StepDefinition<DotsContext>, values: StepValues, context: Partial<DotsContext> = {}): Record<string, string> {
  const r = check(step, values, context);
  return Object.fromEntries(Object.entries(r.errors).map(([f, m]) => [f, m.key]));
}

const W9_OK: StepValues = {
  entity_type: 'individual',
  legal_name: 'Ada Lovelace',
  tax_id_type: 'ssn',
  tax_id: '123-45-6789',
  address_line1: '1 Main St',
  city: 'Springfield',
  region: 'IL',
  postal_code: '62701',
  certified: true,
};

const method = (id: string, platform: PayoutMethod['platform']): PayoutMethod => ({ id, platform, mask: '6789', description: 'x', created: '2026-01-01T00:00:00Z' });

describe('flow step schemas', () => {
  it('sign-in phone: checks the number for the chosen country', () => {
    const ok = check(phoneStep, { country: 'US', phone: '(201) 555-0123' });
    expect(ok.ok).to.equal(true);
    if (ok.ok) expect(ok.data).to.deep.include({ country_code: '1', phone_number: '2015550123' });
    expect(errorKeys(phoneStep, { country: 'US', phone: '' })).to.deep.equal({ phone: 'errors.phone.required' });
    expect(errorKeys(phoneStep, { country: 'US', phone: '12' })).to.deep.equal({ phone: 'errors.phone.length' });
    expect(errorKeys(phoneStep, { country: 'ZZ', phone: '2015550123' })).to.deep.equal({ country: 'errors.country.required' });
  });

  it('sign-in code: six digits, script digits accepted', () => {
    expect(check(codeStep, { code: '１２３４５６' }).ok).to.equal(true);
    expect(errorKeys(codeStep, { code: '' })).to.deep.equal({ code: 'errors.otp.required' });
    expect(errorKeys(codeStep, { code: '12a456' })).to.deep.equal({ code: 'errors.otp.format' });
    expect(errorKeys(codeStep, { code: '12345' })).to.deep.equal({ code: 'errors.otp.length' });
  });

  it('sign-in profile: names and email', () => {
    expect(check(profileStep, { first_name: 'Ada', last_name: 'L', email: 'ada@example.com' }).ok).to.equal(true);
    expect(errorKeys(profileStep, { first_name: ' ', last_name: '', email: 'nope' })).to.deep.equal({
      first_name: 'errors.first_name.required',
      last_name: 'errors.last_name.required',
      email: 'errors.email.format',
    });
  });

  it('W-9: valid individual, and specific messages for tax id, ZIP, state and certification', () => {
    const ok = check(w9Step, W9_OK);
    expect(ok.ok).to.equal(true);
    if (ok.ok) expect(ok.data).to.deep.include({ form: 'w9', tax_id: '123456789' });
    expect(errorKeys(w9Step, { ...W9_OK, tax_id: '666-12-3456' })).to.deep.equal({ tax_id: 'errors.ssn.invalid' });
    expect(errorKeys(w9Step, { ...W9_OK, tax_id_type: 'ein', tax_id: '00-1234567' })).to.deep.equal({ tax_id: 'errors.ein.invalid' });
    expect(errorKeys(w9Step, { ...W9_OK, postal_code: '6270' })).to.deep.equal({ postal_code: 'errors.postal_code.format' });
    expect(errorKeys(w9Step, { ...W9_OK, region: 'XX', certified: false })).to.deep.equal({
      region: 'compliance.errors.region.required',
      certified: 'compliance.errors.certified.required',
    });
    expect(errorKeys(w9Step, { ...W9_OK, entity_type: 'business' })).to.deep.equal({ business_name: 'compliance.errors.business_name.required' });
  });

  it('W-9 or W-8BEN by country', () => {
    expect(w9Step.when!(env({ country: 'US' }))).to.equal(true);
    expect(w8benStep.when!(env({ country: 'US' }))).to.equal(false);
    expect(w8benStep.when!(env({ country: 'FR' }))).to.equal(true);
  });

  it('W-8BEN: date of birth must be a real past date at least 18 years ago', () => {
    const base: StepValues = {
      legal_name: 'Marie Curie',
      country_of_citizenship: 'FR',
      date_of_birth: '1990-05-01',
      address_line1: '1 rue de la Paix',
      city: 'Paris',
      postal_code: '75002',
      address_country: 'FR',
      certified: true,
    };
    expect(check(w8benStep, base).ok).to.equal(true);
    expect(errorKeys(w8benStep, { ...base, date_of_birth: '2010-01-01' })).to.deep.equal({ date_of_birth: 'errors.date_of_birth.under_age' });
    const under = check(w8benStep, { ...base, date_of_birth: '2010-01-01' });
    expect(under.errors['date_of_birth']?.params).to.deep.include({ min: 18 });
    expect(errorKeys(w8benStep, { ...base, date_of_birth: '2027-01-01' })).to.deep.equal({ date_of_birth: 'errors.date_of_birth.future' });
    expect(errorKeys(w8benStep, { ...base, date_of_birth: '1990-02-31' })).to.deep.equal({ date_of_birth: 'errors.date_of_birth.invalid' });
    expect(errorKeys(w8benStep, { ...base, country_of_citizenship: '' })).to.deep.equal({ country_of_citizenship: 'errors.country.required' });
  });

  it('ID verification: type, country and a document number', () => {
    expect(check(idVerificationStep, { document_type: 'passport', document_country: 'US', document_number: 'X1234567' }).ok).to.equal(true);
    expect(errorKeys(idVerificationStep, { document_type: '', document_country: 'US', document_number: '12' })).to.deep.equal({
      document_type: 'idv.errors.document_type.required',
      document_number: 'idv.errors.document_number.length',
    });
  });

  it('manage-payouts: says a routing number failed its checksum, specifically', () => {
    const ctx = { payoutMethods: [] };
    expect(errorKeys(managePayoutsStep, { platform: 'ach', routing_number: '011000016', account_number: '123456789' }, ctx)).to.deep.equal({
      routing_number: 'errors.routing_number.checksum',
    });
    const ok = check(managePayoutsStep, { platform: 'ach', routing_number: '011000015', account_number: '000123456789' }, ctx);
    expect(ok.ok).to.equal(true);
    if (ok.ok) expect(ok.data).to.deep.equal({ add: { platform: 'ach', routing_number: '011000015', account_number: '000123456789', account_type: 'checking' } });
  });

  it('manage-payouts: each platform, exclusions, and the closed form when methods exist', () => {
    const ctx = { payoutMethods: [] };
    expect(check(managePayoutsStep, { platform: 'paypal', paypal_email: 'a@b.co' }, ctx).ok).to.equal(true);
    expect(check(managePayoutsStep, { platform: 'venmo', venmo_phone: '201 555 0123' }, ctx).ok).to.equal(true);
    expect(check(managePayoutsStep, { platform: 'cash_app', cash_tag: 'ada' }, ctx).ok).to.equal(true);
    expect(check(managePayoutsStep, { platform: 'intl_bank', iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX', account_holder: 'Ada' }, ctx).ok).to.equal(true);
    expect(errorKeys(managePayoutsStep, { platform: 'intl_bank', iban: 'DE89 3704 0044 0532 0130 01', bic: 'COBADEFFXXX', account_holder: 'Ada' }, ctx)).to.deep.equal({
      iban: 'errors.iban.checksum',
    });
    expect(errorKeys(managePayoutsStep, { platform: 'intl_bank', iban: 'DE89 3704 0044 0532 0130 00', bic: 'BNPAFRPPXXX', account_holder: 'Ada' }, ctx)).to.deep.equal({
      bic: 'errors.bic.country',
    });
    expect(errorKeys(managePayoutsStep, { platform: '' }, ctx)).to.deep.equal({ platform: 'payouts.errors.platform.required' });
    const settings = { app_id: 'a', name: 'A', currency: 'USD', payout_options_exclude_list: ['paypal' as const], payout_fees: {}, min_payout: 0 };
    expect(errorKeys(managePayoutsStep, { platform: 'paypal', paypal_email: 'a@b.co' }, { ...ctx, settings })).to.deep.equal({
      platform: 'payouts.errors.platform.required',
    });
    // With a method on file and the form closed, Continue needs nothing typed.
    expect(check(managePayoutsStep, { adding: false }, { payoutMethods: [method('pm_1', 'ach')] }).ok).to.equal(true);
    // With none, the form is required even if closed.
    expect(check(managePayoutsStep, { adding: false }, ctx).ok).to.equal(false);
  });

  it('payout: full or partial amounts within the balance, above the fee and minimum', () => {
    const settings = { app_id: 'a', name: 'A', currency: 'USD', payout_options_exclude_list: [], payout_fees: { ach: 100 }, min_payout: 500 };
    const ctx = { settings, wallet: { amount: 10000, withdrawable_amount: 10000, pending_amount: 0 }, payoutMethods: [method('pm_1', 'ach')] };
    const full = check(payoutStep, { payout_method_id: 'pm_1', amount_mode: 'full' }, ctx);
    expect(full.ok).to.equal(true);
    if (full.ok) expect(full.data).to.deep.equal({ amount: 10000, payout_method_id: 'pm_1', fee: 100 });
    const part = check(payoutStep, { payout_method_id: 'pm_1', amount_mode: 'partial', amount: '25.50' }, ctx);
    if (!part.ok) throw new Error('partial should pass');
    expect(part.data).to.deep.include({ amount: 2550 });
    expect(errorKeys(payoutStep, { payout_method_id: 'pm_1', amount_mode: 'partial', amount: '101' }, ctx)).to.deep.equal({ amount: 'errors.amount.over_balance' });
    expect(errorKeys(payoutStep, { payout_method_id: 'pm_1', amount_mode: 'partial', amount: '4.99' }, ctx)).to.deep.equal({ amount: 'errors.amount.too_small' });
    // One separator before three digits groups thousands: 1.234 is read as 1,234 dollars.
    expect(errorKeys(payoutStep, { payout_method_id: 'pm_1', amount_mode: 'partial', amount: '1.234' }, ctx)).to.deep.equal({ amount: 'errors.amount.over_balance' });
    expect(errorKeys(payoutStep, { payout_method_id: 'pm_1', amount_mode: 'partial', amount: '1.2345' }, ctx)).to.deep.equal({ amount: 'errors.amount.decimals' });
    expect(errorKeys(payoutStep, { payout_method_id: 'pm_1', amount_mode: 'partial', amount: 'abc' }, ctx)).to.deep.equal({ amount: 'errors.amount.nan' });
    expect(errorKeys(payoutStep, { payout_method_id: 'nope', amount_mode: 'full' }, ctx)).to.deep.equal({ payout_method_id: 'payout.errors.method.required' });
    expect(errorKeys(payoutStep, { payout_method_id: 'pm_1', amount_mode: 'full' }, { ...ctx, wallet: { amount: 0, withdrawable_amount: 0, pending_amount: 0 } })).to.deep.equal({
      amount_mode: 'payout.errors.no_balance',
    });
    expect(payoutStep.intent!({ amount: 2550, payout_method_id: 'pm_1', fee: 0 })).to.equal('2550:pm_1');
  });

  it('parses amounts as people type them', () => {
    const cents = (s: unknown, c = 'USD') => {
      const r = parseAmount(s, c);
      return r.ok ? r.cents : r.reason;
    };
    expect(cents('12.50')).to.equal(1250);
    expect(cents('12,50')).to.equal(1250);
    expect(cents('1,234.56')).to.equal(123456);
    expect(cents('1.234,56')).to.equal(123456);
    expect(cents('1 234,5')).to.equal(123450);
    expect(cents('١٢٫٥٠')).to.equal(1250);
    expect(cents('$7')).to.equal(700);
    expect(cents('-3')).to.equal('negative');
    expect(cents('0')).to.equal('zero');
    expect(cents('')).to.equal('required');
    expect(cents('1e5')).to.equal('nan');
    expect(cents(1250)).to.equal(1250);
    expect(cents(12.5)).to.equal('decimals');
    expect(cents(Number.NaN)).to.equal('nan');
    expect(cents('1,234', 'JPY')).to.equal(1234);
  });

  it('redirect: only absolute http(s) URLs without credentials', () => {
    expect(safeRedirectUrl('https://example.com/done?x=1')).to.equal('https://example.com/done?x=1');
    expect(safeRedirectUrl('http://localhost:8080/')).to.equal('http://localhost:8080/');
    expect(safeRedirectUrl('javascript:alert(1)')).to.equal(null);
    expect(safeRedirectUrl('data:text/html,hi')).to.equal(null);
    expect(safeRedirectUrl('/relative')).to.equal(null);
    expect(safeRedirectUrl('https://user:pw@example.com')).to.equal(null);
    const unsafe = check(redirectStep, {}, { redirectUrl: 'javascript:alert(1)' });
    expect(unsafe.ok && unsafe.data).to.deep.equal({ url: null });
    const safe = check(redirectStep, {}, { redirectUrl: 'https://example.com' });
    expect(safe.ok && safe.data).to.deep.equal({ url: 'https://example.com/' });
  });

  it('parses step names from attributes and builds the flow with sign-in first when there is no user', () => {
    expect(parseStepNames('compliance, manage-payouts  payout,nope compliance')).to.deep.equal({ steps: ['compliance', 'manage-payouts', 'payout'], unknown: ['nope'] });
    const def = buildFlow(['compliance', 'manage-payouts'], { signIn: true });
    expect(def.steps.map((s) => s.id)).to.deep.equal(['sign-in-phone', 'sign-in-code', 'sign-in-profile', 'compliance-w9', 'compliance-w8ben', 'manage-payouts']);
    expect(buildFlow(['payout'], { signIn: false }).steps.map((s) => s.id)).to.deep.equal(['payout']);
  });
});
