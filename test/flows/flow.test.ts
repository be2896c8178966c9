import { expect, html } from '@open-wc/testing';
import '../../src/define.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import { provideAdapter } from '../../src/components/flow/context.ts';
import type { DotsFlowExitDetail, DotsStepChangeDetail, DotsStepCompleteDetail } from '../../src/components/flow/events.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { bench, type Bench } from '../machine/harness.ts';
import { editingOn, frame, headingFocused, headingText, recordEvents, snap, until, view } from './helpers.ts';
import { button, field, setField, viewButton } from './fields.ts';

const W9 = { tax_id: '123-45-6789', address_line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701' };

function fillW9(flow: DotsFlow): void {
  for (const [k, v] of Object.entries(W9)) setField(flow, k, v);
  setField(flow, 'certified', true);
}

const liveText = (flow: DotsFlow) => flow.shadowRoot!.querySelector('[part=live-region]')!.textContent ?? '';

describe('<dots-flow> frame: events, progress, resume, errors, redirect', () => {
  let b: Bench;
  beforeEach(async () => {
    b = await bench({});
  });
  afterEach(() => {
    b.close();
    sessionStorage.clear();
  });

  const mount = (tpl: ReturnType<typeof html>, attrs: Record<string, string> = { lang: 'en' }) => fixtureIn<DotsFlow>(attrs, tpl);

  it('events carry ids and masked values; progress is announced and focus lands on each heading', async () => {
    const userId = b.user();
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="compliance, manage-payouts" user-id=${userId} no-draft></dots-flow>`);
    const events = recordEvents(flow);
    await editingOn(flow, 'compliance-w9');
    const ready = events.find((e) => e.type === 'dots-ready')!.detail as { steps: string[]; flowId: string; userId: string };
    expect(ready.steps).to.deep.equal(['compliance', 'manage-payouts']);
    expect(ready.userId).to.equal(userId);
    expect(ready.flowId).to.be.a('string');
    fillW9(flow);
    button(flow, 'continue').click();
    await editingOn(flow, 'manage-payouts');
    await frame();
    expect(headingFocused(flow)).to.equal(true);
    expect(headingText(flow)).to.equal('How you get paid');
    await new Promise((r) => setTimeout(r, 80));
    expect(liveText(flow)).to.equal('Step 2 of 2: Payout methods');
    const stepper = flow.shadowRoot!.querySelector('dots-stepper')!;
    expect(stepper.shadowRoot!.querySelector('[aria-current=step]')!.textContent).to.contain('Payout methods');

    const change = events.find((e) => e.type === 'dots-step-change')!.detail as DotsStepChangeDetail;
    expect(change).to.deep.include({ step: 'manage-payouts', screen: 'manage-payouts', previousStep: 'compliance', index: 2, total: 2, userId });
    const complete = events.find((e) => e.type === 'dots-step-complete')!.detail as DotsStepCompleteDetail;
    expect(complete.step).to.equal('compliance');
    expect(complete.summary).to.deep.equal({ form: 'w9', tax_id_last4: '6789' });

    setField(flow, 'platform', 'ach');
    await until(flow, (s) => s.values['manage-payouts']?.['platform'] === 'ach');
    setField(flow, 'routing_number', '011000015');
    setField(flow, 'account_number', '000123456789');
    button(flow, 'continue').click();
    await until(flow, (s) => s.status === 'complete');
    const last = events.filter((e) => e.type === 'dots-step-complete').at(-1)!.detail as DotsStepCompleteDetail;
    expect(last.summary).to.deep.include({ default_platform: 'ach', default_mask: '6789' });
    const all = JSON.stringify(events);
    for (const secret of ['123456789', '123-45-6789', '000123456789']) expect(all).to.not.contain(secret);
    expect(events.map((e) => (e.detail as { flowId: string }).flowId).every((id) => id === ready.flowId)).to.equal(true);
    await frame();
    await expect(flow).to.be.accessible();
  });

  it('back and forward keep what was typed', async () => {
    const userId = b.user();
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} .steps=${['id-verification', 'compliance']} user-id=${userId} no-draft></dots-flow>`);
    await editingOn(flow, 'id-verification');
    setField(flow, 'document_type', 'passport');
    setField(flow, 'document_number', 'X1234567');
    button(flow, 'continue').click();
    await editingOn(flow, 'compliance-w9');
    setField(flow, 'city', 'Springfield');
    setField(flow, 'legal_name', 'Grace B. Hopper');
    button(flow, 'back').click();
    await editingOn(flow, 'id-verification');
    await frame();
    expect(headingFocused(flow)).to.equal(true);
    expect(field(flow, 'document_type').value).to.equal('passport');
    button(flow, 'continue').click();
    await editingOn(flow, 'compliance-w9');
    expect(field(flow, 'city').value).to.equal('Springfield');
    expect(field(flow, 'legal_name').value).to.equal('Grace B. Hopper');
  });

  it('resumes from a saved snapshot in a new element', async () => {
    const userId = b.user();
    const first = await mount(html`<dots-flow .adapter=${b.adapter} steps="compliance manage-payouts" user-id=${userId} no-draft></dots-flow>`);
    await editingOn(first, 'compliance-w9');
    fillW9(first);
    button(first, 'continue').click();
    await editingOn(first, 'manage-payouts');
    setField(first, 'platform', 'paypal');
    const saved = JSON.parse(JSON.stringify(first.getSnapshot()));
    first.remove();
    const second = await mount(html`<dots-flow .adapter=${b.adapter} steps="compliance manage-payouts" user-id=${userId} .snapshot=${saved} no-draft></dots-flow>`);
    const s = await editingOn(second, 'manage-payouts');
    expect(s.values['manage-payouts']?.['platform']).to.equal('paypal');
    expect(s.completed).to.include('compliance-w9');
    expect(s.flowId).to.equal(saved.flowId);
  });

  it('resumes from the sessionStorage draft after the element is re-created; the draft holds no tax id', async () => {
    const userId = b.user();
    const tpl = html`<dots-flow .adapter=${b.adapter} steps="compliance" user-id=${userId} draft-key="test-draft"></dots-flow>`;
    const first = await mount(tpl);
    await editingOn(first, 'compliance-w9');
    fillW9(first);
    await until(first, (s) => s.values['compliance-w9']?.['tax_id'] === '123-45-6789');
    const stored = sessionStorage.getItem('test-draft')!;
    expect(stored).to.contain('Springfield');
    expect(stored).to.not.contain('123-45-6789');
    expect(stored).to.not.contain('123456789');
    first.remove();
    const second = await mount(html`<dots-flow .adapter=${b.adapter} steps="compliance" user-id=${userId} draft-key="test-draft"></dots-flow>`);
    const s = await editingOn(second, 'compliance-w9');
    expect(s.values['compliance-w9']?.['city']).to.equal('Springfield');
    expect(field(second, 'tax_id').value).to.equal('');
    setField(second, 'tax_id', '123-45-6789');
    button(second, 'continue').click();
    await until(second, (x) => x.status === 'complete');
    expect(sessionStorage.getItem('test-draft'), 'draft removed when done').to.equal(null);
  });

  it('a failing backend shows what happened with Try again, focused, and the retry succeeds', async () => {
    const userId = b.user();
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="compliance" user-id=${userId} no-draft></dots-flow>`);
    const events = recordEvents(flow);
    await editingOn(flow, 'compliance-w9');
    fillW9(flow);
    b.adapter.faults.failNext('server', 1, 'submitCompliance');
    button(flow, 'continue').click();
    await until(flow, (s) => s.status === 'failed');
    await frame();
    await frame();
    const alert = flow.shadowRoot!.querySelector<HTMLElement>('dots-alert')!;
    expect(alert.shadowRoot!.textContent).to.contain('Something went wrong on our side. Try again in a moment.');
    expect(flow.shadowRoot!.activeElement).to.equal(alert);
    const err = events.find((e) => e.type === 'dots-flow-error')!.detail;
    expect(err).to.deep.include({ step: 'compliance', screen: 'compliance-w9', code: 'server', retryable: true, userId });
    await expect(flow).to.be.accessible();
    // Nothing typed was lost.
    expect(snap(flow).values['compliance-w9']?.['city']).to.equal('Springfield');
    alert.shadowRoot!.querySelector<HTMLElement>('[part~=retry]')!.click();
    await until(flow, (s) => s.status === 'complete');
    expect(b.ledger.getUser(b.appId, userId).compliance.form).to.equal('w9');
  });

  it('a failing load (the payout methods) offers Try again too', async () => {
    const userId = b.user({ bank: true });
    b.adapter.faults.failNext('network', 1, 'listPayoutMethods');
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="manage-payouts" user-id=${userId} no-draft></dots-flow>`);
    await until(flow, (s) => s.status === 'failed');
    await frame();
    const alert = flow.shadowRoot!.querySelector<HTMLElement>('dots-alert')!;
    expect(alert.shadowRoot!.textContent).to.contain('We could not connect');
    await expect(flow).to.be.accessible();
    alert.shadowRoot!.querySelector<HTMLElement>('[part~=retry]')!.click();
    const s = await editingOn(flow, 'manage-payouts');
    expect(s.context.payoutMethods).to.have.length(1);
  });

  it('redirect: counts down, can be stopped, and Continue asks the host before navigating', async () => {
    const userId = b.user();
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="redirect" user-id=${userId} redirect-url="https://example.com/done" redirect-seconds="30" no-draft></dots-flow>`);
    const exits: DotsFlowExitDetail[] = [];
    flow.addEventListener('dots-flow-exit', (e) => {
      e.preventDefault(); // the test page must not navigate
      exits.push(e.detail);
    });
    await editingOn(flow, 'redirect');
    await frame();
    const text = () => view(flow).shadowRoot!.textContent!;
    expect(text()).to.contain('You will go to example.com.');
    expect(text()).to.contain('Continuing automatically in 30 seconds.');
    await expect(flow).to.be.accessible();
    viewButton(flow, 'Stay on this page').click();
    await frame();
    expect(text()).to.contain('Automatic redirect stopped.');
    button(flow, 'continue').click();
    await until(flow, (s) => s.status === 'complete');
    expect(exits).to.deep.equal([{ flowId: snap(flow).flowId, userId, reason: 'redirect', step: 'redirect', url: 'https://example.com/done' }]);
  });

  it('redirect: a javascript: URL is never followed; the flow finishes where it is', async () => {
    const userId = b.user();
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="redirect" user-id=${userId} redirect-url="javascript:alert(1)" no-draft></dots-flow>`);
    const exits: unknown[] = [];
    flow.addEventListener('dots-flow-exit', (e) => {
      e.preventDefault();
      exits.push(e.detail);
    });
    await editingOn(flow, 'redirect');
    await frame();
    expect(view(flow).shadowRoot!.querySelector('dots-alert')).to.not.equal(null);
    button(flow, 'continue').click();
    await until(flow, (s) => s.status === 'complete');
    expect(exits).to.deep.equal([]);
  });

  it('takes the adapter from an ancestor through @lit/context, and speaks the page language', async () => {
    const userId = b.user();
    const host = document.createElement('section');
    host.lang = 'es';
    document.body.append(host);
    provideAdapter(host, b.adapter);
    const flow = document.createElement('dots-flow');
    flow.steps = ['id-verification'];
    flow.userId = userId;
    flow.noDraft = true;
    host.append(flow);
    try {
      await editingOn(flow, 'id-verification');
      await frame();
      expect(headingText(flow)).to.equal('Verifica tu identidad');
      expect(button(flow, 'continue').textContent?.trim()).to.equal('Continuar');
      await expect(flow).to.be.accessible();
    } finally {
      host.remove();
    }
  });

  it('lays out right to left in Arabic and stays axe clean', async () => {
    const userId = b.user();
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="compliance" user-id=${userId} no-draft></dots-flow>`, { lang: 'ar' });
    await editingOn(flow, 'compliance-w9');
    await frame();
    expect(flow.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    expect(headingText(flow)).to.equal('المعلومات الضريبية (النموذج W-9)');
    await expect(flow).to.be.accessible();
  });

  it('Exit asks the host, with no data but ids', async () => {
    const userId = b.user();
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="compliance" user-id=${userId} allow-exit no-draft></dots-flow>`);
    await editingOn(flow, 'compliance-w9');
    const exits: DotsFlowExitDetail[] = [];
    flow.addEventListener('dots-flow-exit', (e) => exits.push(e.detail));
    button(flow, 'exit').click();
    expect(exits).to.deep.equal([{ flowId: snap(flow).flowId, userId, reason: 'exit', step: 'compliance', url: null }]);
  });

  it('says so when there is no adapter, and is axe clean', async () => {
    const flow = await mount(html`<dots-flow steps="compliance" no-draft></dots-flow>`);
    await flow.updateComplete;
    expect(flow.shadowRoot!.querySelector('dots-alert')).to.not.equal(null);
    expect(flow.actor).to.equal(null);
    await expect(flow).to.be.accessible();
  });
});
