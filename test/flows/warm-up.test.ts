/**
 * Issue 9 ("the first field within one frame of the script being ready"): `warmUp()` renders a
 * flow's first screen once where nobody sees, hears or reaches it, so that the page's first real
 * insertion is as quick as a second one. It must leave nothing behind: no element, no event, no
 * draft, no backend call.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/components/onboarding-flow/define.ts';
import { DotsOnboardingFlow } from '../../src/components/onboarding-flow/onboarding-flow.ts';
import type { DotsFlowEventMap } from '../../src/components/flow/events.ts';
import type { DotsEventMap } from '../../src/components/events.ts';
import { noBackend, warmUp } from '../../src/components/flow/warm-up.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { bench, type Bench } from '../machine/harness.ts';
import { editingOn, recordEvents, until, view } from './helpers.ts';
import { button, setField } from './fields.ts';

/** Every event a flow or its parts dispatch (the type check keeps the list complete). */
const EVENTS = Object.keys({
  'dots-ready': 1,
  'dots-step-change': 1,
  'dots-step-complete': 1,
  'dots-flow-complete': 1,
  'dots-flow-exit': 1,
  'dots-flow-error': 1,
  'dots-flow-input': 1,
  'dots-input': 1,
  'dots-change': 1,
  'dots-complete': 1,
  'dots-retry': 1,
  'dots-dismiss': 1,
  'dots-error-focus': 1,
} satisfies Record<keyof DotsFlowEventMap | keyof DotsEventMap, 1>);

describe('DotsFlow.warmUp()', () => {
  let b: Bench;
  beforeEach(async () => {
    b = await bench({ sandbox_magic_code: true });
  });
  afterEach(() => b.close());

  it('renders the first screen once, hidden, inert and silent, then takes it out', async () => {
    const added: HTMLElement[] = [];
    const whileIn: Array<{ hidden: boolean; inert: boolean; ariaHidden: string | null }> = [];
    const observer = new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (node instanceof HTMLElement) {
            added.push(node);
            whileIn.push({ hidden: node.hidden, inert: node.inert, ariaHidden: node.getAttribute('aria-hidden') });
          }
    });
    observer.observe(document.body, { childList: true });
    const heard: string[] = [];
    const hear = (e: Event) => heard.push(e.type);
    for (const type of EVENTS) {
      window.addEventListener(type, hear, true);
      document.addEventListener(type, hear);
    }
    const drafts = sessionStorage.length;
    const children = document.body.children.length;
    try {
      await DotsOnboardingFlow.warmUp();
    } finally {
      observer.disconnect();
      for (const type of EVENTS) {
        window.removeEventListener(type, hear, true);
        document.removeEventListener(type, hear);
      }
    }

    expect(added).to.have.length(1);
    expect(whileIn[0]).to.deep.equal({ hidden: true, inert: true, ariaHidden: 'true' });
    const box = added[0]!;
    expect(box.isConnected, 'taken out').to.equal(false);
    expect(document.body.children.length).to.equal(children);
    // What it rendered: the sign-in screen with its phone field, all the way down.
    const flow = box.querySelector('dots-onboarding-flow')!;
    expect(flow).to.be.instanceOf(DotsOnboardingFlow);
    const screen = flow.shadowRoot!.querySelector('[data-step-view]')!;
    expect(screen.localName).to.equal('dots-sign-in-step');
    expect(screen.shadowRoot!.querySelector('dots-phone-input')?.shadowRoot?.querySelector('input')).to.not.equal(null);
    expect(flow.actor, 'stopped once taken out').to.satisfy((a: { running: boolean } | null) => !a || !a.running);
    expect(heard, 'the page heard nothing').to.deep.equal([]);
    expect(sessionStorage.length, 'no draft').to.equal(drafts);
  });

  it('runs once per class: a second call returns the same promise', () => {
    expect(DotsOnboardingFlow.warmUp()).to.equal(DotsOnboardingFlow.warmUp());
  });

  it('does nothing when the page already shows such a flow', async () => {
    const shown = await fixtureIn<DotsOnboardingFlow>({ lang: 'en' }, html`<dots-onboarding-flow .adapter=${b.adapter} no-draft></dots-onboarding-flow>`);
    await editingOn(shown, 'sign-in-phone');
    const added: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => added.push(...r.addedNodes)));
    observer.observe(document.body, { childList: true });
    await warmUp(DotsOnboardingFlow);
    observer.disconnect();
    expect(added).to.deep.equal([]);
  });

  it('its backend answers nothing: a call fails as an unavailable backend would', async () => {
    let error: unknown = null;
    await noBackend.getAppSettings().catch((e: unknown) => (error = e));
    expect(error).to.include({ code: 'unavailable', retryable: false });
  });

  it('a flow inserted afterwards runs as usual: ready event, typing, the code screen', async () => {
    await DotsOnboardingFlow.warmUp();
    const flow = await fixtureIn<DotsOnboardingFlow>({ lang: 'en' }, html`<dots-onboarding-flow .adapter=${b.adapter} no-draft></dots-onboarding-flow>`);
    const heard = recordEvents(flow);
    await editingOn(flow, 'sign-in-phone');
    expect(view(flow).localName).to.equal('dots-sign-in-step');
    setField(flow, 'phone', '2015550123');
    button(flow, 'continue').click();
    await until(flow, (s) => s.current === 'sign-in-code');
    expect(heard.map((e) => e.type)).to.include('dots-step-change');
  });
});
