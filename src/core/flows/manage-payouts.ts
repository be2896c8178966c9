/**
 * `manage-payouts`: the person's payout methods, an "add" form (ach, paypal, venmo, cash_app,
 * intl_bank, minus what the app excludes), remove, and the choice of a default. Continue with the
 * form open adds what was typed first; at least one method is needed to go on.
 */
import type { AddPayoutMethodInput, AppSettings } from '../../adapters/types.ts';
import { DotsError } from '../ledger/errors.ts';
import { PayoutPlatform } from '../ledger/enums.ts';
import type { BackendErrorInfo, EffectIO, EffectResult, Json, StepDefinition, StepValues } from '../machine/types.ts';
import { checkAccountNumber, checkBic, checkCashTag, checkEmail, checkIban, checkPhone, checkRoutingNumber, ibanCountry } from '../validation/index.ts';
import { call, type DotsContext } from './context.ts';
import { form } from './form.ts';
import { describeMethod } from './describe-method.ts';
import { emptyPayoutForm, managePayoutsHead } from './step-heads.ts';

export { describeMethod };

export const PLATFORMS = PayoutPlatform.options;
export type Platform = (typeof PLATFORMS)[number];
export const ACCOUNT_TYPES = ['checking', 'savings'] as const;

/** Platforms this app offers, in the canonical order. */
export function allowedPlatforms(settings: AppSettings | null): Platform[] {
  const excluded = settings?.payout_options_exclude_list ?? [];
  return PLATFORMS.filter((p) => !excluded.includes(p));
}

/** The form's fields per platform (what is cleared after an add, what "started" means). */
export const PLATFORM_FIELDS: Readonly<Record<Platform, readonly string[]>> = {
  ach: ['routing_number', 'account_number', 'account_type'],
  paypal: ['paypal_email'],
  venmo: ['venmo_phone'],
  cash_app: ['cash_tag'],
  intl_bank: ['iban', 'bic', 'account_holder'],
};

type NewMethod = AddPayoutMethodInput extends infer U ? (U extends unknown ? Omit<U, 'user_id'> : never) : never;
export interface PayoutsData {
  add: NewMethod | null;
}

/** API field names to the form's. */
const API_FIELDS: Record<string, string> = {
  routing_number: 'routing_number',
  account_number: 'account_number',
  account_type: 'account_type',
  email: 'paypal_email',
  phone_number: 'venmo_phone',
  cash_tag: 'cash_tag',
  iban: 'iban',
  bic: 'bic',
  account_holder: 'account_holder',
  platform: 'platform',
};

function mapError(e: BackendErrorInfo): { field: string } | null {
  const field = e.field ? API_FIELDS[e.field] : undefined;
  return field ? { field } : null;
}

function methodSchema(allowed: Platform[], mustAdd: boolean) {
  return form((f): PayoutsData => {
    if (f.values['adding'] !== true && !mustAdd) return { add: null };
    const platform = f.choice('platform', allowed, 'payouts.errors.platform.required');
    switch (platform) {
      case 'ach': {
        const routing_number = f.check('routing_number', 'routing_number', checkRoutingNumber);
        const account_number = f.check('account_number', 'account_number', checkAccountNumber);
        const account_type = f.choice('account_type', ACCOUNT_TYPES);
        return { add: { platform, routing_number: routing_number!, account_number: account_number!, account_type: account_type! } };
      }
      case 'paypal':
        return { add: { platform, email: f.check('paypal_email', 'paypal', checkEmail)! } };
      case 'venmo': {
        const phone = f.check('venmo_phone', 'venmo', (s) => checkPhone(s, 'US'));
        return { add: { platform, phone_number: phone?.e164 ?? '' } };
      }
      case 'cash_app':
        return { add: { platform, cash_tag: f.check('cash_tag', 'cash_tag', checkCashTag)! } };
      case 'intl_bank': {
        const iban = f.check('iban', 'iban', checkIban);
        let bic = f.check('bic', 'bic', checkBic);
        // A BIC's letters 5-6 are its country; a mismatch is almost always a pasted wrong code.
        if (iban && bic && bic.slice(4, 6) !== ibanCountry(iban)) bic = f.fail('bic', 'errors.bic.country', { reason: 'country' });
        const account_holder = f.text('account_holder', 'payouts.errors.account_holder', { max: 140 });
        return { add: { platform, iban: iban!, bic: bic!, account_holder: account_holder! } };
      }
      default:
        return { add: null };
    }
  });
}

async function refresh(io: EffectIO<DotsContext>, signal: AbortSignal, userId: string) {
  const [payoutMethods, user] = await Promise.all([io.adapter.listPayoutMethods(userId, call(signal)), io.adapter.getUser(userId, call(signal))]);
  return { payoutMethods, user };
}

function requireUser(io: EffectIO<DotsContext>): string {
  if (!io.userId) throw new DotsError('validation', 'no user for payout methods');
  return io.userId;
}

async function addMethod(io: EffectIO<DotsContext>, add: NewMethod, signal: AbortSignal): Promise<EffectResult<DotsContext>> {
  const userId = requireUser(io);
  const method = await io.adapter.addPayoutMethod({ ...add, user_id: userId } as AddPayoutMethodInput, call(signal));
  let { payoutMethods, user } = await refresh(io, signal, userId);
  if (!user.default_payout_method_id) {
    user = await io.adapter.setDefaultPayoutMethod({ user_id: userId, payout_method_id: method.id }, call(signal));
  }
  return {
    context: { payoutMethods, user },
    values: emptyPayoutForm(false),
    notice: { key: `payouts.added.${method.platform}`, params: { mask: method.mask ?? '' } },
  };
}

const idOf = (payload: Json | undefined): string => {
  const id = payload && typeof payload === 'object' && !Array.isArray(payload) ? payload['id'] : undefined;
  if (typeof id !== 'string') throw new DotsError('validation', 'no payout method id');
  return id;
};


export const managePayoutsStep: StepDefinition<DotsContext> = {
  ...managePayoutsHead,
  schema: ({ context }) => methodSchema(allowedPlatforms(context.settings), (context.payoutMethods ?? []).length === 0),
  mapError,
  async load(io) {
    const userId = requireUser(io);
    const { payoutMethods, user } = await refresh(io, io.signal, userId);
    const pristine = !io.stepValues['platform'];
    // With methods on file the form starts closed; what someone already typed stays open.
    const values = pristine ? { adding: payoutMethods.length === 0 } : undefined;
    const settings = io.context.settings ?? (await io.adapter.getAppSettings(call(io.signal)));
    return { context: { payoutMethods, user, settings }, ...(values ? { values } : {}) };
  },
  async submit(adapter, data, signal, io) {
    const { add } = data as PayoutsData;
    if (add) return addMethod(io, add, signal);
    const userId = requireUser(io);
    const methods = io.context.payoutMethods ?? [];
    if (methods.length && !io.context.user?.default_payout_method_id) {
      const user = await adapter.setDefaultPayoutMethod({ user_id: userId, payout_method_id: methods[0]!.id }, call(signal));
      return { context: { user } };
    }
    return {};
  },
  actions: {
    add: {
      validate: true,
      async run(io) {
        const { add } = io.data as PayoutsData;
        return add ? addMethod(io, add, io.signal) : {};
      },
    },
    remove: {
      async run(io) {
        const userId = requireUser(io);
        const id = idOf(io.payload);
        const removed = io.context.payoutMethods?.find((m) => m.id === id);
        await io.adapter.removePayoutMethod({ user_id: userId, payout_method_id: id }, call(io.signal));
        const { payoutMethods, user } = await refresh(io, io.signal, userId);
        return {
          context: { payoutMethods, user },
          ...(payoutMethods.length === 0 ? { values: { adding: true } } : {}),
          notice: { key: `payouts.removed.${removed?.platform ?? 'ach'}`, params: { mask: removed ? describeMethod(removed) : '' } },
        };
      },
    },
    'set-default': {
      async run(io) {
        const userId = requireUser(io);
        const id = idOf(io.payload);
        const user = await io.adapter.setDefaultPayoutMethod({ user_id: userId, payout_method_id: id }, call(io.signal));
        const m = io.context.payoutMethods?.find((x) => x.id === id);
        return { context: { user }, notice: { key: `payouts.default_set.${m?.platform ?? 'ach'}`, params: { mask: m ? describeMethod(m) : '' } } };
      },
    },
  },
  summary: ({ context }) => {
    const id = context.user?.default_payout_method_id ?? null;
    const m = context.payoutMethods?.find((x) => x.id === id);
    return { default_payout_method_id: id, default_platform: m?.platform ?? null, default_mask: m?.mask ?? null, methods: context.payoutMethods?.length ?? 0 };
  },
};
