import { expect, html } from '@open-wc/testing';
import '../../src/define.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { bench, type Bench } from '../machine/harness.ts';
import { deep, deepActive, editingOn, frame, headingFocused, headingText, snap, until, view } from './helpers.ts';

type Field = HTMLElement & { value: unknown; validationMessage: string; errorVisible: boolean };

/** Types into a field the way its element reports it: sets the value and fires its own input event. */
function setField(flow: DotsFlow, name: string, value: string | boolean): void {
  const el = view(flow).shadowRoot!.querySelector<Field>(`[name="${name}"]`);
  if (!el) throw new Error(`no field ${name} on ${snap(flow).current}`);
  const inner = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>('input:not([type=checkbox]), select:not(#country)');
  if (typeof value === 'boolean') {
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    if (box.checked !== value) box.click();
    return;
  }
  inner!.value = value;
  inner!.dispatchEvent(new Event(inner instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
  inner!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

function errorText(flow: DotsFlow, name: string): string {
  const el = view(flow).shadowRoot!.querySelector<Field>(`[name="${name}"]`)!;
  return el.errorVisible ? el.validationMessage : '';
}

const continueButton = (flow: DotsFlow) => flow.shadowRoot!.querySelector<HTMLElement>('[part~=continue]')!;
const summary = (flow: DotsFlow) => flow.shadowRoot!.querySelector<HTMLElement>('dots-error-summary');

describe('sign-in and compliance steps in <dots-flow>', () => {
  let b: Bench;
  beforeEach(async () => {
    b = await bench({ sandbox_magic_code: false });
  });
  afterEach(() => b.close());

  async function mount(tpl: ReturnType<typeof html>): Promise<DotsFlow> {
    return fixtureIn<DotsFlow>({ lang: 'en' }, tpl);
  }

  /** A new flow past the phone screen: a code was sent to `phone` (a US number). */
  async function onCodeScreen(phone: string): Promise<DotsFlow> {
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="compliance" no-draft></dots-flow>`);
    await editingOn(flow, 'sign-in-phone');
    setField(flow, 'phone', phone);
    continueButton(flow).click();
    await editingOn(flow, 'sign-in-code');
    return flow;
  }

  it('moving between the screens of sign-in, the live region says which screen', async () => {
    const flow = await onCodeScreen('2015550123');
    const live = () => flow.shadowRoot!.querySelector('[part=live-region]')?.textContent?.replace(/\s+/g, ' ').trim();
    // The announcer writes the region a moment after the change, so screen readers notice it.
    for (let i = 0; i < 50 && live() !== 'Step 1 of 2: Sign in, Enter your code'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(live()).to.equal('Step 1 of 2: Sign in, Enter your code');
  });

  it('phone: a wrong number gets a specific message, an error summary that takes focus, and stays axe clean', async () => {
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="compliance" no-draft></dots-flow>`);
    await editingOn(flow, 'sign-in-phone');
    await expect(flow).to.be.accessible();
    setField(flow, 'phone', '12');
    continueButton(flow).click();
    await until(flow, (s) => !!s.errors['phone']);
    await frame();
    await frame();
    expect(errorText(flow, 'phone')).to.equal('This phone number has the wrong number of digits.');
    expect(summary(flow)).to.not.equal(null);
    expect(deepActive()?.closest?.('[part~=base]') ?? deepActive()).to.not.equal(null);
    expect(flow.shadowRoot!.activeElement?.localName).to.equal('dots-error-summary');
    await expect(flow).to.be.accessible();
    // What was typed is still there.
    expect(snap(flow).values['sign-in-phone']?.['phone']).to.equal('12');
  });

  it('code: a wrong code is shown on the field; Resend announces; Use a different number goes back with the number kept', async () => {
    const flow = await onCodeScreen('2015550111');
    const right = b.codeFor({ country_code: '1', phone_number: '2015550111' });
    setField(flow, 'code', right === '123456' ? '654321' : '123456');
    continueButton(flow).click();
    await until(flow, (s) => s.status === 'failed');
    await frame();
    expect(errorText(flow, 'code')).to.equal('That code is not right. Check it and try again.');
    await expect(flow).to.be.accessible();

    const resend = [...view(flow).shadowRoot!.querySelectorAll<HTMLElement>('dots-button')].find((x) => x.textContent?.includes('Send a new code'))!;
    resend.click();
    await until(flow, (s) => s.status === 'editing' && s.values['sign-in-code']?.['code'] === '');
    await new Promise((r) => setTimeout(r, 80));
    expect(flow.shadowRoot!.querySelector('[part=live-region]')!.textContent).to.contain('We sent you a new code.');

    const other = [...view(flow).shadowRoot!.querySelectorAll<HTMLElement>('dots-button')].find((x) => x.textContent?.includes('different phone'))!;
    other.click();
    const s = await editingOn(flow, 'sign-in-phone');
    expect(s.values['sign-in-phone']?.['phone']).to.equal('2015550111');
  });

  it('profile: a recognised phone skips it; a new one must give name and email', async () => {
    b.user({ phone: '2015550190' });
    const flow = await onCodeScreen('2015550190');
    setField(flow, 'code', b.codeFor({ country_code: '1', phone_number: '2015550190' }));
    continueButton(flow).click();
    const s = await editingOn(flow, 'compliance-w9');
    expect(s.values['compliance-w9']?.['legal_name']).to.equal('Grace Hopper');
    await frame();
    expect(headingFocused(flow)).to.equal(true);
  });

  it('W-9: an empty Continue lists every problem; a summary link moves focus to its field', async () => {
    const userId = b.user();
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="compliance" user-id=${userId} no-draft></dots-flow>`);
    await editingOn(flow, 'compliance-w9');
    setField(flow, 'legal_name', '');
    continueButton(flow).click();
    await until(flow, (s) => Object.keys(s.errors).length > 3);
    await frame();
    await frame();
    const sum = summary(flow)!;
    const links = [...sum.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => a.textContent?.trim())).to.include.members(['Enter your legal name.', 'Enter your Social Security number.', 'Tick the box to certify the form.']);
    await expect(flow).to.be.accessible();
    links.find((a) => a.textContent?.includes('Social Security'))!.click();
    await frame();
    const active = deepActive();
    expect(active?.localName).to.equal('input');
    expect((active?.getRootNode() as ShadowRoot).host.getAttribute('name')).to.equal('tax_id');
  });

  it('W-9: a tax id the IRS never issues says so; a valid form saves and shows only the last four', async () => {
    const userId = b.user();
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="compliance manage-payouts" user-id=${userId} no-draft></dots-flow>`);
    await editingOn(flow, 'compliance-w9');
    for (const [k, v] of Object.entries({ tax_id: '666-12-3456', address_line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701' })) setField(flow, k, v);
    setField(flow, 'certified', true);
    continueButton(flow).click();
    await until(flow, (s) => !!s.errors['tax_id']);
    await frame();
    expect(errorText(flow, 'tax_id')).to.equal('This is not a valid Social Security number.');
    setField(flow, 'tax_id', '123-45-6789');
    continueButton(flow).click();
    await editingOn(flow, 'manage-payouts');
    expect(b.ledger.getUser(b.appId, userId).compliance.tax_id_last4).to.equal('6789');
    // Back to the form: the number is not kept, only its mask is shown in the hint.
    flow.shadowRoot!.querySelector<HTMLElement>('[part~=back]')!.click();
    await editingOn(flow, 'compliance-w9');
    const taxField = view(flow).shadowRoot!.querySelector<Field>('[name=tax_id]')!;
    expect(taxField.value).to.equal('');
    expect(taxField.shadowRoot!.textContent).to.contain('On file: •••• 6789');
    expect(snap(flow).values['compliance-w9']?.['city']).to.equal('Springfield');
    // Unchanged: Continue goes forward without re-entering the number.
    continueButton(flow).click();
    await editingOn(flow, 'manage-payouts');
  });

  it('W-8BEN for a payee outside the US: under 18 is refused with the age rule', async () => {
    const userId = b.user({ countryCode: '44', phone: '7400123456' });
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="compliance" user-id=${userId} no-draft></dots-flow>`);
    await editingOn(flow, 'compliance-w8ben');
    expect(headingText(flow)).to.equal('Tax information (Form W-8BEN)');
    const young = new Date();
    young.setUTCFullYear(young.getUTCFullYear() - 10);
    setField(flow, 'date_of_birth', young.toISOString().slice(0, 10));
    continueButton(flow).click();
    await until(flow, (s) => !!s.errors['date_of_birth']);
    await frame();
    expect(errorText(flow, 'date_of_birth')).to.equal('You must be at least 18 years old.');
    await expect(flow).to.be.accessible();
    for (const [k, v] of Object.entries({ date_of_birth: '1990-04-01', country_of_citizenship: 'GB', address_line1: '10 Downing St', city: 'London', postal_code: 'SW1A 2AA' })) setField(flow, k, v);
    setField(flow, 'certified', true);
    continueButton(flow).click();
    await until(flow, (s) => s.status === 'complete');
    expect(b.ledger.getUser(b.appId, userId).compliance.form).to.equal('w8ben');
  });

  it('id-verification: invalid then valid', async () => {
    const userId = b.user();
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="id-verification" user-id=${userId} no-draft></dots-flow>`);
    await editingOn(flow, 'id-verification');
    expect(snap(flow).values['id-verification']?.['document_country']).to.equal('US');
    setField(flow, 'document_number', '12');
    continueButton(flow).click();
    await until(flow, (s) => !!s.errors['document_number']);
    await frame();
    expect(errorText(flow, 'document_number')).to.equal('A document number is 4 to 30 characters.');
    expect(errorText(flow, 'document_type')).to.equal('Choose a document type.');
    await expect(flow).to.be.accessible();
    setField(flow, 'document_type', 'passport');
    setField(flow, 'document_number', 'X1234567');
    continueButton(flow).click();
    await until(flow, (s) => s.status === 'complete');
    expect(b.ledger.getUser(b.appId, userId).compliance.id_verified).to.equal(true);
    expect(deep(flow.shadowRoot!, '[part=complete]')).to.not.equal(null);
    await expect(flow).to.be.accessible();
  });
});
