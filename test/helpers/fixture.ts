import { fixture } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';

/**
 * Renders `template` inside a fresh wrapper `<div>` carrying `attrs` (lang, style, dir...), and
 * resolves with the rendered element once it has updated. Avoids fixtures of plain elements,
 * whose animation-frame wait can stall in a background test page.
 */
/**
 * A parent element for `fixture(..., { parentNode })`. open-wc renders into it (replacing its
 * content: one fixture per parent) and removes it after the test.
 */
export function fixtureParent<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const parent = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) parent.setAttribute(k, v);
  document.body.append(parent);
  return parent;
}

export async function fixtureIn<T extends LitElement>(attrs: Record<string, string>, template: TemplateResult): Promise<T> {
  const parent = fixtureParent('div', attrs);
  const el = await fixture<T>(template, { parentNode: parent });
  await el.updateComplete;
  return el;
}

