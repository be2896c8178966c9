// Setting fields of a step view the way their elements report edits (value + their own events).
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import { snap, view } from './helpers.ts';

export type Field = HTMLElement & { value: unknown; validationMessage: string; errorVisible: boolean };

export function field(flow: DotsFlow, name: string): Field {
  const el = view(flow).shadowRoot!.querySelector<Field>(`[name="${name}"]`);
  if (!el) throw new Error(`no field ${name} on ${snap(flow).current}`);
  return el;
}

export function setField(flow: DotsFlow, name: string, value: string | boolean): void {
  const el = field(flow, name);
  if (typeof value === 'boolean') {
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    if (box.checked !== value) box.click();
    return;
  }
  const inner = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>('input:not([type=checkbox]), select:not(#country)')!;
  inner.value = value;
  inner.dispatchEvent(new Event(inner instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
  inner.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export function errorText(flow: DotsFlow, name: string): string {
  const el = field(flow, name);
  return el.errorVisible ? el.validationMessage : '';
}

export const button = (flow: DotsFlow, part: 'continue' | 'back' | 'exit'): HTMLElement => flow.shadowRoot!.querySelector<HTMLElement>(`[part~=${part}]`)!;

/** A button of the step view by its visible text. */
export function viewButton(flow: DotsFlow, text: string): HTMLElement {
  const b = [...view(flow).shadowRoot!.querySelectorAll<HTMLElement>('dots-button')].find((x) => x.textContent?.includes(text));
  if (!b) throw new Error(`no button "${text}"`);
  return b;
}
