import { fixture } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';

/**
 * Renders `template` inside a fresh wrapper `<div>` carrying `attrs` (lang, style, dir...), and
 * resolves with the rendered element once it has updated. Avoids fixtures of plain elements,
 * whose animation-frame wait can stall in a background test page.
 */
export async function fixtureIn<T extends LitElement>(attrs: Record<string, string>, template: TemplateResult): Promise<T> {
  const parent = document.createElement('div');
  parent.dataset['fixtureIn'] = '';
  for (const [k, v] of Object.entries(attrs)) parent.setAttribute(k, v);
  document.body.append(parent);
  const el = await fixture<T>(template, { parentNode: parent });
  await el.updateComplete;
  return el;
}

// Root-level hook: remove the wrappers made by fixtureIn after every test.
afterEach(() => {
  for (const w of document.body.querySelectorAll(':scope > div[data-fixture-in]')) w.remove();
});
