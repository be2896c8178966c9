import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { fixtureIn } from '../helpers/fixture.ts';
import { DotsElement } from '../../src/components/base/dots-element.ts';
import { AnnouncerController } from '../../src/controllers/announcer.ts';
import { FocusController } from '../../src/controllers/focus.ts';
import { FlowController } from '../../src/controllers/flow.ts';
import { buildFlow } from '../../src/core/flows/build.ts';
import type { DotsContext } from '../../src/core/flows/context.ts';
import { bench } from '../machine/harness.ts';
import '../../src/components/dots-button/define.ts';
import '../../src/components/dots-error-summary/define.ts';
import '../../src/components/dots-live-region/define.ts';
import type { DotsButton } from '../../src/components/dots-button/dots-button.ts';
import type { DotsLiveRegion } from '../../src/components/dots-live-region/dots-live-region.ts';

/** A miniature flow: text from the catalog, a nested dots element, one live region, focus management. */
class TestFlow extends DotsElement {
  @property() step = 'one';
  @property({ type: Boolean }) failed = false;
  readonly announcer = new AnnouncerController(this);
  readonly focusCtl = new FocusController(this, { key: () => this.step });
  override render() {
    return html`${this.announcer.region}
      <h2 data-step-heading>${this.step}</h2>
      <p id="t">${this.localize.t('common.continue')}</p>
      <p id="money">${this.localize.money(123456, 'EUR')}</p>
      <dots-error-summary .errors=${this.failed ? [{ message: 'errors.required' }] : []}></dots-error-summary>
      <dots-button id="next">${this.localize.t('common.continue')}</dots-button>`;
  }
  text(id: string) {
    return this.shadowRoot!.getElementById(id)!.textContent;
  }
  get localizer() {
    return this.localize;
  }
}
customElements.define('test-flow', TestFlow);

class PlainHost extends LitElement {
  override render() {
    return html`<test-flow></test-flow>`;
  }
}
customElements.define('plain-host', PlainHost);

const settle = async (el: LitElement) => {
  await nextFrame();
  await el.updateComplete;
};

describe('LocalizeController', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('uses the element lang, then the closest lang, then <html lang>, then English', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    const el = await fixture<TestFlow>(html`<test-flow></test-flow>`);
    expect(el.text('t')).to.equal('Continuer');
    el.setAttribute('lang', 'es');
    await settle(el);
    expect(el.text('t')).to.equal('Continuar');
    el.setAttribute('lang', 'de');
    await settle(el);
    expect(el.localizer.lang).to.equal('en');
    expect(el.text('t')).to.equal('Continue');
  });

  it('re-renders when an ancestor across a shadow root changes lang', async () => {
    const host = await fixtureIn<PlainHost>({ lang: 'en' }, html`<plain-host></plain-host>`);
    const flow = host.shadowRoot!.querySelector<TestFlow>('test-flow')!;
    await flow.updateComplete;
    expect(flow.text('t')).to.equal('Continue');
    host.parentElement!.setAttribute('lang', 'pt');
    await settle(flow);
    expect(flow.localizer.lang).to.equal('pt-BR');
    expect(flow.text('t')).to.equal('Continuar');
    host.setAttribute('lang', 'ar-EG');
    await settle(flow);
    expect(flow.localizer.lang).to.equal('ar');
    expect(flow.localizer.dir).to.equal('rtl');
    expect(flow.localizer.locale).to.equal('ar-EG');
  });

  it('nested dots elements follow the page lang too', async () => {
    const el = await fixtureIn<TestFlow>({ lang: 'en' }, html`<test-flow></test-flow>`);
    const button = el.shadowRoot!.querySelector<DotsButton>('dots-button')!;
    el.parentElement!.setAttribute('lang', 'fr');
    await settle(el);
    await button.updateComplete;
    button.busy = true;
    await button.updateComplete;
    expect(button.shadowRoot!.textContent).to.contain('Veuillez patienter');
  });

  it('formats money with the requested region', async () => {
    const el = await fixture<TestFlow>(html`<test-flow lang="en-US"></test-flow>`);
    expect(el.text('money')).to.equal('€1,234.56');
    el.setAttribute('lang', 'fr-FR');
    await settle(el);
    expect(el.text('money')!.replace(/\s/g, ' ')).to.equal('1 234,56 €');
  });

  it('applies per-instance overrides, also inside nested dots elements', async () => {
    const el = await fixture<TestFlow>(html`<test-flow lang="en" .strings=${{ 'common.continue': 'Next step', 'common.busy': 'Hold on' }}></test-flow>`);
    expect(el.text('t')).to.equal('Next step');
    const button = el.shadowRoot!.querySelector<DotsButton>('dots-button')!;
    button.busy = true;
    await button.updateComplete;
    expect(button.shadowRoot!.textContent).to.contain('Hold on');
    el.strings = { 'common.busy': 'One moment' };
    await el.updateComplete;
    await button.updateComplete;
    expect(button.shadowRoot!.textContent).to.contain('One moment');
    expect(el.text('t')).to.equal('Continue');
  });
});

describe('AnnouncerController and dots-live-region', () => {
  it('puts announcements in one polite region, repeating identical ones', async () => {
    const el = await fixture<TestFlow>(html`<test-flow></test-flow>`);
    const regions = el.shadowRoot!.querySelectorAll('[aria-live]');
    expect(regions.length).to.equal(1);
    expect(regions[0]!.getAttribute('aria-live')).to.equal('polite');
    expect(regions[0]!.getAttribute('role')).to.equal('status');
    el.announcer.announce('Step 2 of 3');
    await el.updateComplete;
    expect(regions[0]!.textContent).to.equal('');
    await waitUntil(() => regions[0]!.textContent === 'Step 2 of 3');
    el.announcer.announce('Step 2 of 3');
    await el.updateComplete;
    expect(regions[0]!.textContent).to.equal('');
    await waitUntil(() => regions[0]!.textContent === 'Step 2 of 3');
    expect(el.announcer.history).to.deep.equal(['Step 2 of 3', 'Step 2 of 3']);
  });

  it('dots-live-region announces too and is axe clean', async () => {
    const el = await fixture<DotsLiveRegion>(html`<dots-live-region></dots-live-region>`);
    el.announce('Saved');
    await waitUntil(() => el.shadowRoot!.querySelector('[role=status]')!.textContent === 'Saved');
    await expect(el).to.be.accessible();
  });
});

describe('FocusController', () => {
  it('leaves focus alone on first render, then moves it to the step heading on each change', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const el = await fixture<TestFlow>(html`<test-flow></test-flow>`);
    expect(document.activeElement).to.equal(outside);
    el.step = 'two';
    await waitUntil(() => el.shadowRoot!.activeElement?.hasAttribute('data-step-heading'));
    const heading = el.shadowRoot!.activeElement!;
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    expect(heading.textContent).to.equal('two');
    outside.remove();
  });

  it('moves focus to the error summary after a failed submit', async () => {
    const el = await fixture<TestFlow>(html`<test-flow lang="en"></test-flow>`);
    el.failed = true;
    const summary = await el.focusCtl.focusErrorSummary();
    expect(summary?.localName).to.equal('dots-error-summary');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary!.shadowRoot!.activeElement?.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });
});

describe('FlowController', () => {
  it('builds the actor\'s options only when the configuration key changes', async () => {
    const b = await bench({});
    const host = document.createElement('div') as unknown as HTMLElement & { addController(): void; requestUpdate(): void };
    host.addController = () => undefined;
    host.requestUpdate = () => undefined;
    const ctl = new FlowController<DotsContext>(host as never, { onNotice: () => undefined });
    let built = 0;
    const make = () => {
      built++;
      return { definition: buildFlow(['compliance'], { signIn: true }), adapter: b.adapter };
    };
    try {
      ctl.configure('a', make);
      const first = ctl.actor;
      ctl.configure('a', make);
      ctl.configure('a', make);
      expect(built, 'same key: options not built again').to.equal(1);
      expect(ctl.actor).to.equal(first);
      ctl.configure('b', make);
      expect(built).to.equal(2);
      expect(ctl.actor).to.not.equal(first);
      ctl.configure('b', null);
      expect(ctl.actor).to.equal(null);
    } finally {
      ctl.configure('off', null);
      b.close();
    }
  });
});
