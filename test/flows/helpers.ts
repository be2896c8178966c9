// Helpers for the flow element tests: find things across shadow roots, follow focus, wait on the
// flow's machine, press keys like a person.
import { sendKeys } from '@web/test-runner-commands';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import type { DotsContext } from '../../src/core/flows/context.ts';
import type { FlowSnapshot } from '../../src/core/machine/types.ts';

export type Snap = FlowSnapshot<DotsContext>;

/** Every element matching `selector` inside `root`, across nested shadow roots. */
export function deepAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const out: T[] = [];
  const walk = (node: ParentNode) => {
    out.push(...node.querySelectorAll<T & Element>(selector));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(root);
  return out;
}

export function deep<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null {
  return deepAll<T>(root, selector)[0] ?? null;
}

/** The chain of focused elements from the document down through shadow roots. */
export function activeChain(): Element[] {
  const chain: Element[] = [];
  let el: Element | null = document.activeElement;
  while (el) {
    chain.push(el);
    el = el.shadowRoot?.activeElement ?? null;
  }
  return chain;
}

export const deepActive = (): Element | null => activeChain().at(-1) ?? null;

/** The `name` of the field (a dots input element) that holds focus, or null. */
export function focusedField(): string | null {
  const host = [...activeChain()].reverse().find((e) => e.localName.startsWith('dots-') && e.hasAttribute('name'));
  return host?.getAttribute('name') ?? null;
}

/** The flow's step view holding the current step's fields. */
export const view = (flow: DotsFlow): HTMLElement => flow.shadowRoot!.querySelector<HTMLElement>('[data-step-view]')!;

export const snap = (flow: DotsFlow): Snap => flow.actor!.getSnapshot();

/** Resolves once the flow's snapshot matches (checks now, then on every change). */
export async function until(flow: DotsFlow, pred: (s: Snap) => boolean, ms = 8000): Promise<Snap> {
  const start = Date.now();
  while (!flow.actor) {
    if (Date.now() - start > ms) throw new Error('the flow made no actor');
    await new Promise((r) => setTimeout(r, 10));
  }
  const actor = flow.actor;
  const s = await new Promise<Snap>((resolve, reject) => {
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
  await flow.updateComplete;
  await (view(flow) as unknown as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
  return s;
}

export const editingOn = (flow: DotsFlow, step: string) => until(flow, (s) => s.current === step && s.status === 'editing');

/** Presses Tab until the field named `name` has focus (or gives up after `max` presses). */
export async function tabTo(name: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (focusedField() === name) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${name}; focus is on ${activeChain().map((e) => e.localName).join(' > ')}`);
}

/** Presses Tab until a button whose text contains `text` has focus. */
export async function tabToButton(text: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    const host = [...activeChain()].reverse().find((e) => e.localName === 'dots-button');
    if (host?.textContent?.includes(text)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached the button "${text}"`);
}

export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Focus is on the step heading (what the flow does after every step change). */
export function headingFocused(flow: DotsFlow): boolean {
  const active = flow.shadowRoot!.activeElement;
  return !!active && active.hasAttribute('data-step-heading');
}

export const headingText = (flow: DotsFlow): string => flow.shadowRoot!.querySelector('[data-step-heading]')?.textContent?.trim() ?? '';

/**
 * Lets pending updates and focus moves settle. A timer, not an animation frame: a test page in a
 * background tab (two run at once) gets no frames.
 */
export const frame = () => new Promise((r) => setTimeout(r, 20));

/** Collects the details of the flow's public events. */
export function recordEvents(el: HTMLElement): Array<{ type: string; detail: unknown }> {
  const list: Array<{ type: string; detail: unknown }> = [];
  for (const type of ['dots-ready', 'dots-step-change', 'dots-step-complete', 'dots-flow-complete', 'dots-flow-exit', 'dots-flow-error']) {
    el.addEventListener(type, (e) => list.push({ type, detail: (e as CustomEvent).detail }));
  }
  return list;
}
