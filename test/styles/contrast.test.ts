import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { contrastRatio, parseColor } from '../../src/styles/contrast.ts';
import { CONTRAST_PAIRS, TOKENS, tokenValue, type TokenName } from '../../src/styles/tokens.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import '../../src/components/dots-text-field/define.ts';
import type { DotsTextField } from '../../src/components/dots-text-field/dots-text-field.ts';

describe('contrast helper', () => {
  it('measures known ratios', () => {
    expect(contrastRatio('#000', '#fff')).to.be.closeTo(21, 0.001);
    expect(contrastRatio('#777777', '#777777')).to.equal(1);
    // #767676 on white is the classic 4.54:1
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(parseColor('rgb(1, 2, 3)')).to.deep.equal([1, 2, 3]);
  });
});

describe('default themes meet WCAG AA', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [fg, bg, min] of CONTRAST_PAIRS) {
      it(`${scheme}: ${fg} on ${bg} >= ${min}:1`, () => {
        const ratio = contrastRatio(tokenValue(fg, scheme), tokenValue(bg, scheme));
        expect(ratio, `${tokenValue(fg, scheme)} on ${tokenValue(bg, scheme)}`).to.be.at.least(min);
      });
    }
  }

  it('every colour token takes part in at least one measured pair', () => {
    const colours = (Object.keys(TOKENS) as TokenName[]).filter((n) => TOKENS[n].kind === 'color');
    const measured = new Set(CONTRAST_PAIRS.flatMap(([a, b]) => [a, b]));
    expect(colours.filter((c) => !measured.has(c))).to.deep.equal([]);
  });
});

describe('themes as rendered', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  const inputColours = (el: DotsTextField) => {
    const input = el.shadowRoot!.querySelector('input')!;
    const s = getComputedStyle(input);
    return { bg: s.backgroundColor, fg: s.color };
  };
  const rgb = (hex: string) => `rgb(${parseColor(hex).join(', ')})`;

  it('follows prefers-color-scheme by default', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<DotsTextField>(html`<dots-text-field label="A"></dots-text-field>`);
    expect(inputColours(el).bg).to.equal(rgb(tokenValue('input-background', 'dark')));
    await emulateMedia({ colorScheme: 'light' });
    expect(inputColours(el).bg).to.equal(rgb(tokenValue('input-background', 'light')));
  });

  it('theme attribute pins a scheme whatever the OS says', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<DotsTextField>(html`<dots-text-field theme="light" label="A"></dots-text-field>`);
    expect(inputColours(el)).to.deep.equal({ bg: rgb(tokenValue('input-background', 'light')), fg: rgb(tokenValue('input-text', 'light')) });
    el.theme = 'dark';
    await el.updateComplete;
    expect(inputColours(el)).to.deep.equal({ bg: rgb(tokenValue('input-background', 'dark')), fg: rgb(tokenValue('input-text', 'dark')) });
  });

  it('an ancestor pins the scheme for nested elements through --dots-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await fixtureIn<DotsTextField>({ style: '--dots-color-scheme: dark' }, html`<dots-text-field label="A"></dots-text-field>`);
    expect(inputColours(el).bg).to.equal(rgb(tokenValue('input-background', 'dark')));
  });

  it('host tokens win over defaults and inherit into the shadow root', async () => {
    const el = await fixtureIn<DotsTextField>({ style: '--dots-input-background: #102030; --dots-font-family: Georgia' }, html`<dots-text-field label="A"></dots-text-field>`);
    expect(inputColours(el).bg).to.equal('rgb(16, 32, 48)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('label')!).fontFamily).to.equal('Georgia');
  });

  it('inherits the host page font by default', async () => {
    const el = await fixtureIn<DotsTextField>({ style: "font-family: 'Courier New'; font-size: 19px" }, html`<dots-text-field label="A"></dots-text-field>`);
    const label = getComputedStyle(el.shadowRoot!.querySelector('label')!);
    expect(label.fontFamily).to.contain('Courier New');
    expect(label.fontSize).to.equal('19px');
  });

  it('drops transitions when the user prefers reduced motion', async () => {
    const el = await fixture<DotsTextField>(html`<dots-text-field label="A"></dots-text-field>`);
    expect(getComputedStyle(el).getPropertyValue('--_dots-transition-duration').trim()).to.equal('150ms');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(el).getPropertyValue('--_dots-transition-duration').trim()).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('controls are at least 24px tall and wide (target size)', async () => {
    const el = await fixture<DotsTextField>(html`<dots-text-field label="A"></dots-text-field>`);
    const r = el.shadowRoot!.querySelector('input')!.getBoundingClientRect();
    expect(r.height).to.be.at.least(24);
    expect(r.width).to.be.at.least(24);
  });
});
