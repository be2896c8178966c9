/**
 * `payout`: withdraw the whole withdrawable balance or part of it to a chosen payout method,
 * with the app's fee for that method shown. The transfer's idempotency key is made once per
 * intent (amount + method) and kept in the snapshot, so a retry, a double press or a resume after
 * a reload never makes a second transfer.
 */
import { DotsError } from '../ledger/errors.ts';
import type { StepDefinition } from '../machine/types.ts';
import { call, type DotsContext, type TransferSummary } from './context.ts';
import { form } from './form.ts';
import { parseAmount } from './money.ts';
import { payoutHead } from './step-heads.ts';

export const AMOUNT_MODES = ['full', 'partial'] as const;

export interface PayoutData {
  amount: number;
  payout_method_id: string;
  fee: number;
}

/** The fee the app charges for a method's platform, in cents (0 when free). */
export function feeFor(context: DotsContext, methodId: string): number {
  const m = context.payoutMethods?.find((x) => x.id === methodId);
  return m ? context.settings?.payout_fees[m.platform] ?? 0 : 0;
}

export const payoutStep: StepDefinition<DotsContext> = {
  ...payoutHead,
  schema: ({ context }) =>
    form((f): PayoutData => {
      const currency = context.settings?.currency ?? 'USD';
      const wallet = context.wallet;
      const methods = context.payoutMethods ?? [];
      const methodId = f.choice(
        'payout_method_id',
        methods.map((m) => m.id),
        methods.length ? 'payout.errors.method.required' : 'payout.errors.method.none',
      );
      const mode = f.choice('amount_mode', AMOUNT_MODES);
      const available = wallet?.withdrawable_amount ?? 0;
      if (!wallet || available <= 0) {
        f.fail('amount_mode', wallet ? 'payout.errors.no_balance' : 'payout.errors.balance_unknown');
        return { amount: 0, payout_method_id: '', fee: 0 };
      }
      let amount: number | undefined = available;
      if (mode === 'partial') {
        const parsed = parseAmount(f.values['amount'], currency);
        if (!parsed.ok) amount = f.fail('amount', `errors.amount.${parsed.reason}`, { reason: parsed.reason, digits: parsed.digits });
        else amount = parsed.cents;
      }
      const fee = methodId ? feeFor(context, methodId) : 0;
      const min = Math.max(context.settings?.min_payout ?? 0, fee + 1);
      if (amount !== undefined && amount > available) {
        amount = f.fail(mode === 'partial' ? 'amount' : 'amount_mode', 'errors.amount.over_balance', { reason: 'over_balance', balance: { money: available, currency } });
      } else if (amount !== undefined && amount < min) {
        amount = f.fail(mode === 'partial' ? 'amount' : 'amount_mode', 'errors.amount.too_small', { reason: 'too_small', min: { money: min, currency } });
      }
      return { amount: amount ?? 0, payout_method_id: methodId ?? '', fee };
    }),
  intent: (data) => {
    const d = data as PayoutData;
    return `${d.amount}:${d.payout_method_id}`;
  },
  mapError: (e) => (e.code === 'insufficient_funds' ? { field: 'amount', message: { key: 'errors.backend.insufficient_funds' } } : e.field === 'payout_method_id' ? { field: 'payout_method_id' } : null),
  canRevisit: ({ context }) => !context.transfer,
  async load(io) {
    if (!io.userId) throw new DotsError('validation', 'no user to pay');
    const [wallet, payoutMethods, user] = await Promise.all([
      io.adapter.getWallet(io.userId, call(io.signal)),
      io.adapter.listPayoutMethods(io.userId, call(io.signal)),
      io.adapter.getUser(io.userId, call(io.signal)),
    ]);
    const settings = io.context.settings ?? (await io.adapter.getAppSettings(call(io.signal)));
    const chosen = io.stepValues['payout_method_id'];
    const stillThere = typeof chosen === 'string' && payoutMethods.some((m) => m.id === chosen);
    const preferred = user.default_payout_method_id ?? payoutMethods[0]?.id ?? '';
    return { context: { wallet, payoutMethods, user, settings }, ...(stillThere ? {} : { values: { payout_method_id: preferred } }) };
  },
  async submit(adapter, data, signal, io) {
    if (!io.userId) throw new DotsError('validation', 'no user to pay');
    if (!io.idempotencyKey) throw new DotsError('validation', 'a payout needs an idempotency key');
    const d = data as PayoutData;
    const t = await adapter.createPayout(
      { user_id: io.userId, amount: d.amount, payout_method_id: d.payout_method_id, idempotency_key: io.idempotencyKey, ...(io.context.payoutLinkId ? { payout_link_id: io.context.payoutLinkId } : {}) },
      call(signal),
    );
    const transfer: TransferSummary = { id: t.id, status: t.status, amount: t.amount, fee: t.fee, payout_platform: t.payout_platform, payout_mask: t.payout_mask };
    const wallet = await adapter.getWallet(io.userId, call(signal)).catch(() => io.context.wallet);
    return { context: { transfer, wallet } };
  },
  summary: ({ context }) => ({
    transfer_id: context.transfer?.id ?? null,
    amount: context.transfer?.amount ?? null,
    fee: context.transfer?.fee ?? null,
    status: context.transfer?.status ?? null,
    payout_mask: context.transfer?.payout_mask ?? null,
  }),
};
