// Target size (WCAG 2.5.8: at least 24 by 24 CSS px) of every control in every step, state and
// element, and a visible focus indicator (2.4.7) on every control reached with Tab.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ALL_SCENES, settleDeep, type Host } from './scenes.ts';
import { ELEMENT_SCENES } from './elements.ts';
import { activeChain, deepAll } from '../flows/helpers.ts';

const INTERACTIVE = 'button, input, select, textarea, a[href], summary, [role=tab], [role=button], [role=checkbox], [role=radio], [role=link], [part~=row], [tabindex]:not([tabindex="-1"])';

const shown = (el: Element) => el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: false });

/** The box a click lands on: the control and, for inputs, their labels (a click there activates it). */
function targetBox(el: Element): { w: number; h: number } {
  const rects = [el.getBoundingClientRect()];
  if (el instanceof HTMLInputElement && el.labels) for (const l of el.labels) if (shown(l)) rects.push(l.getBoundingClientRect());
  const left = Math.min(...rects.map((r) => r.left));
  const right = Math.max(...rects.map((r) => r.right));
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return { w: right - left, h: bottom - top };
}

function describe_(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  return `${host?.localName ?? ''} > ${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`;
}

/** A link inside running text (2.5.8's inline exception: its size is the line's). */
const inline = (el: Element) => el.localName === 'a' && (el.parentElement?.textContent?.trim().length ?? 0) > (el.textContent?.trim().length ?? 0);

const controlsOf = (root: Host) => deepAll(root.shadowRoot!, INTERACTIVE).filter((el) => shown(el) && !(el instanceof HTMLInputElement && el.type === 'hidden'));

/** Controls smaller than 24 px on either side. */
function smallTargets(root: Host): string[] {
  return controlsOf(root).flatMap((el) => {
    if (inline(el)) return [];
    const { w, h } = targetBox(el);
    return w >= 24 && h >= 24 ? [] : [`${describe_(el)} is ${Math.round(w)}x${Math.round(h)}`];
  });
}

const RING = ['outline-style', 'outline-width', 'outline-color', 'box-shadow'] as const;
const ring = (el: Element) => RING.map((p) => getComputedStyle(el).getPropertyValue(p)).join('|');

/**
 * Tabs through `root` (at most `max` stops) and, at each control it reaches, compares the focus
 * ring of the control and of its ancestors in its shadow root (the part that draws it) with the
 * same elements unfocused.
 */
async function focusRings(root: Host, max = 40): Promise<{ stops: number; missing: string[] }> {
  const missing: string[] = [];
  let stops = 0;
  (document.activeElement as HTMLElement | null)?.blur();
  root.tabIndex = -1;
  root.focus();
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const chain = activeChain();
    if (!chain.includes(root)) break;
    const el = chain.at(-1)!;
    if (el === root) continue;
    stops += 1;
    const around: Element[] = [];
    for (let n: Element | null = el; n && around.length < 4; n = n.parentElement) around.push(n);
    const host = (el.getRootNode() as ShadowRoot).host;
    if (host && host !== root) around.push(host);
    const focused = around.map(ring);
    (el as HTMLElement).blur();
    await new Promise((r) => setTimeout(r, 0));
    const blurred = around.map(ring);
    if (focused.every((f, j) => f === blurred[j])) missing.push(describe_(el));
    // Back where Tab left it, by keyboard-like focus, so the next Tab goes on from here.
    (el as HTMLElement).focus({ focusVisible: true } as FocusOptions);
  }
  root.removeAttribute('tabindex');
  return { stops, missing };
}

describe('target size and visible focus', () => {
  for (const scene of ALL_SCENES) {
    it(`${scene.name}: every control at least 24x24 in every state, focus visible on each Tab stop`, async () => {
      const small = new Set<string>();
      let tabbed = false;
      let controls = 0;
      await scene.run('en', async (state, el) => {
        await settleDeep(el);
        controls += controlsOf(el).length;
        for (const s of smallTargets(el)) small.add(`${state}: ${s}`);
        if (state === 'empty' && !tabbed && controlsOf(el).length > 0) {
          tabbed = true;
          const { stops, missing } = await focusRings(el);
          expect(stops, 'Tab reaches the controls').to.be.greaterThan(0);
          expect(missing, 'controls without a visible focus indicator').to.deep.equal([]);
        }
      });
      // A link that cannot be claimed gets a page to read, with nothing to press.
      if (scene.name === 'claim bad links') expect(controls).to.equal(0);
      else expect(controls, 'controls measured').to.be.greaterThan(0);
      expect([...small]).to.deep.equal([]);
    });
  }
  for (const scene of ELEMENT_SCENES) {
    it(`${scene.name}: every control at least 24x24, focus visible on each Tab stop`, async () => {
      const { el, close } = await scene.mount('en');
      try {
        await settleDeep(el);
        if (['dots-status-badge', 'dots-transfer-lifecycle', 'dots-transfer-detail'].includes(scene.name)) {
          // Nothing to press in these: no control, no tab stop.
          expect(deepAll(el.shadowRoot!, INTERACTIVE).filter(shown)).to.deep.equal([]);
          return;
        }
        expect(controlsOf(el).length).to.be.greaterThan(0);
        expect(smallTargets(el)).to.deep.equal([]);
        const { stops, missing } = await focusRings(el);
        expect(stops).to.be.greaterThan(0);
        expect(missing).to.deep.equal([]);
      } finally {
        close();
      }
    });
  }
});
