/**
 * The payee who last signed in through a flow on this page, so the transfers section can show
 * their view. Kept for the browser session, per backend (their ids mean nothing to the other one);
 * flows report it in their events' `userId`.
 */
import type { AdapterKind } from './context.ts';

export const PAYEE_CHANGE = 'demo-payee-change';
const key = (kind: AdapterKind) => `dots-flows-demo:payee:${kind}`;

export function currentPayee(kind: AdapterKind): string | null {
  try {
    return sessionStorage.getItem(key(kind));
  } catch {
    return null;
  }
}

function announce(): void {
  document.dispatchEvent(new CustomEvent(PAYEE_CHANGE));
}

/** Listens to the flows' events on the page until `signal` aborts. */
export function trackPayee(kind: AdapterKind, signal: AbortSignal): void {
  const onEvent = (e: Event) => {
    const userId = (e as CustomEvent<{ userId?: unknown } | null>).detail?.userId;
    if (typeof userId !== 'string' || !userId || currentPayee(kind) === userId) return;
    try {
      sessionStorage.setItem(key(kind), userId);
    } catch {
      return; // storage blocked: no payee view
    }
    announce();
  };
  for (const type of ['dots-step-complete', 'dots-flow-complete']) document.addEventListener(type, onEvent, { signal });
}

/** After a ledger reset the payee no longer exists. */
export function forgetPayee(kind: AdapterKind): void {
  try {
    sessionStorage.removeItem(key(kind));
  } catch {
    /* nothing was kept */
  }
  announce();
}
