// Wait on a flow element's machine (dots-flow, dots-payout-claim-flow, and their subclasses).
import type { FlowActor } from '../../src/core/machine/actor.ts';
import type { FlowSnapshot } from '../../src/core/machine/types.ts';

export interface FlowElementLike<C> extends HTMLElement {
  readonly actor: FlowActor<C> | null;
  readonly updateComplete: Promise<boolean>;
}

/**
 * Resolves once the element's snapshot matches (checks now, then on every change), after the
 * element and its step view rendered it.
 */
export async function untilSnapshot<C>(el: FlowElementLike<C>, pred: (s: FlowSnapshot<C>) => boolean, ms: number, what: string): Promise<FlowSnapshot<C>> {
  const start = Date.now();
  while (!el.actor) {
    if (Date.now() - start > ms) throw new Error(`${what} made no actor`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const actor = el.actor;
  const s = await new Promise<FlowSnapshot<C>>((resolve, reject) => {
    const now = actor.getSnapshot();
    if (pred(now)) return resolve(now);
    const timer = setTimeout(() => {
      off();
      const x = actor.getSnapshot();
      reject(new Error(`timed out at ${x.current} (${x.status})${x.status === 'failed' ? ` ${JSON.stringify(x.error)}` : ''} errors=${JSON.stringify(x.errors)}`));
    }, ms);
    const off = actor.subscribe((x) => {
      if (!pred(x)) return;
      clearTimeout(timer);
      off();
      resolve(x);
    });
  });
  await settleFlow(el);
  return s;
}

export async function settleFlow(el: HTMLElement & { readonly updateComplete: Promise<boolean> }): Promise<void> {
  await el.updateComplete;
  const view = el.shadowRoot?.querySelector('[data-step-view]') as unknown as { updateComplete?: Promise<unknown> } | null;
  await view?.updateComplete;
}
