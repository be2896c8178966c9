/**
 * Follows one transfer until its status is final: the adapter's live events first, and a
 * `getTransfer` poll as the fallback for backends whose events are late or missing. Used by the
 * claim flow's last screen; a headless host can use it the same way.
 */
import type { BackendAdapter } from '../../adapters/types.ts';
import { isFinalStatus } from '../ledger/transitions.ts';
import type { Transfer } from '../ledger/schemas.ts';
import type { BackendErrorInfo } from '../machine/types.ts';

export interface TrackTransferOptions {
  /** Called with each newer state of the transfer (never twice for the same state). */
  onUpdate(transfer: Transfer): void;
  /** A poll failed; tracking goes on (the next poll or event may succeed). */
  onError?(error: BackendErrorInfo): void;
  /** Milliseconds between polls; 0 turns polling off (events only). Default 5000. */
  pollMs?: number;
  /** Stops tracking when aborted. */
  signal?: AbortSignal;
}

/** How far along a transfer is: later states have more history. */
const progress = (t: Transfer): number => t.status_history.length;

function errorInfo(e: unknown): BackendErrorInfo {
  const o = (e ?? {}) as { code?: unknown; message?: unknown; retryable?: unknown };
  return {
    code: typeof o.code === 'string' ? o.code : 'unknown',
    message: typeof o.message === 'string' ? o.message : String(e),
    retryable: typeof o.retryable === 'boolean' ? o.retryable : true,
  };
}

/**
 * Starts following `transferId`. Returns a function that stops. Stops by itself once the status
 * is final (after reporting it). Out-of-order answers (a slow poll after a newer event) are dropped.
 */
export function trackTransfer(adapter: BackendAdapter, transferId: string, options: TrackTransferOptions): () => void {
  const pollMs = options.pollMs ?? 5000;
  let last: Transfer | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const controller = new AbortController();

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    controller.abort();
    unsubscribe();
    options.signal?.removeEventListener('abort', stop);
  };

  const offer = (t: Transfer): void => {
    if (stopped || t.id !== transferId) return;
    if (last && (progress(t) < progress(last) || (progress(t) === progress(last) && t.status === last.status))) return;
    last = t;
    options.onUpdate(t);
    if (isFinalStatus(t.status)) stop();
  };

  const unsubscribe = adapter.subscribe(
    (e) => {
      if (e.type === 'transfer.updated' || e.type === 'transfer.completed' || e.type === 'transfer.failed') offer(e.data);
    },
    ['transfer.updated', 'transfer.completed', 'transfer.failed'],
  );

  const poll = async (): Promise<void> => {
    if (stopped) return;
    try {
      offer(await adapter.getTransfer(transferId, { signal: controller.signal }));
    } catch (e) {
      if (!stopped) options.onError?.(errorInfo(e));
    }
    if (!stopped && pollMs > 0) timer = setTimeout(() => void poll(), pollMs);
  };

  if (options.signal?.aborted) stop();
  else {
    options.signal?.addEventListener('abort', stop, { once: true });
    // One read at once: the status may have moved between the claim and the subscription.
    void poll();
  }
  return stop;
}
