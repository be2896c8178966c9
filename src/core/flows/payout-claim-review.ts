/**
 * The claim step's rules and effects: which method and how much (the whole link, or part of it
 * where the link allows), the fee and the app's minimum, and the claim itself (idempotent per
 * intent). A chunk of its own: the intro screen, the first a payee sees, does not need it.
 */
import type { Transfer } from '../ledger/schemas.ts';
import { DotsError } from '../ledger/errors.ts';
import type { StepDefinition, StepValues } from '../machine/types.ts';
import { call, type TransferSummary } from './context.ts';
import { form } from './form.ts';
import { parseAmount } from './money.ts';
import { feeFor } from './payout.ts';
import { CLAIM_AMOUNT_MODES, problemOfError, toClaimLink, type ClaimContext } from './payout-claim.ts';

const summarise = (t: Transfer): TransferSummary => ({
  id: t.id,
  status: t.status,
  amount: t.amount,
  fee: t.fee,
  payout_platform: t.payout_platform,
  payout_mask: t.payout_mask,
});

export interface ClaimData {
  payout_method_id: string;
  amount: number;
  fee: number;
  partial: boolean;
}

/** The amount the person claims with these values (cents), or null when it cannot be read. */
export function claimAmountOf(context: ClaimContext, values: StepValues): number | null {
  const link = context.link;
  if (!link) return null;
  if (!link.allow_partial || values['amount_mode'] !== 'partial') return link.amount;
  const parsed = parseAmount(values['amount'], link.currency);
  return parsed.ok ? parsed.cents : null;
}

/** The smallest amount the method allows: the app's minimum, and more than the fee. */
export function claimMinimum(context: ClaimContext, methodId: string): number {
  const fee = methodId ? feeFor(context, methodId) : 0;
  return Math.max(context.settings?.min_payout ?? 0, fee + 1);
}

/** The claim step's body (its head is `claimReviewStep`) for the link the page was opened with. */
export const claimReviewBody = (linkRef: string | null): Partial<StepDefinition<ClaimContext>> => ({
  schema: ({ context }) =>
    form((f): ClaimData => {
      const link = context.link;
      const methods = context.payoutMethods ?? [];
      const methodId = f.choice(
        'payout_method_id',
        methods.map((m) => m.id),
        methods.length ? 'claim.errors.method.required' : 'claim.errors.method.none',
      );
      if (!link) {
        f.fail('_form', 'claim.errors.link');
        return { payout_method_id: '', amount: 0, fee: 0, partial: false };
      }
      const mode = link.allow_partial ? f.choice('amount_mode', CLAIM_AMOUNT_MODES) : 'full';
      const partial = mode === 'partial';
      let amount: number | undefined = link.amount;
      if (partial) {
        const parsed = parseAmount(f.values['amount'], link.currency);
        amount = parsed.ok ? parsed.cents : f.fail('amount', `errors.amount.${parsed.reason}`, { reason: parsed.reason, digits: parsed.digits });
      }
      const fee = methodId ? feeFor(context, methodId) : 0;
      const min = methodId ? claimMinimum(context, methodId) : 1;
      if (amount !== undefined && amount > link.amount) {
        amount = f.fail('amount', 'errors.amount.too_large', { reason: 'too_large', max: { money: link.amount, currency: link.currency } });
      } else if (amount !== undefined && amount < min) {
        // In full, the amount is the link's: only another method (a smaller fee) can help.
        amount = partial
          ? f.fail('amount', 'errors.amount.too_small', { reason: 'too_small', min: { money: min, currency: link.currency } })
          : f.fail('payout_method_id', 'claim.errors.method.fee_too_high', { min: { money: min, currency: link.currency } });
      }
      return { payout_method_id: methodId ?? '', amount: amount ?? 0, fee, partial };
    }),
  intent: (data) => {
    const d = data as ClaimData;
    return `${d.amount}:${d.payout_method_id}`;
  },
  mapError: (e) =>
    problemOfError(e)
      ? null
      : e.field === 'amount'
        ? { field: 'amount' }
        : e.field === 'payout_method_id'
          ? { field: 'payout_method_id' }
          : null,
  async load(io) {
    if (!io.userId) throw new DotsError('validation', 'no user to pay');
    const [payoutMethods, user] = await Promise.all([io.adapter.listPayoutMethods(io.userId, call(io.signal)), io.adapter.getUser(io.userId, call(io.signal))]);
    const settings = io.context.settings ?? (await io.adapter.getAppSettings(call(io.signal)));
    const chosen = io.stepValues['payout_method_id'];
    const stillThere = typeof chosen === 'string' && payoutMethods.some((m) => m.id === chosen);
    const preferred = user.default_payout_method_id ?? payoutMethods[0]?.id ?? '';
    return { context: { payoutMethods, user, settings }, ...(stillThere ? {} : { values: { payout_method_id: preferred } }) };
  },
  async submit(adapter, data, signal, io) {
    if (!io.userId) throw new DotsError('validation', 'no user to pay');
    if (!io.idempotencyKey) throw new DotsError('validation', 'a claim needs an idempotency key');
    const ref = linkRef?.trim() || io.context.link?.id;
    if (!ref) throw new DotsError('validation', 'no payout link to claim', { field: 'link' });
    const d = data as ClaimData;
    // The amount is always sent, so one idempotency key always goes with one request body.
    const { link, transfer } = await adapter.claimPayoutLink(
      { link: ref, user_id: io.userId, payout_method_id: d.payout_method_id, amount: d.amount, idempotency_key: io.idempotencyKey },
      call(signal),
    );
    return { context: { link: toClaimLink(link), transfer: summarise(transfer) } };
  },
  summary: ({ context }) => ({
    payout_link_id: context.link?.id ?? null,
    transfer_id: context.transfer?.id ?? null,
    amount: context.transfer?.amount ?? null,
    fee: context.transfer?.fee ?? null,
    status: context.transfer?.status ?? null,
    payout_platform: context.transfer?.payout_platform ?? null,
    payout_mask: context.transfer?.payout_mask ?? null,
  }),
});
