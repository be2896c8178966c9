/**
 * Driving the demo as a person does: reach a control with Tab (never a click), type, press Enter;
 * read what is on screen, shadow roots included. Used by the flow end-to-end tests.
 */
import type { Locator, Page } from 'playwright-core';

/**
 * The form control a visible label names. Field groups are labelled by the same text (a phone's
 * country and number), so only the control itself is kept.
 */
export function field(scope: Locator | Page, label: string, options: { exact?: boolean } = {}): Locator {
  const page = 'page' in scope ? scope.page() : scope;
  return scope.getByLabel(label, { exact: options.exact ?? false }).and(page.locator('input, select, textarea'));
}

/** True when `target` is where keyboard focus is (the innermost focused element, through shadow roots). */
export async function isFocused(target: Locator): Promise<boolean> {
  // evaluateAll, not evaluate: a virtualised list may recycle the element between a count and an
  // evaluate, and evaluate would then wait its whole timeout for an element that is gone.
  return target.evaluateAll((els) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active !== null && (els as Element[]).includes(active);
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user moves through the page.
 * Fails after `max` presses with where focus ended up. `waitFor: false` starts pressing before the
 * target exists (a virtualised row is drawn only once Tab brought its list on screen).
 */
export async function tabTo(page: Page, target: Locator, options: { max?: number; backwards?: boolean; waitFor?: boolean } = {}): Promise<void> {
  const max = options.max ?? 300;
  // A virtualised row exists only once it is on screen: then Tab has to bring it there.
  if (options.waitFor !== false) await target.waitFor({ state: 'visible' });
  for (let i = 0; i <= max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  const where = await page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} "${(active.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';
  });
  throw new Error(`Tab never reached the control (${max} presses); focus is on ${where}`);
}

/** Tabs to a field and types into it. */
export async function fill(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Tabs to a button and presses Enter. */
export async function press(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

/**
 * Every piece of text the page holds, shadow roots included: text nodes, attribute values and the
 * values of form controls. For "this secret is nowhere on the page" checks.
 */
export function deepText(page: Page): Promise<string> {
  // No named inner functions here: the test loader would wrap them in a helper the page lacks.
  return page.evaluate(() => {
    const out: string[] = [];
    const roots: Array<Document | ShadowRoot> = [document];
    for (let root = roots.pop(); root; root = roots.pop()) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          out.push(node.nodeValue ?? '');
          continue;
        }
        const el = node as Element;
        for (const attr of el.attributes) out.push(attr.value);
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) out.push(el.value);
        if (el.shadowRoot) roots.push(el.shadowRoot);
      }
    }
    return out.join('\n');
  });
}

/** Polls `read` until `accept` says yes; fails with the last value after `timeoutMs`. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
