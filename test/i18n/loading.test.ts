import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { catalogs, hasCatalog, loadCatalog, registerCatalog, translate } from '../../src/i18n/index.ts';
import en from '../../src/i18n/locales/en/index.ts';
import '../../src/components/dots-button/define.ts';
import type { DotsButton } from '../../src/components/dots-button/dots-button.ts';

// Each test file runs in a fresh page, so no catalog but English is loaded when this one starts.
describe('catalogs load on demand', () => {
  it('ships English only; another locale shows English until its catalog is loaded', async () => {
    expect(hasCatalog('en')).to.equal(true);
    expect(hasCatalog('fr')).to.equal(false);
    expect(Object.keys(catalogs)).to.deep.equal(['en']);
    expect(translate('fr', 'common.continue')).to.equal('Continue');
    const first = loadCatalog('fr');
    expect(loadCatalog('fr')).to.equal(first, 'one load per locale at a time');
    await first;
    expect(hasCatalog('fr')).to.equal(true);
    expect(translate('fr', 'common.continue')).to.equal('Continuer');
  });

  it('an element renders in its language from the first render (updateComplete includes the load)', async () => {
    expect(hasCatalog('pt-BR')).to.equal(false);
    const el = await fixture<DotsButton>(html`<dots-button lang="pt" busy>Go</dots-button>`);
    expect(hasCatalog('pt-BR')).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('Aguarde');
  });

  it('an element switched to a language not loaded yet re-renders in it once loaded', async () => {
    expect(hasCatalog('ar')).to.equal(false);
    const el = await fixture<DotsButton>(html`<dots-button lang="en" busy>Go</dots-button>`);
    expect(el.shadowRoot!.textContent).to.contain('Please wait');
    el.setAttribute('lang', 'ar');
    await nextFrame();
    await el.updateComplete;
    expect(hasCatalog('ar')).to.equal(true);
    expect(el.shadowRoot!.textContent).to.not.contain('Please wait');
    expect(el.shadowRoot!.textContent).to.match(/[\u0600-\u06FF]/);
  });

  it('a host can register a catalog of its own', () => {
    registerCatalog('es', { ...en, common: { ...en.common, continue: 'Seguir' } });
    expect(translate('es', 'common.continue')).to.equal('Seguir');
  });
});
