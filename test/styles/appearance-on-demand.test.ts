import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/dots-text-field/define.ts';
import type { DotsTextField } from '../../src/components/dots-text-field/dots-text-field.ts';
import { appearanceModule } from '../../src/styles/appearance-loader.ts';

// One page per test file: nothing else here has loaded the appearance module.
describe('the appearance module loads on demand', () => {
  it('is not fetched for elements without an appearance; the first render with one already shows it', async () => {
    const plain = await fixture<DotsTextField>(html`<dots-text-field label="A"></dots-text-field>`);
    expect(plain.shadowRoot!.querySelector('input')).to.not.equal(null);
    expect(appearanceModule(), 'no appearance, no download').to.equal(undefined);

    // Not yet rendered when the module arrives: the element waits for it, so its first paint has the look.
    const styled = document.createElement('dots-text-field') as DotsTextField;
    styled.label = 'B';
    styled.appearance = { inputTextColor: 'rgb(1, 2, 3)' };
    document.body.append(styled);
    await styled.updateComplete;
    expect(appearanceModule(), 'downloaded once asked for').to.not.equal(undefined);
    expect(getComputedStyle(styled.shadowRoot!.querySelector('input')!).color).to.equal('rgb(1, 2, 3)');

    // Later changes apply in place, and removing it restores the theme's value.
    plain.appearance = { inputTextColor: 'rgb(4, 5, 6)' };
    await plain.updateComplete;
    expect(getComputedStyle(plain.shadowRoot!.querySelector('input')!).color).to.equal('rgb(4, 5, 6)');
    plain.appearance = undefined;
    await plain.updateComplete;
    expect(getComputedStyle(plain.shadowRoot!.querySelector('input')!).color).to.not.equal('rgb(4, 5, 6)');
    styled.remove();
  });
});
