/**
 * The synchronous part of the steps that load on demand: what the stepper and a new snapshot need
 * before a step's code has arrived (id, group, headings, when it shows, its fields' starting
 * values, which of them are sensitive). The rest of each step lives in its own module
 * (compliance.ts, manage-payouts.ts...), which `buildFlow` loads as the step's `body`.
 */
import type { StepDefinition, StepValues } from '../machine/types.ts';
import type { DotsContext } from './context.ts';

type Head = StepDefinition<DotsContext>;

/**
 * A step whose rules and effects are a separate chunk, loaded when its flow starts (see `body`;
 * what `head` says wins over what the loaded body repeats).
 */
export const later = <C = DotsContext>(head: StepDefinition<C>, load: () => Promise<Partial<StepDefinition<C>>>): StepDefinition<C> => ({ ...head, body: load });

export const SIGN_IN_GROUP = 'sign-in';

/** Sign-in's screens can be gone back to until someone is signed in, never after. */
export const notSignedIn = ({ userId }: { userId: string | null }): boolean => !userId;

export const codeHead: Head = {
  id: 'sign-in-code',
  group: SIGN_IN_GROUP,
  title: 'signin.code.title',
  label: 'signin.label',
  initial: () => ({ code: '' }),
  sensitive: { code: 'strip' },
  canRevisit: notSignedIn,
};

export const profileHead: Head = {
  id: 'sign-in-profile',
  group: SIGN_IN_GROUP,
  title: 'signin.profile.title',
  label: 'signin.label',
  when: ({ context }) => context.newUser === true,
  initial: () => ({ first_name: '', last_name: '', email: '' }),
  canRevisit: notSignedIn,
};

export const COMPLIANCE_GROUP = 'compliance';

export const isUsPerson = (context: DotsContext): boolean => (context.country ?? 'US') === 'US';

export const ADDRESS_FIELDS = { address_line1: '', address_line2: '', city: '', region: '', postal_code: '' };

export const w9Head: Head = {
  id: 'compliance-w9',
  group: COMPLIANCE_GROUP,
  title: 'compliance.w9.title',
  label: 'compliance.label',
  when: ({ context }) => isUsPerson(context),
  initial: () => ({ entity_type: 'individual', legal_name: '', business_name: '', tax_id_type: 'ssn', tax_id: '', ...ADDRESS_FIELDS, certified: false }),
  sensitive: { tax_id: 'last4' },
};

export const w8benHead: Head = {
  id: 'compliance-w8ben',
  group: COMPLIANCE_GROUP,
  title: 'compliance.w8ben.title',
  label: 'compliance.label',
  when: ({ context }) => !isUsPerson(context),
  initial: () => ({ legal_name: '', country_of_citizenship: '', foreign_tax_id: '', date_of_birth: '', ...ADDRESS_FIELDS, address_country: '', certified: false }),
  sensitive: { foreign_tax_id: 'last4' },
};

export const idVerificationHead: Head = {
  id: 'id-verification',
  title: 'idv.title',
  label: 'idv.label',
  initial: () => ({ document_type: '', document_country: '', document_number: '' }),
  sensitive: { document_number: 'last4' },
};

/** The add-a-method form, empty; `adding` opens it. */
export const emptyPayoutForm = (adding: boolean): StepValues => ({
  adding,
  platform: '',
  routing_number: '',
  account_number: '',
  account_type: 'checking',
  paypal_email: '',
  venmo_phone: '',
  cash_tag: '',
  iban: '',
  bic: '',
  account_holder: '',
});

export const managePayoutsHead: Head = {
  id: 'manage-payouts',
  title: 'payouts.title',
  label: 'payouts.label',
  initial: () => emptyPayoutForm(true),
  sensitive: { account_number: 'last4', iban: 'last4' },
};

export const payoutHead: Head = {
  id: 'payout',
  title: 'payout.title',
  label: 'payout.label',
  initial: () => ({ payout_method_id: '', amount_mode: 'full', amount: '' }),
};

export const redirectHead: Head = {
  id: 'redirect',
  title: 'redirect.title',
  label: 'redirect.label',
  initial: () => ({}),
};
