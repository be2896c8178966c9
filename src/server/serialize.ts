/**
 * Domain records -> Dots v2 API objects, shaped so every answer validates against
 * reference/dots-v2.openapi.yaml. Fields the API does not define but the flows need are added as
 * extra properties (the API's schemas allow them); docs/adapters.md lists them. Properties the
 * API types as plain strings are left out rather than sent as null.
 */
import type { AppRecord } from '../core/ledger/inputs.ts';
import type { FlowRecord, LedgerEvent, PayoutLink, PayoutMethod, Transfer, User, Wallet } from '../core/ledger/schemas.ts';

const opt = <K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> =>
  value === null || value === undefined ? {} : ({ [key]: value } as Record<K, V>);

/** In `payment-method` objects the API names the international rail `intl_transfer`. */
export function apiPaymentMethod(m: PayoutMethod, platformName: 'list' | 'added' = 'list') {
  return {
    id: m.id,
    platform: m.platform === 'intl_bank' && platformName === 'list' ? 'intl_transfer' : m.platform,
    description: m.description,
    ...opt('mask', m.mask),
    ...opt('email', m.email),
    ...opt('phone_number', m.phone_number),
    ...opt('cash_tag', m.cash_tag),
    ...opt('country', m.country),
    ...opt('bic', m.bic),
    created: m.created,
  };
}

export function apiWallet(w: Wallet) {
  return { amount: w.amount, withdrawable_amount: w.withdrawable_amount, credit_balance: 0, pending_amount: w.pending_amount };
}

export function apiUser(u: User) {
  const def = u.payout_methods.find((m) => m.id === u.default_payout_method_id);
  const c = u.compliance;
  return {
    id: u.id,
    first_name: u.first_name,
    last_name: u.last_name,
    email: u.email,
    phone_number: { country_code: u.country_code, phone_number: u.phone_number },
    ...opt('default_payout_method', u.default_payout_method),
    ...(def ? { default_payout_method_details: apiPaymentMethod(def) } : {}),
    wallet: apiWallet(u.wallet),
    status: u.status,
    compliance: {
      tax_id_collected: c.tax_id_collected,
      address_collected: c.address_collected,
      date_of_birth_collected: c.date_of_birth_collected,
      id_verified: c.id_verified,
      '1099_collected': c.form === 'w9',
      w8_ben_collected: c.form === 'w8ben',
      w9: c.form === 'w9' ? { tax_id_collected: c.tax_id_collected, address_collected: c.address_collected } : null,
      form: c.form,
      tax_id_last4: c.tax_id_last4,
    },
    metadata: u.metadata,
    app_id: u.app_id,
    created: u.created,
    phone_verified: u.phone_verified,
    payout_methods: u.payout_methods.map((m) => apiPaymentMethod(m)),
    default_payout_method_id: u.default_payout_method_id,
  };
}

/** The API numbers transactions; ours are strings. A stable 31-bit hash keeps them stable per id. */
export function transactionNumber(id: string): number {
  if (/^\d{1,15}$/.test(id)) return Number(id);
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 1) + 1;
}

export function apiTransfer(t: Transfer) {
  return {
    id: t.id,
    created: t.created,
    ...opt('user_id', t.user_id),
    status: t.status,
    type: t.type,
    amount: t.amount,
    ...(t.payout_method_id ? { external_data: { account_id: t.payout_method_id, ...opt('platform', t.payout_platform) } } : {}),
    transactions: t.transactions.map((x) => ({
      id: transactionNumber(x.id),
      amount: x.amount,
      created: x.created,
      source_name: x.source,
      destination_name: x.destination,
      type: x.type,
      transfer_id: x.transfer_id,
    })),
    ...opt('payout_link_id', t.payout_link_id),
    metadata: t.metadata,
    app_id: t.app_id,
    fee: t.fee,
    direction: t.direction,
    payout_mask: t.payout_mask,
    status_history: t.status_history,
    failure_reason: t.failure_reason,
    idempotency_key: t.idempotency_key,
  };
}

export function apiPayoutLink(l: PayoutLink, origin: string) {
  return {
    id: l.id,
    created: l.created,
    link: `${origin}/pay/${encodeURIComponent(l.token)}`,
    amount: l.amount,
    status: l.status,
    ...(l.payee ? { payee: l.payee } : {}),
    delivery: { method: l.delivery.method },
    ...opt('claimed_user_id', l.claimed_user_id),
    ...opt('flow_id', l.flow_id),
    ...opt('transfer_id', l.transfer_id),
    memo: l.memo,
    metadata: l.metadata,
    app_id: l.app_id,
    token: l.token,
    expires_at: l.expires_at,
    currency: l.currency,
    sender_name: l.sender_name,
    allow_partial: l.allow_partial,
  };
}

export function apiFlow(f: FlowRecord, origin: string) {
  return {
    id: f.id,
    created: f.created,
    user_id: f.user_id,
    steps: f.steps,
    completed_steps: f.completed_steps,
    link: `${origin}/flow/${encodeURIComponent(f.id)}`,
    metadata: f.metadata,
    app_id: f.app_id,
    payout_link_id: f.payout_link_id,
  };
}

const dollars = (cents: number) => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

export function apiApp(app: AppRecord, metrics: { wallet: Wallet; moneyOut: number; users: number }) {
  return {
    id: app.id,
    name: app.name,
    status: 'approved',
    metrics: { wallet_balance: dollars(metrics.wallet.amount), money_out: dollars(metrics.moneyOut), connected_users: metrics.users },
    dots_flows_settings: {
      currency: app.currency,
      payout_options_exclude_list: app.payout_options_exclude_list,
      payout_fees: app.payout_fees,
      min_payout: app.min_payout,
      flag_threshold: app.flag_threshold,
      sandbox_magic_code: app.sandbox_magic_code,
    },
  };
}

export function apiEventData(e: LedgerEvent, origin: string): unknown {
  switch (e.type) {
    case 'transfer.updated':
    case 'transfer.completed':
    case 'transfer.failed':
      return apiTransfer(e.data);
    case 'flow.updated':
      return apiFlow(e.data, origin);
    case 'payout_link.claimed':
      return apiPayoutLink(e.data, origin);
    case 'user.updated':
      return apiUser(e.data);
  }
}
