import type { ServerResponse } from 'node:http';

/** Fires when the client goes away (or the answer is sent), so long waits stop early. */
export function abortOnClose(res: ServerResponse): AbortSignal {
  const ctl = new AbortController();
  if (res.writableEnded || res.destroyed) ctl.abort();
  else res.once('close', () => ctl.abort());
  return ctl.signal;
}

export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
