/**
 * Dots v2 API objects -> the domain records of core/ledger/schemas.ts. Absent extension fields get
 * the value a real Dots backend implies (no history -> one entry for the current status, etc.).
 * The results are checked again with the record schemas by the adapter.
 */
import type * as z from 'zod/mini';
import {
  FlowStep,
  PayoutPlatform,
  TransactionType,
  type FlowRecord,
  type PayoutLink,
  type PayoutLinkStatus,
  type PayoutMethod,
  type Transaction,
  type Transfer,
  type User,
  type Wallet,
} from '../../core/ledger/schemas.ts';
import {
  platformFromWire,
  type WireFlow,
  type WirePaymentMethod,
  type WirePayoutLink,
  type WireTransfer,
  type WireUser,
  type WireWallet,
  type WireMetadata,
} from './wire.ts';

export interface WireContext {
  /** The app the adapter is bound to, used when the backend does not echo `app_id`. */
  appId: string;
}

const EPOCH = new Date(0).toISOString();

export function metadataFromWire(m: z.infer<typeof WireMetadata>): Record<string, unknown> | null {
  if (m === undefined || m === null) return null;
  if (typeof m !== 'string') return m;
  try {
    const parsed: unknown = JSON.parse(m);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // a plain string: kept under one key so nothing the host stored is lost
  }
  return { value: m };
}

const asPlatform = (p: string | null | undefined) => {
  const r = PayoutPlatform.safeParse(platformFromWire(p));
  return r.success ? r.data : null;
};

export function walletFromWire(w: z.infer<typeof WireWallet> | undefined): Wallet {
  if (!w) return { amount: 0, withdrawable_amount: 0, pending_amount: 0 };
  return { amount: w.amount, withdrawable_amount: w.withdrawable_amount, pending_amount: w.pending_amount ?? w.amount - w.withdrawable_amount };
}

export function payoutMethodFromWire(m: WirePaymentMethod): PayoutMethod | null {
  const platform = asPlatform(m.platform);
  if (!platform) return null; // rails the flows do not offer (airtm, payoneer, crypto)
  const mask = m.mask ?? null;
  return {
    id: m.id ?? platform, // Dots returns no id for handle-based methods: one per platform per user
    platform,
    mask,
    description: m.description ?? (mask ? `${platform} ••••${mask}` : (m.email ?? m.cash_tag ?? m.phone_number ?? m.handle ?? platform)),
    ...(m.email !== undefined ? { email: m.email } : {}),
    ...(m.phone_number !== undefined ? { phone_number: m.phone_number } : {}),
    ...(m.cash_tag !== undefined ? { cash_tag: m.cash_tag } : {}),
    ...(m.country !== undefined ? { country: m.country } : {}),
    ...(m.bic !== undefined ? { bic: m.bic } : {}),
    created: m.created ?? EPOCH,
  };
}

export function userFromWire(u: WireUser, ctx: WireContext, methods?: PayoutMethod[]): User {
  const phone = typeof u.phone_number === 'object' ? u.phone_number : { country_code: u.country_code, phone_number: u.phone_number };
  const c = u.compliance ?? {};
  const form = c.form !== undefined ? c.form : c.w9 ? 'w9' : c.w8_ben_collected ? 'w8ben' : null;
  const payoutMethods = methods ?? (u.payout_methods ?? []).map(payoutMethodFromWire).filter((m): m is PayoutMethod => m !== null);
  const defaultDetails = u.default_payout_method_details ? payoutMethodFromWire(u.default_payout_method_details) : null;
  return {
    id: u.id,
    app_id: u.app_id ?? ctx.appId,
    created: u.created ?? EPOCH,
    first_name: u.first_name ?? '',
    last_name: u.last_name ?? '',
    email: u.email ?? '',
    country_code: phone.country_code ?? '',
    phone_number: phone.phone_number ?? '',
    phone_verified: u.phone_verified ?? u.status === 'verified',
    status: u.status ?? 'unverified',
    wallet: walletFromWire(u.wallet),
    payout_methods: payoutMethods,
    default_payout_method: asPlatform(u.default_payout_method),
    default_payout_method_id: u.default_payout_method_id !== undefined ? u.default_payout_method_id : (defaultDetails?.id ?? null),
    compliance: {
      form,
      tax_id_collected: c.tax_id_collected ?? c.w9?.tax_id_collected ?? false,
      tax_id_last4: c.tax_id_last4 ?? null,
      date_of_birth_collected: c.date_of_birth_collected ?? false,
      address_collected: c.address_collected ?? c.w9?.address_collected ?? false,
      id_verified: c.id_verified ?? false,
    },
    metadata: metadataFromWire(u.metadata),
  };
}

const transactionType = (t: string | undefined) => {
  const r = TransactionType.safeParse(t);
  return r.success ? r.data : null;
};

export function transferFromWire(t: WireTransfer, ctx: WireContext): Transfer {
  if (t.type !== 'balance' && t.type !== 'payout' && t.type !== 'refill') {
    throw new TypeError(`transfer type ${t.type} is not one the flows handle`);
  }
  const created = t.created ?? EPOCH;
  const transactions: Transaction[] = [];
  for (const x of t.transactions ?? []) {
    const type = transactionType(x.type);
    if (!type) continue;
    transactions.push({
      id: String(x.id),
      transfer_id: x.transfer_id ?? t.id,
      type,
      amount: Math.abs(x.amount),
      source: x.source_name ?? '',
      destination: x.destination_name ?? '',
      created: x.created ?? created,
    });
  }
  const direction =
    t.direction !== undefined ? t.direction : t.type === 'balance' ? (t.amount < 0 ? 'app_to_user' : 'user_to_app') : null;
  return {
    id: t.id,
    app_id: t.app_id ?? ctx.appId,
    created,
    type: t.type,
    amount: Math.abs(t.amount),
    fee: t.fee ?? 0,
    direction,
    user_id: t.user_id ?? null,
    payout_method_id: t.external_data?.account_id ?? null,
    payout_platform: asPlatform(t.external_data?.platform),
    payout_mask: t.payout_mask ?? null,
    payout_link_id: t.payout_link_id ?? null,
    status: t.status,
    status_history: (t.status_history ?? [{ status: t.status, at: created }]) as Transfer['status_history'],
    failure_reason: t.failure_reason ?? null,
    idempotency_key: t.idempotency_key ?? null,
    transactions,
    metadata: metadataFromWire(t.metadata),
  };
}

const LINK_STATUS: Record<string, PayoutLinkStatus> = {
  created: 'created',
  delivery_pending: 'created',
  sent: 'sent',
  delivered: 'delivered',
  delivery_failed: 'failed',
  claimed: 'claimed',
  reversed: 'canceled',
  canceled: 'canceled',
  expired: 'expired',
  failed: 'failed',
};

export function payoutLinkFromWire(l: WirePayoutLink, ctx: WireContext): PayoutLink {
  const status = LINK_STATUS[l.status];
  if (!status) throw new TypeError(`payout link status ${l.status} is unknown`);
  const token = l.token ?? (l.link ? (new URL(l.link, 'http://x').pathname.split('/').filter(Boolean).pop() ?? l.id) : l.id);
  const p = l.payee;
  return {
    id: l.id,
    app_id: l.app_id ?? ctx.appId,
    token,
    created: l.created ?? EPOCH,
    expires_at: l.expires_at ?? new Date(Date.parse(l.created ?? EPOCH) + 30 * 86_400_000).toISOString(),
    amount: l.amount,
    currency: (l.currency ?? 'USD').toUpperCase(),
    status,
    payee: p
      ? {
          ...(p.first_name !== undefined ? { first_name: p.first_name } : {}),
          ...(p.last_name !== undefined ? { last_name: p.last_name } : {}),
          ...(p.email !== undefined ? { email: p.email } : {}),
          ...(p.country_code !== undefined ? { country_code: p.country_code } : {}),
          ...(p.phone_number !== undefined ? { phone_number: p.phone_number } : {}),
        }
      : null,
    delivery: { method: l.delivery?.method ?? 'link' },
    memo: l.memo ?? null,
    sender_name: l.sender_name ?? '',
    allow_partial: l.allow_partial ?? false,
    claimed_user_id: l.claimed_user_id ?? null,
    transfer_id: l.transfer_id ?? null,
    flow_id: l.flow_id ?? null,
    metadata: metadataFromWire(l.metadata),
  };
}

const steps = (s: string[] | undefined) => (s ?? []).filter((x): x is FlowStep => FlowStep.safeParse(x).success);

export function flowFromWire(f: WireFlow, ctx: WireContext): FlowRecord {
  return {
    id: f.id,
    app_id: f.app_id ?? ctx.appId,
    created: f.created ?? EPOCH,
    steps: steps(f.steps),
    completed_steps: steps(f.completed_steps),
    user_id: f.user_id ?? null,
    payout_link_id: f.payout_link_id ?? null,
    metadata: metadataFromWire(f.metadata),
  };
}
