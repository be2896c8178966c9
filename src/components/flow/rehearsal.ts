/**
 * Marks the flow elements that `warmUp` (warm-up.ts, loaded only when asked for) renders unseen,
 * and what they run on instead of the page's backend and draft. Kept apart so that a flow's first
 * download carries this lookup only, not the warm-up.
 */
import type { BackendAdapter } from '../../adapters/types.ts';
import type { FlowDefinition, FlowSnapshot } from '../../core/machine/types.ts';

export interface Rehearsal {
  /** Answers nothing: the rehearsal is gone before anyone could press a button. */
  adapter: BackendAdapter;
  /** The snapshot it shows: the flow's first screen, set up without running its init. */
  snapshot<C>(def: FlowDefinition<C>, today: string): FlowSnapshot<C>;
}

const rehearsals = new WeakMap<HTMLElement, Rehearsal>();

/** What `el` runs on when it is a warm-up's rehearsal (it then writes no draft and emits no event). */
export const rehearsalOf = (el: HTMLElement): Rehearsal | undefined => rehearsals.get(el);

export const markRehearsal = (el: HTMLElement, rehearsal: Rehearsal): void => void rehearsals.set(el, rehearsal);
