/**
 * Every place a hostile value can enter a BackendAdapter: one slot per (method, field). A slot
 * builds a valid input from real ids, puts the hostile value at `path`, and calls the method.
 * The same slots drive the schema run, the MockAdapter run and the HTTP adapter run.
 */
import type * as z from 'zod/mini';
import {
  AddPayoutMethodInput,
  ClaimPayoutLinkInput,
  ComplianceInput,
  CreateFlowInput,
  CreatePayoutInput,
  CreateUserInput,
  IdVerificationInput,
  ListTransfersInput,
  SendCodeInput,
  UpdateFlowInput,
  UpdateUserInput,
  VerifyCodeInput,
  type BackendAdapter,
} from '../../src/adapters/types.ts';

/** Real objects of the adapter's app that a valid input can name. */
export interface SlotIds {
  userId: string;
  methodId: string;
  linkToken: string;
  flowId: string;
  transferId: string;
  /** a phone with a fresh verification session, for createUser (made per call) */
  freshSession(): Promise<{ country_code: string; phone_number: string; session: string }>;
}

export interface Slot {
  /** `method.path` */
  name: string;
  method: keyof BackendAdapter;
  /** the field that holds the hostile value, as a DotsError names it (`address.city`); '' for a bare argument */
  path: string;
  /** the zod input schema, when the argument is an object the contract defines */
  schema?: z.core.$ZodType;
  /** numbers go here (amounts); text goes everywhere */
  accepts: 'text' | 'number';
  /** a valid input with `value` at `path` */
  build(value: unknown, ids: SlotIds): Promise<unknown>;
  /** text that, once accepted, must come back unchanged (trimmed) at this key of the answer */
  echo?: string;
}

const set = (obj: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> => {
  const [head, ...rest] = path.split('.');
  if (!rest.length) return { ...obj, [head!]: value };
  return { ...obj, [head!]: set((obj[head!] as Record<string, unknown>) ?? {}, rest.join('.'), value) };
};

const ADDRESS = { line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701', country: 'US' };
const W9 = (ids: SlotIds) => ({
  form: 'w9',
  user_id: ids.userId,
  entity_type: 'individual',
  legal_name: 'Ada Lovelace',
  tax_id_type: 'ssn',
  tax_id: '123456789',
  address: ADDRESS,
  certified: true,
});
const W8 = (ids: SlotIds) => ({
  form: 'w8ben',
  user_id: ids.userId,
  legal_name: 'Ada Lovelace',
  country_of_citizenship: 'GB',
  date_of_birth: '1990-01-15',
  address: { ...ADDRESS, region: 'Kent', postal_code: 'CT1 1AA', country: 'GB' },
  certified: true,
});
const METHODS: Record<string, (ids: SlotIds) => Record<string, unknown>> = {
  ach: (ids) => ({ platform: 'ach', user_id: ids.userId, routing_number: '021000021', account_number: '000123456789', account_type: 'checking' }),
  paypal: (ids) => ({ platform: 'paypal', user_id: ids.userId, email: 'ada@example.com' }),
  venmo: (ids) => ({ platform: 'venmo', user_id: ids.userId, phone_number: '+12015550123' }),
  cash_app: (ids) => ({ platform: 'cash_app', user_id: ids.userId, cash_tag: '$ada' }),
  intl_bank: (ids) => ({ platform: 'intl_bank', user_id: ids.userId, iban: 'DE89370400440532013000', bic: 'DEUTDEFF', account_holder: 'Ada Lovelace' }),
};

let keySeq = 0;
const freshKey = () => `hostile-key-${Date.now().toString(36)}-${(keySeq += 1)}`;

function objectSlots(
  method: keyof BackendAdapter,
  schema: z.core.$ZodType | undefined,
  base: (ids: SlotIds) => Record<string, unknown> | Promise<Record<string, unknown>>,
  paths: string[],
  options: { label?: string; numbers?: string[]; echo?: string[] } = {},
): Slot[] {
  const all = [...paths.map((p) => [p, 'text'] as const), ...(options.numbers ?? []).map((p) => [p, 'number'] as const)];
  return all.map(([path, accepts]) => ({
    name: `${String(method)}${options.label ? `(${options.label})` : ''}.${path}`,
    method,
    path,
    ...(schema ? { schema } : {}),
    accepts,
    async build(value, ids) {
      return set(await base(ids), path, value);
    },
    ...(options.echo?.includes(path) ? { echo: path } : {}),
  }));
}

function idSlot(method: keyof BackendAdapter): Slot {
  return { name: `${String(method)}(id)`, method, path: '', accepts: 'text', build: async (value) => value };
}

export const SLOTS: readonly Slot[] = [
  ...objectSlots('sendVerificationCode', SendCodeInput, () => ({ country_code: '1', phone_number: '2015550123' }), ['country_code', 'phone_number']),
  ...objectSlots('verifyCode', VerifyCodeInput, () => ({ country_code: '1', phone_number: '2015550123', code: '123456' }), ['country_code', 'phone_number', 'code']),
  ...objectSlots(
    'createUser',
    CreateUserInput,
    async (ids) => ({ ...(await ids.freshSession()), first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' }),
    ['first_name', 'last_name', 'email', 'session', 'country_code', 'phone_number'],
    { echo: ['first_name', 'last_name'] },
  ),
  ...objectSlots('updateUser', UpdateUserInput, (ids) => ({ user_id: ids.userId }), ['user_id', 'first_name', 'last_name', 'email'], { echo: ['first_name', 'last_name'] }),
  ...objectSlots(
    'submitCompliance',
    ComplianceInput,
    W9,
    ['user_id', 'legal_name', 'business_name', 'tax_id', 'date_of_birth', 'address.line1', 'address.line2', 'address.city', 'address.region', 'address.postal_code', 'address.country'],
    { label: 'w9' },
  ),
  ...objectSlots('submitCompliance', ComplianceInput, W8, ['legal_name', 'country_of_citizenship', 'foreign_tax_id', 'date_of_birth', 'address.city', 'address.country'], { label: 'w8ben' }),
  ...objectSlots(
    'verifyIdentity',
    IdVerificationInput,
    (ids) => ({ user_id: ids.userId, document_type: 'passport', document_country: 'US', document_number: 'X1234567' }),
    ['user_id', 'document_type', 'document_country', 'document_number'],
  ),
  ...objectSlots('addPayoutMethod', AddPayoutMethodInput, METHODS['ach']!, ['user_id', 'routing_number', 'account_number', 'account_type'], { label: 'ach' }),
  ...objectSlots('addPayoutMethod', AddPayoutMethodInput, METHODS['paypal']!, ['email'], { label: 'paypal' }),
  ...objectSlots('addPayoutMethod', AddPayoutMethodInput, METHODS['venmo']!, ['phone_number'], { label: 'venmo' }),
  ...objectSlots('addPayoutMethod', AddPayoutMethodInput, METHODS['cash_app']!, ['cash_tag'], { label: 'cash_app' }),
  ...objectSlots('addPayoutMethod', AddPayoutMethodInput, METHODS['intl_bank']!, ['iban', 'bic', 'account_holder'], { label: 'intl_bank' }),
  ...objectSlots('addPayoutMethod', AddPayoutMethodInput, METHODS['ach']!, ['platform'], { label: 'any' }),
  // a missing method id as the base: a hostile user id must not remove the real method either
  ...objectSlots('removePayoutMethod', undefined, (ids) => ({ user_id: ids.userId, payout_method_id: `${ids.methodId}-missing` }), ['user_id', 'payout_method_id']),
  ...objectSlots('setDefaultPayoutMethod', undefined, (ids) => ({ user_id: ids.userId, payout_method_id: ids.methodId }), ['user_id', 'payout_method_id']),
  ...objectSlots(
    'createPayout',
    CreatePayoutInput,
    (ids) => ({ user_id: ids.userId, amount: 500, payout_method_id: ids.methodId, idempotency_key: freshKey() }),
    ['user_id', 'payout_method_id', 'idempotency_key', 'payout_link_id', 'amount'],
    { numbers: ['amount'] },
  ),
  ...objectSlots('listTransfers', ListTransfersInput, (ids) => ({ user_id: ids.userId }), ['user_id', 'type', 'created_after', 'created_before', 'starting_after'], {
    numbers: ['limit'],
  }),
  ...objectSlots(
    'claimPayoutLink',
    ClaimPayoutLinkInput,
    (ids) => ({ link: ids.linkToken, user_id: ids.userId, payout_method_id: ids.methodId, idempotency_key: freshKey() }),
    ['link', 'user_id', 'payout_method_id', 'idempotency_key', 'amount'],
    { numbers: ['amount'] },
  ),
  ...objectSlots('createFlow', CreateFlowInput, (ids) => ({ steps: ['payout'], user_id: ids.userId }), ['user_id', 'payout_link_id']),
  ...objectSlots('updateFlow', UpdateFlowInput, (ids) => ({ flow_id: ids.flowId }), ['flow_id', 'user_id']),
  idSlot('getUser'),
  idSlot('listPayoutMethods'),
  idSlot('getWallet'),
  idSlot('getTransfer'),
  idSlot('getPayoutLink'),
  idSlot('getFlow'),
];

/** Calls the slot's method with the input. */
export function callSlot(adapter: BackendAdapter, slot: Slot, input: unknown): Promise<unknown> {
  const fn = adapter[slot.method] as (input: unknown) => Promise<unknown>;
  return fn.call(adapter, input);
}

/** The value at a dotted path of an answer. */
export function at(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}
