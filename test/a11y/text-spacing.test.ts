/**
 * Text spacing (WCAG 1.4.12): with the spacing a reader may force (line height 1.5, paragraph
 * spacing 2 em, letter spacing 0.12 em, word spacing 0.16 em), applied in every shadow root, no
 * text of any step, state or element is cut off: nothing that clips its content (overflow hidden
 * or clip, a fixed box) holds more than it shows.
 */
import { expect } from '@open-wc/testing';
import { ALL_SCENES, settleDeep, type Host } from './scenes.ts';
import { ELEMENT_SCENES } from './elements.ts';
import { deepAll } from '../flows/helpers.ts';

const SPACING = new CSSStyleSheet();
SPACING.replaceSync(`
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`);

/** Adds the spacing to the document and to every shadow root under `root` (new ones included). */
function applySpacing(root: Host): void {
  if (!document.adoptedStyleSheets.includes(SPACING)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, SPACING];
  for (const el of [root, ...deepAll(root.shadowRoot!, '*')]) {
    const sr = el.shadowRoot;
    if (sr && !sr.adoptedStyleSheets.includes(SPACING)) sr.adoptedStyleSheets = [...sr.adoptedStyleSheets, SPACING];
  }
}

const hiddenText = (el: Element) => el.classList.contains('sr-only') || getComputedStyle(el).clipPath !== 'none';

/** Elements that clip their own content and hold more text than they show. */
function clipped(root: Host): string[] {
  const out: string[] = [];
  for (const el of deepAll(root.shadowRoot!, '*')) {
    if (!(el instanceof HTMLElement) || hiddenText(el) || !el.textContent?.trim()) continue;
    if (el.getClientRects().length === 0) continue;
    const cs = getComputedStyle(el);
    const clipsX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
    const clipsY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
    if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1)) {
      const host = (el.getRootNode() as ShadowRoot).host;
      out.push(`${host?.localName} > ${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${el.textContent.trim().slice(0, 30)}" (${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight})`);
    }
  }
  return out;
}

describe('text spacing (WCAG 1.4.12)', () => {
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== SPACING);
  });

  it('the check itself: the spacing reaches a shadow root, and a box that cuts text off is found', async () => {
    const host = document.createElement('div') as unknown as Host;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p style="block-size: 2.5em; overflow: hidden; margin: 0; line-height: normal">Line one<br>Line two</p><p>Fits</p>';
    document.body.append(host);
    try {
      expect(clipped(host)).to.deep.equal([]);
      applySpacing(host);
      const p = host.shadowRoot!.querySelector('p')!;
      expect(getComputedStyle(p).letterSpacing).to.not.equal('normal');
      expect(clipped(host)).to.have.length(1);
    } finally {
      host.remove();
    }
  });

  for (const scene of ALL_SCENES) {
    it(`${scene.name}: no text cut off in any state`, async () => {
      const found = new Set<string>();
      await scene.run('en', async (state, el) => {
        await settleDeep(el);
        applySpacing(el);
        await settleDeep(el);
        for (const c of clipped(el)) found.add(`${state}: ${c}`);
      });
      expect([...found]).to.deep.equal([]);
    });
  }
  for (const scene of ELEMENT_SCENES) {
    it(`${scene.name}: no text cut off`, async () => {
      const { el, close } = await scene.mount('en');
      try {
        await settleDeep(el);
        applySpacing(el);
        await settleDeep(el);
        expect(clipped(el)).to.deep.equal([]);
      } finally {
        close();
      }
    });
  }
});
