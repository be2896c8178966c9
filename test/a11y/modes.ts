// Light, dark and right-to-left on the same element: the theme and the language switch at runtime.
import { expect } from '@open-wc/testing';
import { settleDeep, type Host } from './scenes.ts';

export const MODES = [
  { name: 'light', theme: 'light', lang: 'en' },
  { name: 'dark', theme: 'dark', lang: 'en' },
  { name: 'rtl', theme: 'light', lang: 'ar' },
] as const;

export let axeRuns = 0;

/** Runs axe on `el` in each mode, then gives the element back its own theme and language. */
export async function axeInModes(el: Host, label: string): Promise<void> {
  const theme = el.getAttribute('theme');
  const lang = el.getAttribute('lang');
  try {
    for (const m of MODES) {
      el.setAttribute('theme', m.theme);
      el.setAttribute('lang', m.lang);
      await settleDeep(el);
      if (m.lang === 'ar') {
        const first = el.shadowRoot!.querySelector(':not(style, link, slot)');
        expect(first && getComputedStyle(first).direction, `${label}: laid out right to left`).to.equal('rtl');
      }
      axeRuns += 1;
      await expect(el, `${label} (${m.name})`).to.be.accessible();
    }
  } finally {
    if (theme === null) el.removeAttribute('theme');
    else el.setAttribute('theme', theme);
    if (lang === null) el.removeAttribute('lang');
    else el.setAttribute('lang', lang);
    await settleDeep(el);
  }
}
