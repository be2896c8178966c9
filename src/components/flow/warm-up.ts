/**
 * A flow's first insertion on a page is several times slower than the next one (about 40 ms
 * against under 10 on the bench machine): Lit prepares each template the first time it renders,
 * each element class adopts its style sheets once, and V8 compiles each function on its first
 * call. A warm-up pays that before the person is waiting: it renders the flow's first screen once,
 * where nobody sees, hears or can reach it, then removes it.
 */
import type { BackendAdapter } from '../../adapters/types.ts';
import { initialSnapshot } from '../../core/machine/reducer.ts';
import type { FlowDefinition, FlowSnapshot } from '../../core/machine/types.ts';
import { markRehearsal } from './rehearsal.ts';

/**
 * The backend of a rehearsal. Its first screen is shown from `firstScreen` without init, and it
 * is removed before anyone could press a button, so nothing calls it; if something did, it fails
 * as an unavailable backend would, instead of reaching a real one.
 */
export const noBackend = new Proxy({} as BackendAdapter, {
  get: (_, name) =>
    name === 'then' ? undefined : () => Promise.reject({ code: 'unavailable', message: `a warm-up rehearsal calls no backend (${String(name)})`, retryable: false }),
});

/** The snapshot of a flow on its first screen, set up (ready) without running its init. */
export function firstScreen<C>(def: FlowDefinition<C>, today: string): FlowSnapshot<C> {
  return { ...initialSnapshot(def, { today }), ready: true };
}

/** Resolves once `el` and every element it renders below it (through shadow roots) has rendered. */
async function settled(el: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const pending: Array<Promise<unknown>> = [];
    const visit = (node: Element): void => {
      const update = (node as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      if (update && (node as Element & { isUpdatePending?: boolean }).isUpdatePending) pending.push(update);
      for (const child of node.shadowRoot?.querySelectorAll('*') ?? []) visit(child);
    };
    visit(el);
    if (pending.length === 0) return;
    await Promise.all(pending);
  }
}

/** The browser's next idle period (a task of its own where there is none: Safari). */
const idle = (): Promise<unknown> => new Promise((resolve) => ((window as Partial<Window>).requestIdleCallback ?? setTimeout)(resolve));

/** Until the document has a body (a script in the head may call this before it is parsed). */
const body = (): Promise<HTMLElement> =>
  document.body
    ? Promise.resolve(document.body)
    : new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(document.body), { once: true }));

/**
 * In the browser's next idle period, renders one element of `ctor` (a defined flow element class)
 * on its first screen, hidden, inert and out of the accessibility tree, waits until it has
 * rendered all the way down and takes it out again; nothing when the page already shows one (its
 * code is warm then). Resolves when done; never rejects (a warm-up that fails only leaves the
 * first real insertion as slow as it would have been).
 */
export async function warmUp(ctor: CustomElementConstructor): Promise<void> {
  await idle();
  const box = document.createElement('div');
  box.hidden = true;
  box.inert = true;
  box.setAttribute('aria-hidden', 'true');
  try {
    const el = new ctor();
    if (document.querySelector(el.localName)) return;
    markRehearsal(el, { adapter: noBackend, snapshot: firstScreen });
    box.append(el);
    (await body()).append(box);
    // The first screen waits for the validation rules and lazily loaded pieces: up to a second.
    const shown = () => !!el.shadowRoot?.querySelector('[data-step-view]');
    for (let i = 0; i < 50; i++) {
      await settled(el);
      if (shown()) break;
      await new Promise((r) => setTimeout(r, 20));
    }
  } catch {
    // Nothing to do: see above.
  } finally {
    box.remove();
  }
}
