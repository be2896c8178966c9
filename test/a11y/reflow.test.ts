/**
 * Reflow (WCAG 1.4.10): at 320 CSS px wide, the width of a phone held upright or of a 1280 px
 * window zoomed to 400 %, every step in every state and every element fits: the page never
 * scrolls sideways and nothing sticks out of the viewport, except inside a container made to
 * scroll sideways (the inspector's data tables, which 1.4.10 allows). In English and in Arabic.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ALL_SCENES, settleDeep, type Host } from './scenes.ts';
import { ELEMENT_SCENES } from './elements.ts';
import { deepAll } from '../flows/helpers.ts';

const WIDTH = 320;

/** Inside an element that scrolls sideways on purpose. */
function inScroller(el: Element): boolean {
  for (let n: Element | null = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null); n; ) {
    const x = getComputedStyle(n).overflowX;
    if (x === 'auto' || x === 'scroll') return true;
    n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null);
  }
  return false;
}

function overflow(root: Host): string[] {
  const out: string[] = [];
  if (document.documentElement.scrollWidth > WIDTH + 1) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px wide)`);
  for (const el of deepAll(root.shadowRoot!, '*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right <= WIDTH + 1 && r.left >= -1) continue;
    if (inScroller(el) || getComputedStyle(el).position === 'fixed') continue;
    const host = (el.getRootNode() as ShadowRoot).host;
    out.push(`${host?.localName} > ${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} spans ${Math.round(r.left)}..${Math.round(r.right)} px`);
  }
  return out;
}

describe(`reflow at ${WIDTH} CSS px`, () => {
  before(() => setViewport({ width: WIDTH, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  // English, and Arabic laid out right to left (overflow there sticks out on the left).
  for (const lang of ['en', 'ar']) {
    for (const scene of ALL_SCENES) {
      it(`${scene.name} (${lang}): fits in every state`, async () => {
        const found = new Set<string>();
        let visits = 0;
        await scene.run(lang, async (state, el) => {
          await settleDeep(el);
          visits += 1;
          for (const o of overflow(el)) found.add(`${state}: ${o}`);
        });
        expect(visits).to.be.greaterThan(0);
        expect([...found]).to.deep.equal([]);
      });
    }
    for (const scene of ELEMENT_SCENES) {
      it(`${scene.name} (${lang}): fits`, async () => {
        const { el, close } = await scene.mount(lang);
        try {
          await settleDeep(el);
          expect(overflow(el)).to.deep.equal([]);
        } finally {
          close();
        }
      });
    }
  }
});
