// Helpers for <dots-payout-claim-flow> tests: wait on its machine, read its screen.
import type { DotsPayoutClaimFlow } from '../../src/components/payout-claim-flow/payout-claim-flow.ts';
import type { ClaimContext } from '../../src/core/flows/payout-claim.ts';
import type { FlowSnapshot } from '../../src/core/machine/types.ts';

import { settleFlow, untilSnapshot } from '../helpers/flow-element.ts';

export { deep, deepAll, activeChain, focusedField, tabTo, tabToButton, type, press, frame } from '../helpers/keyboard.ts';
export { recordEvents } from '../flows/helpers.ts';

export type ClaimSnap = FlowSnapshot<ClaimContext>;

export const root = (el: DotsPayoutClaimFlow): ShadowRoot => el.shadowRoot!;
export const view = (el: DotsPayoutClaimFlow): HTMLElement | null => root(el).querySelector<HTMLElement>('[data-step-view]');

/** Resolves once the element's snapshot matches, after the element (and its step view) rendered it. */
export const until = (el: DotsPayoutClaimFlow, pred: (s: ClaimSnap) => boolean, ms = 8000): Promise<ClaimSnap> => untilSnapshot(el, pred, ms, 'the claim flow');

export const settle = (el: DotsPayoutClaimFlow): Promise<void> => settleFlow(el);

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
