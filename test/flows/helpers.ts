// Helpers for the flow element tests: wait on the flow's machine, read its screen. The keyboard
// and shadow-root drivers live in test/helpers/keyboard.ts (re-exported here).
import { untilSnapshot } from '../helpers/flow-element.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import type { DotsContext } from '../../src/core/flows/context.ts';
import type { FlowSnapshot } from '../../src/core/machine/types.ts';

export { deepAll, deep, activeChain, deepActive, focusedField, tabTo, tabToButton, type, press, frame } from '../helpers/keyboard.ts';

export type Snap = FlowSnapshot<DotsContext>;

/** The flow's step view holding the current step's fields. */
export const view = (flow: DotsFlow): HTMLElement => flow.shadowRoot!.querySelector<HTMLElement>('[data-step-view]')!;

export const snap = (flow: DotsFlow): Snap => flow.actor!.getSnapshot();

/** Resolves once the flow's snapshot matches (checks now, then on every change). */
export const until = (flow: DotsFlow, pred: (s: Snap) => boolean, ms = 8000): Promise<Snap> => untilSnapshot(flow, pred, ms, 'the flow');

/** On `step`, ready for input: started, and the step's code loaded (a resumed flow waits for it). */
export const editingOn = (flow: DotsFlow, step: string) => until(flow, (s) => s.ready && s.current === step && s.status === 'editing');

/** Focus is on the step heading (what the flow does after every step change). */
export function headingFocused(flow: DotsFlow): boolean {
  const active = flow.shadowRoot!.activeElement;
  return !!active && active.hasAttribute('data-step-heading');
}

export const headingText = (flow: DotsFlow): string => flow.shadowRoot!.querySelector('[data-step-heading]')?.textContent?.trim() ?? '';

/** Collects the details of the flow's public events. */
export function recordEvents(el: HTMLElement): Array<{ type: string; detail: unknown }> {
  const list: Array<{ type: string; detail: unknown }> = [];
  for (const type of ['dots-ready', 'dots-step-change', 'dots-step-complete', 'dots-flow-complete', 'dots-flow-exit', 'dots-flow-error']) {
    el.addEventListener(type, (e) => list.push({ type, detail: (e as CustomEvent).detail }));
  }
  return list;
}
