import { expect, fixture, html } from '@open-wc/testing';
import { themeCss } from '../../src/styles/themes.ts';
import { TOKENS, tokenProperty, type TokenName } from '../../src/styles/tokens.ts';
import { APPEARANCE_TOKENS, applyAppearance } from '../../src/styles/appearance.ts';
import { controlStyles, focusRing } from '../../src/styles/shared.ts';
import '../../src/components/dots-text-field/define.ts';
import type { DotsTextField } from '../../src/components/dots-text-field/dots-text-field.ts';

describe('theme files', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`src/styles/themes/${theme}.css is generated from the tokens`, async () => {
      const text = await (await fetch(new URL(`../../src/styles/themes/${theme}.css`, import.meta.url))).text();
      expect(text).to.equal(themeCss(theme));
    });
  }
});

describe('appearance', () => {
  it('has a key for every token', () => {
    const covered = new Set<string>(Object.values(APPEARANCE_TOKENS));
    const missing = (Object.keys(TOKENS) as TokenName[]).map(tokenProperty).filter((p) => !covered.has(p));
    expect(missing).to.deep.equal([]);
  });

  it('sets tokens at runtime, in place, and removes ones no longer given', async () => {
    const el = await fixture<DotsTextField>(html`<dots-text-field label="A" value="typed"></dots-text-field>`);
    const input = el.shadowRoot!.querySelector('input')!;
    applyAppearance(el, { inputBackgroundColor: '#123456', borderRadius: 12 });
    expect(getComputedStyle(input).backgroundColor).to.equal('rgb(18, 52, 86)');
    expect(getComputedStyle(input).borderTopLeftRadius).to.equal('12px');
    applyAppearance(el, { inputBackgroundColor: '#654321' });
    expect(getComputedStyle(input).backgroundColor).to.equal('rgb(101, 67, 33)');
    expect(el.style.getPropertyValue('--dots-border-radius')).to.equal('');
    // Same input node, same value: nothing was re-created.
    expect(el.shadowRoot!.querySelector('input')).to.equal(input);
    expect(input.value).to.equal('typed');
  });

  it('is a property of every element too', async () => {
    const el = await fixture<DotsTextField>(html`<dots-text-field label="A" .appearance=${{ inputTextColor: 'rgb(1, 2, 3)' }}></dots-text-field>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('input')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('refuses unknown keys', () => {
    const el = document.createElement('div');
    expect(() => applyAppearance(el, { primaryColour: 'red' } as never)).to.throw();
  });
});

describe('shared styles', () => {
  it('respect forced colours', () => {
    expect(focusRing.cssText).to.contain('forced-colors: active');
    expect(controlStyles.cssText).to.contain('forced-colors: active');
  });
});
