/**
 * The rules the books must always satisfy, checked from scratch. Tests call it after every
 * operation; `Ledger.restore` calls it so a tampered snapshot is refused.
 */
import type { Store } from './store.ts';
import { appAccount, refillAccount, userAccount } from './store.ts';
import { canTransition, OPEN_STATUSES, RETURNING_STATUSES } from './transitions.ts';
import type { Transfer } from './schemas.ts';

function sameMaps(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

function accountApp(store: Store, account: string): string | undefined {
  const [kind, a, b] = account.split(':');
  if (kind === 'app') return store.apps.has(a!) ? a : undefined;
  if (kind === 'user') return store.users.get(a!)?.app_id;
  if (kind === 'external' && a === 'refill') return store.apps.has(b!) ? b : undefined;
  if (kind === 'external') return store.methods.get(b!)?.app_id;
  return undefined;
}

function checkTransfer(store: Store, t: Transfer, problems: string[]): void {
  const p = (msg: string) => problems.push(`transfer ${t.id}: ${msg}`);
  const h = t.status_history;
  if (h[0]?.status !== 'created') p('history does not start at created');
  for (let i = 1; i < h.length; i++) {
    if (!canTransition(h[i - 1]!.status, h[i]!.status)) p(`illegal move ${h[i - 1]!.status} -> ${h[i]!.status}`);
    if (h[i]!.at < h[i - 1]!.at) p('history goes back in time');
  }
  if (h[h.length - 1]?.status !== t.status) p('status differs from the last history entry');
  for (const tx of t.transactions) {
    if (tx.transfer_id !== t.id) p(`transaction ${tx.id} names another transfer`);
    for (const acc of [tx.source, tx.destination]) {
      if (accountApp(store, acc) !== t.app_id) p(`account ${acc} is not of app ${t.app_id}`);
    }
  }
  if (t.user_id && store.users.get(t.user_id)?.app_id !== t.app_id) p('user of another app');
  const moved = (from: string, to: string) => t.transactions.filter((x) => x.source === from && x.destination === to).reduce((s, x) => s + x.amount, 0);
  if (t.type === 'payout') {
    const user = userAccount(t.user_id ?? '');
    const out = t.transactions.filter((x) => x.source === user).reduce((s, x) => s + x.amount, 0);
    const back = t.transactions.filter((x) => x.destination === user).reduce((s, x) => s + x.amount, 0);
    if (out !== t.amount) p(`payout moved ${out} out of the wallet, expected ${t.amount}`);
    const returned = RETURNING_STATUSES.includes(t.status);
    if (back !== (returned ? t.amount : 0)) p(`payout returned ${back} to the wallet in status ${t.status}`);
    if (moved(user, appAccount(t.app_id)) !== t.fee) p('fee transaction does not match the fee');
  } else if (t.type === 'balance') {
    const [from, to] = t.direction === 'user_to_app' ? [userAccount(t.user_id ?? ''), appAccount(t.app_id)] : [appAccount(t.app_id), userAccount(t.user_id ?? '')];
    if (t.transactions.length !== 1 || moved(from, to) !== t.amount) p('balance transfer transactions do not match');
  } else if (t.type === 'refill') {
    if (t.transactions.length !== 1 || moved(refillAccount(t.app_id), appAccount(t.app_id)) !== t.amount) p('refill transactions do not match');
  }
}

export function findProblems(store: Store): string[] {
  const problems: string[] = [];
  const derived = store.computeCaches();
  if (!sameMaps(derived.balances, store.balances)) problems.push('cached balances differ from the transactions');
  if (!sameMaps(derived.userInFlight, store.userInFlight)) problems.push('cached in-flight payouts differ from the transfers');
  if (!sameMaps(derived.appFeesInFlight, store.appFeesInFlight)) problems.push('cached in-flight fees differ from the transfers');
  if (!sameMaps(derived.appLinkHolds, store.appLinkHolds)) problems.push('cached link reservations differ from the links');

  let sum = 0;
  for (const v of derived.balances.values()) sum += v;
  if (sum !== 0) problems.push(`balances sum to ${sum}, not zero`);

  for (const u of store.users.values()) {
    if (!store.apps.has(u.app_id)) problems.push(`user ${u.id}: unknown app`);
    if ((derived.balances.get(userAccount(u.id)) ?? 0) < 0) problems.push(`user ${u.id}: negative wallet`);
    const def = u.default_payout_method_id;
    if (def) {
      const m = store.methods.get(def);
      if (!m || m.user_id !== u.id || m.removed) problems.push(`user ${u.id}: default method is not one of theirs`);
    }
  }
  for (const id of store.appOrder) {
    const posted = derived.balances.get(appAccount(id)) ?? 0;
    const held = (derived.appLinkHolds.get(id) ?? 0) + (derived.appFeesInFlight.get(id) ?? 0);
    if (posted - held < 0) problems.push(`app ${id}: withdrawable below zero (${posted} posted, ${held} held)`);
  }
  for (const m of store.methods.values()) {
    if (store.users.get(m.user_id)?.app_id !== m.app_id) problems.push(`method ${m.method.id}: owner of another app`);
  }
  const keys = new Set<string>();
  for (const { transfer: t, due_at } of store.transfers.values()) {
    checkTransfer(store, t, problems);
    if (due_at !== null && !OPEN_STATUSES.includes(t.status)) problems.push(`transfer ${t.id}: timer on a final transfer`);
    if (t.idempotency_key) {
      const k = `${t.app_id}|${t.type}|${t.idempotency_key}`;
      if (keys.has(k)) problems.push(`transfer ${t.id}: idempotency key used twice`);
      keys.add(k);
    }
  }
  for (const { link } of store.links.values()) {
    if (!store.apps.has(link.app_id)) problems.push(`link ${link.id}: unknown app`);
    if (link.status === 'claimed') {
      if (store.users.get(link.claimed_user_id ?? '')?.app_id !== link.app_id) problems.push(`link ${link.id}: claimed by a user of another app`);
      if (store.transfers.get(link.transfer_id ?? '')?.transfer.app_id !== link.app_id) problems.push(`link ${link.id}: transfer of another app`);
    }
    if (link.status !== 'claimed' && (link.claimed_user_id || link.transfer_id)) problems.push(`link ${link.id}: claim data on an unclaimed link`);
  }
  for (const f of store.flows.values()) {
    if (f.user_id && store.users.get(f.user_id)?.app_id !== f.app_id) problems.push(`flow ${f.id}: user of another app`);
    if (f.payout_link_id && store.links.get(f.payout_link_id)?.link.app_id !== f.app_id) problems.push(`flow ${f.id}: link of another app`);
    if (f.completed_steps.some((s) => !f.steps.includes(s))) problems.push(`flow ${f.id}: completed a step it does not have`);
  }
  for (const r of store.idempotency.values()) {
    const obj = r.op === 'link' || r.op === 'claim' ? store.links.get(r.result_id)?.link : store.transfers.get(r.result_id)?.transfer;
    if (obj?.app_id !== r.app_id) problems.push(`idempotency key ${r.key}: result not in app ${r.app_id}`);
  }
  return problems;
}
