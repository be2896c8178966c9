// What `import 'dots-flows/onboarding'` registers up front, and what arrives later: the sign-in
// code and profile screens come with their steps, the backend's messages with the alert. This file
// imports only the onboarding entry, so nothing else has defined those parts before it runs.
import { expect, html } from '@open-wc/testing';
import '../../src/onboarding.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import { buildFlow, type DotsContext } from '../../src/core/flows/index.ts';
import { createFlowActor } from '../../src/core/machine/index.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { bench, editing, fill, until as untilActor, type Bench } from '../machine/harness.ts';
import { editingOn, until } from './helpers.ts';
import { errorText, field, setField, button } from './fields.ts';

const PHONE = { country_code: '1', phone_number: '2015550101' };

/** The field's visible message, polled: '' while the screen (or the field) is not there yet. */
async function messageOf(flow: DotsFlow, name: string): Promise<string> {
  const read = () => {
    try {
      return errorText(flow, name);
    } catch {
      return '';
    }
  };
  for (let i = 0; i < 100 && !read(); i++) await new Promise((r) => setTimeout(r, 20));
  return read();
}

describe('the onboarding entry: first download and what comes later', () => {
  let b: Bench;
  beforeEach(async () => {
    b = await bench({ sandbox_magic_code: false });
  });
  afterEach(() => {
    b.close();
    sessionStorage.clear();
  });

  const mount = (tpl: ReturnType<typeof html>) => fixtureIn<DotsFlow>({ lang: 'en' }, tpl);

  it('registers the phone screen up front, not the code field, the profile fields or the alert', () => {
    expect(customElements.get('dots-onboarding-flow')).to.not.equal(undefined);
    expect(customElements.get('dots-phone-input')).to.not.equal(undefined);
    expect(customElements.get('dots-otp-input')).to.equal(undefined);
    expect(customElements.get('dots-text-field')).to.equal(undefined);
    expect(customElements.get('dots-alert')).to.equal(undefined);
  });

  it("a draft resumed with a server error on its first screen waits for the backend's messages", async () => {
    // The first screen renders before the alert's chunk (with the backend's English) has arrived.
    const actor = createFlowActor<DotsContext>({ definition: buildFlow(['compliance'], { signIn: true }), adapter: b.adapter, today: '2026-01-15' });
    actor.start();
    await editing(actor, 'sign-in-phone');
    fill(actor, { country: 'US', phone: PHONE.phone_number });
    const saved = JSON.parse(JSON.stringify(actor.getSnapshot()));
    actor.stop();
    saved.errors = { phone: { key: 'errors.backend.rate_limited', source: 'server' } };
    expect(customElements.get('dots-alert'), 'the alert is not loaded before the flow asks for it').to.equal(undefined);

    const flow = await mount(html`<dots-onboarding-flow .adapter=${b.adapter} steps="compliance" .snapshot=${saved} no-draft></dots-onboarding-flow>`);
    expect(await messageOf(flow, 'phone')).to.equal('Too many requests. Wait a moment and try again.');
  });

  it("a draft resumed on a wrong code shows the backend's message on the code field", async () => {
    // The snapshot of a person who typed a wrong code, made headlessly so no element is loaded yet.
    const actor = createFlowActor<DotsContext>({ definition: buildFlow(['compliance'], { signIn: true }), adapter: b.adapter, today: '2026-01-15' });
    actor.start();
    await editing(actor, 'sign-in-phone');
    fill(actor, { country: 'US', phone: PHONE.phone_number });
    actor.send({ type: 'next' });
    await editing(actor, 'sign-in-code');
    fill(actor, { code: b.codeFor(PHONE) === '111111' ? '222222' : '111111' });
    actor.send({ type: 'next' });
    const failed = await untilActor(actor, (s) => s.status === 'failed');
    const saved = JSON.parse(JSON.stringify(failed));
    actor.stop();

    const flow = await mount(html`<dots-onboarding-flow .adapter=${b.adapter} steps="compliance" .snapshot=${saved} no-draft></dots-onboarding-flow>`);
    await until(flow, (s) => s.current === 'sign-in-code');
    expect(await messageOf(flow, 'code')).to.equal('That code is not right. Check it and try again.');
  });

  it('the code screen arrives with its step, and a person can sign in with it', async () => {
    const flow = await mount(html`<dots-onboarding-flow .adapter=${b.adapter} steps="compliance" no-draft></dots-onboarding-flow>`);
    await editingOn(flow, 'sign-in-phone');
    setField(flow, 'phone', PHONE.phone_number);
    button(flow, 'continue').click();
    await editingOn(flow, 'sign-in-code');
    expect(customElements.get('dots-otp-input')).to.not.equal(undefined);
    expect(field(flow, 'code').localName).to.equal('dots-otp-input');
    setField(flow, 'code', b.codeFor(PHONE));
    button(flow, 'continue').click();
    await editingOn(flow, 'sign-in-profile');
    expect(field(flow, 'first_name').localName).to.equal('dots-text-field');
    button(flow, 'continue').click();
    expect(await messageOf(flow, 'first_name')).to.equal('Enter your first name.');
  });
});
