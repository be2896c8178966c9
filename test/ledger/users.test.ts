import { expect } from '@open-wc/testing';
import { setup, expectDotsError, expectSound } from './fixture.ts';
import { User } from '../../src/core/ledger/schemas.ts';
import { AppSettings } from '../../src/adapters/types.ts';

const w9 = (user_id: string, tax_id = '123456789') => ({
  form: 'w9' as const,
  user_id,
  entity_type: 'individual' as const,
  legal_name: 'Ada Lovelace',
  tax_id_type: 'ssn' as const,
  tax_id,
  date_of_birth: '1990-12-10',
  address: { line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701', country: 'US' },
  certified: true as const,
});

describe('ledger apps and users', () => {
  it('returns AppSettings in the adapter shape', () => {
    const { ledger } = setup();
    const app = ledger.createApp({ name: 'Fees', payout_fees: { paypal: 25 }, payout_options_exclude_list: ['venmo'], min_payout: 500 });
    const s = ledger.getAppSettings(app.id);
    expect(AppSettings.parse(s)).to.deep.equal({ app_id: app.id, name: 'Fees', currency: 'USD', payout_options_exclude_list: ['venmo'], payout_fees: { paypal: 25 }, min_payout: 500 });
    expect(ledger.listApps().map((a) => a.name)).to.deep.equal(['Acme', 'Fees']);
  });

  it('returns users matching the User schema, copies that cannot change the ledger', () => {
    const { ledger, app, user } = setup();
    expect(User.safeParse(user).success).to.equal(true);
    const copy = ledger.getUser(app.id, user.id);
    copy.first_name = 'Mallory';
    copy.wallet.amount = 1e9;
    expect(ledger.getUser(app.id, user.id).first_name).to.equal('Ada');
    expect(ledger.getUser(app.id, user.id).wallet.amount).to.equal(0);
  });

  it('never shows one app the objects of another', () => {
    const { ledger, user } = setup();
    const other = ledger.createApp({ name: 'Other' });
    expectDotsError(() => ledger.getUser(other.id, user.id), 'not_found', 'user_id');
    expectDotsError(() => ledger.updateUser(other.id, { user_id: user.id, first_name: 'X' }), 'not_found');
    expectDotsError(() => ledger.getUser('no-such-app', user.id), 'not_found', 'app_id');
    expect(ledger.listUsers(other.id).data).to.deep.equal([]);
  });

  it('refuses a second user with the same phone in an app, allows it in another app', () => {
    const { ledger, app } = setup();
    const input = { first_name: 'B', last_name: 'C', email: 'b@c.co', country_code: '1', phone_number: '2015550123' };
    expectDotsError(() => ledger.createUserDirect(app.id, input), 'conflict', 'phone_number');
    const other = ledger.createApp({ name: 'Other' });
    expect(ledger.createUserDirect(other.id, input).app_id).to.equal(other.id);
  });

  it('validates user input at the boundary, naming the field', () => {
    const { ledger, app } = setup();
    expectDotsError(() => ledger.createUserDirect(app.id, { first_name: '', last_name: 'C', email: 'b@c.co', country_code: '1', phone_number: '2015550100' }), 'validation', 'first_name');
    expectDotsError(() => ledger.createUserDirect(app.id, { first_name: 'B', last_name: 'C', email: 'nope', country_code: '1', phone_number: '2015550100' }), 'validation', 'email');
  });

  it('updates users, emits user.updated, and pages newest first with status filter', () => {
    const { ledger, app, user } = setup();
    const seen: string[] = [];
    ledger.subscribe(app.id, (e) => seen.push(`${e.type}:${(e.data as { first_name?: string }).first_name}`), ['user.updated']);
    ledger.updateUser(app.id, { user_id: user.id, first_name: 'Augusta', metadata: { ref: 1 } });
    expect(seen).to.deep.equal(['user.updated:Augusta']);
    const ids = [user.id];
    for (let i = 0; i < 4; i++) {
      ids.push(ledger.createUserDirect(app.id, { first_name: `U${i}`, last_name: 'X', email: `u${i}@x.co`, country_code: '1', phone_number: `201555014${i}` }).id);
    }
    ledger.setUserStatus(app.id, ids[2]!, 'disabled');
    const p1 = ledger.listUsers(app.id, { limit: 2 });
    expect(p1.data.map((u) => u.id)).to.deep.equal([ids[4], ids[3]]);
    expect(p1.has_more).to.equal(true);
    const p2 = ledger.listUsers(app.id, { limit: 2, starting_after: ids[3] });
    expect(p2.data.map((u) => u.id)).to.deep.equal([ids[2], ids[1]]);
    const p3 = ledger.listUsers(app.id, { limit: 2, starting_after: ids[1] });
    expect(p3).to.deep.equal({ data: [ledger.getUser(app.id, ids[0]!)], has_more: false });
    expect(ledger.listUsers(app.id, { status: 'disabled' }).data.map((u) => u.id)).to.deep.equal([ids[2]]);
    expectDotsError(() => ledger.listUsers(app.id, { starting_after: 'nope' }), 'validation', 'starting_after');
  });
});

describe('ledger compliance', () => {
  it('keeps only the last four digits of the tax id, nowhere the full id', () => {
    const { ledger, app, user } = setup();
    const u = ledger.submitCompliance(app.id, w9(user.id, '123-45-6789'.replace(/-/g, '')));
    expect(u.compliance).to.deep.equal({ form: 'w9', tax_id_collected: true, tax_id_last4: '6789', date_of_birth_collected: true, address_collected: true, id_verified: false });
    expect(JSON.stringify(ledger.snapshot())).to.not.contain('123456789');
  });

  it('refuses tax ids the IRS never issues and minors', () => {
    const { ledger, app, user } = setup();
    expectDotsError(() => ledger.submitCompliance(app.id, w9(user.id, '666456789')), 'validation', 'tax_id');
    expectDotsError(() => ledger.submitCompliance(app.id, { ...w9(user.id), tax_id_type: 'ein', tax_id: '071234567' }), 'validation', 'tax_id');
    expectDotsError(() => ledger.submitCompliance(app.id, { ...w9(user.id), date_of_birth: '2010-01-01' }), 'validation', 'date_of_birth');
    expect(ledger.getUser(app.id, user.id).compliance.form).to.equal(null);
  });

  it('takes a W-8BEN for a foreign person, not for a US citizen', () => {
    const { ledger, app, user } = setup();
    const w8 = {
      form: 'w8ben' as const,
      user_id: user.id,
      legal_name: 'Ada Lovelace',
      country_of_citizenship: 'GB',
      foreign_tax_id: 'AB 12 34 56 C',
      date_of_birth: '1985-01-01',
      address: { line1: '10 Downing St', city: 'London', postal_code: 'SW1A 2AA', country: 'GB' },
      certified: true as const,
    };
    const u = ledger.submitCompliance(app.id, w8);
    expect(u.compliance.form).to.equal('w8ben');
    expect(u.compliance.tax_id_last4).to.equal('456C');
    expectDotsError(() => ledger.submitCompliance(app.id, { ...w8, country_of_citizenship: 'US' }), 'validation', 'country_of_citizenship');
  });

  it('verifies identity, and the sandbox document ending 0000 sends the user to in_review', () => {
    const { ledger, app, user } = setup();
    const ok = ledger.verifyIdentity(app.id, { user_id: user.id, document_type: 'passport', document_country: 'US', document_number: 'X1234567' });
    expect(ok.compliance.id_verified).to.equal(true);
    expect(ok.status).to.equal('verified');
    const bad = ledger.verifyIdentity(app.id, { user_id: user.id, document_type: 'passport', document_country: 'US', document_number: 'X1230000' });
    expect(bad.compliance.id_verified).to.equal(false);
    expect(bad.status).to.equal('in_review');
    expectSound(ledger);
  });
});

describe('ledger payout methods', () => {
  it('validates the ABA routing checksum and masks the account number everywhere', () => {
    const { ledger, app, user, method } = setup();
    expect(method).to.include({ platform: 'ach', mask: '6789', description: 'Checking ••••6789' });
    expectDotsError(() => ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: user.id, routing_number: '021000022', account_number: '123456789', account_type: 'checking' }), 'validation', 'routing_number');
    const shown = JSON.stringify([ledger.getUser(app.id, user.id), ledger.listPayoutMethods(app.id, user.id), ledger.snapshot()]);
    expect(shown).to.not.contain('123456789');
  });

  it('adds paypal, venmo, cash_app and intl_bank methods with validation', () => {
    const { ledger, app, user } = setup();
    const pp = ledger.addPayoutMethod(app.id, { platform: 'paypal', user_id: user.id, email: 'ada@example.com' });
    expect(pp.description).to.equal('PayPal ad***@example.com');
    const vm = ledger.addPayoutMethod(app.id, { platform: 'venmo', user_id: user.id, phone_number: '+12015550188' });
    expect(vm).to.include({ mask: '0188', phone_number: '+12015550188' });
    const ca = ledger.addPayoutMethod(app.id, { platform: 'cash_app', user_id: user.id, cash_tag: '$ada_l' });
    expect(ca.cash_tag).to.equal('$ada_l');
    const ib = ledger.addPayoutMethod(app.id, { platform: 'intl_bank', user_id: user.id, iban: 'de89 3704 0044 0532 0130 00', bic: 'DEUTDEFF', account_holder: 'Ada' });
    expect(ib).to.include({ mask: '3000', country: 'DE', bic: 'DEUTDEFF' });
    expect(JSON.stringify(ledger.snapshot())).to.not.contain('DE89370400440532013000');
    expectDotsError(() => ledger.addPayoutMethod(app.id, { platform: 'intl_bank', user_id: user.id, iban: 'DE89370400440532013001', bic: 'DEUTDEFF', account_holder: 'Ada' }), 'validation', 'iban');
    expectDotsError(() => ledger.addPayoutMethod(app.id, { platform: 'intl_bank', user_id: user.id, iban: 'DE89370400440532013000', bic: 'DEUT', account_holder: 'Ada' }), 'validation', 'bic');
    expectDotsError(() => ledger.addPayoutMethod(app.id, { platform: 'venmo', user_id: user.id, phone_number: '+19995550188' }), 'validation', 'phone_number');
    expect(ledger.listPayoutMethods(app.id, user.id).length).to.equal(5);
  });

  it('makes the first method the default, switches and clears the default', () => {
    const { ledger, app, user, method } = setup();
    expect(ledger.getUser(app.id, user.id)).to.include({ default_payout_method_id: method.id, default_payout_method: 'ach' });
    const pp = ledger.addPayoutMethod(app.id, { platform: 'paypal', user_id: user.id, email: 'ada@example.com' });
    expect(ledger.setDefaultPayoutMethod(app.id, { user_id: user.id, payout_method_id: pp.id }).default_payout_method).to.equal('paypal');
    ledger.removePayoutMethod(app.id, { user_id: user.id, payout_method_id: pp.id });
    const after = ledger.getUser(app.id, user.id);
    expect(after.default_payout_method_id).to.equal(null);
    expect(after.payout_methods.map((m) => m.id)).to.deep.equal([method.id]);
    expectDotsError(() => ledger.setDefaultPayoutMethod(app.id, { user_id: user.id, payout_method_id: pp.id }), 'not_found', 'payout_method_id');
  });

  it('adding the same account again returns the method already there (a retry after a lost answer)', () => {
    const { ledger, app, user, method } = setup();
    const again = ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: user.id, routing_number: '021000021', account_number: '123456789', account_type: 'checking' });
    expect(again.id).to.equal(method.id);
    // another account type, another last four: other accounts
    const savings = ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: user.id, routing_number: '021000021', account_number: '123456789', account_type: 'savings' });
    const other = ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: user.id, routing_number: '021000021', account_number: '123451234', account_type: 'checking' });
    expect(new Set([method.id, savings.id, other.id]).size).to.equal(3);
    const pp = ledger.addPayoutMethod(app.id, { platform: 'paypal', user_id: user.id, email: 'ada@example.com' });
    expect(ledger.addPayoutMethod(app.id, { platform: 'paypal', user_id: user.id, email: 'ADA@example.com' }).id).to.equal(pp.id);
    const ib = ledger.addPayoutMethod(app.id, { platform: 'intl_bank', user_id: user.id, iban: 'DE89370400440532013000', bic: 'DEUTDEFF', account_holder: 'Ada Lovelace' });
    expect(ledger.addPayoutMethod(app.id, { platform: 'intl_bank', user_id: user.id, iban: 'de89 3704 0044 0532 0130 00', bic: 'DEUTDEFF', account_holder: 'ada  lovelace' }).id).to.equal(ib.id);
    expect(ledger.listPayoutMethods(app.id, user.id)).to.have.length(5);
    // a removed method does not count: adding it again makes a new one
    ledger.removePayoutMethod(app.id, { user_id: user.id, payout_method_id: pp.id });
    const back = ledger.addPayoutMethod(app.id, { platform: 'paypal', user_id: user.id, email: 'ada@example.com' });
    expect(back.id).to.not.equal(pp.id);
    // the same account of another user is that user's own method
    const u2 = ledger.createUserDirect(app.id, { first_name: 'B', last_name: 'C', email: 'b@c.co', country_code: '1', phone_number: '2015550124' });
    expect(ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: u2.id, routing_number: '021000021', account_number: '123456789', account_type: 'checking' }).id).to.not.equal(method.id);
    expectSound(ledger);
  });

  it('refuses platforms the app excludes', () => {
    const { ledger, user } = setup();
    const app2 = ledger.createApp({ name: 'NoVenmo', payout_options_exclude_list: ['venmo'] });
    const u2 = ledger.createUserDirect(app2.id, { first_name: 'B', last_name: 'C', email: 'b@c.co', country_code: '1', phone_number: '2015550123' });
    expectDotsError(() => ledger.addPayoutMethod(app2.id, { platform: 'venmo', user_id: u2.id, phone_number: '+12015550188' }), 'validation', 'platform');
    expectDotsError(() => ledger.addPayoutMethod(app2.id, { platform: 'paypal', user_id: user.id, email: 'a@b.co' }), 'not_found');
  });
});
