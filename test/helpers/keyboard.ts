// Drive elements like a person: find things across shadow roots, follow focus, press keys.
import { sendKeys } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';

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

/**
 * Lets pending updates and focus moves settle. A timer, not an animation frame: a test page in a
 * background tab (two run at once) gets no frames.
 */
export const frame = () => new Promise((r) => setTimeout(r, 20));

/** Fills the W-9 screen from the keyboard (focus in the form) and presses Continue. */
export async function keyboardW9(): Promise<void> {
  await tabTo('tax_id');
  await type('123-45-6789');
  await tabTo('address_line1');
  await type('1 Main St');
  await tabTo('city');
  await type('Springfield');
  await press('Tab');
  expect(focusedField()).to.equal('region');
  await type('IL');
  await tabTo('postal_code');
  await type('62701');
  await tabTo('certified');
  await press('Space');
  await tabToButton('Continue');
  await press('Enter');
}

/**
 * Adds a US bank account from the keyboard on the manage-payouts screen and presses Continue.
 * `achShown` waits until picking the country switched the platform to ACH.
 */
export async function keyboardBankAccount(account: string, achShown: () => Promise<unknown>): Promise<void> {
  await tabTo('platform');
  await type('US');
  await achShown();
  await tabTo('routing_number');
  await type('011000015');
  await press('Tab');
  await type(account);
  await tabToButton('Continue');
  await press('Enter');
}
