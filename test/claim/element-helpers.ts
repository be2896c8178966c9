// Helpers for <dots-payout-claim-flow> tests: wait on its machine, read its screen.
import type { DotsPayoutClaimFlow } from '../../src/components/payout-claim-flow/payout-claim-flow.ts';
import type { ClaimContext } from '../../src/core/flows/payout-claim.ts';
import type { FlowSnapshot } from '../../src/core/machine/types.ts';

export { deep, deepAll, activeChain, focusedField, tabTo, tabToButton, type, press, frame, recordEvents } from '../flows/helpers.ts';

export type ClaimSnap = FlowSnapshot<ClaimContext>;

export const root = (el: DotsPayoutClaimFlow): ShadowRoot => el.shadowRoot!;
export const view = (el: DotsPayoutClaimFlow): HTMLElement | null => root(el).querySelector<HTMLElement>('[data-step-view]');

/** Resolves once the element's snapshot matches, after the element (and its step view) rendered it. */
export async function until(el: DotsPayoutClaimFlow, pred: (s: ClaimSnap) => boolean, ms = 8000): Promise<ClaimSnap> {
  const start = Date.now();
  while (!el.actor) {
    if (Date.now() - start > ms) throw new Error('the claim flow made no actor');
    await new Promise((r) => setTimeout(r, 10));
  }
  const actor = el.actor;
  const s = await new Promise<ClaimSnap>((resolve, reject) => {
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
  await settle(el);
  return s;
}

export async function settle(el: DotsPayoutClaimFlow): Promise<void> {
  await el.updateComplete;
  await (view(el) as unknown as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
}

export const editingOn = (el: DotsPayoutClaimFlow, step: string) => until(el, (s) => s.current === step && s.status === 'editing' && s.ready);

/** Waits for a DOM condition on the element (after live updates that are not snapshot changes). */
export async function waitFor(cond: () => boolean, what: string, ms = 8000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const headingText = (el: DotsPayoutClaimFlow): string => root(el).querySelector('[data-step-heading]')?.textContent?.trim() ?? '';

export function headingFocused(el: DotsPayoutClaimFlow): boolean {
  const active = root(el).activeElement;
  return !!active && active.hasAttribute('data-step-heading');
}

/** The text of the polite live region (what a screen reader was last told). */
export const liveText = (el: DotsPayoutClaimFlow): string => root(el).querySelector('[part="live-region"]')?.textContent?.trim() ?? '';

export const button = (el: DotsPayoutClaimFlow, part: string): HTMLElement | null => root(el).querySelector<HTMLElement>(`[part~="${part}"]`);

/** Clicks the element's native button (inside the dots-button). */
export function click(host: HTMLElement | null): void {
  if (!host) throw new Error('no such button');
  const inner = host.shadowRoot?.querySelector('button') ?? host;
  (inner as HTMLElement).click();
}
