import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/dots-phone-input/define.ts';
import type { DotsPhoneInput } from '../../src/components/dots-phone-input/dots-phone-input.ts';
import type { DotsPhoneDetail } from '../../src/components/events.ts';

describe('dots-phone-input', () => {
  it('ties both controls to labels in its shadow root', async () => {
    const el = await fixture<DotsPhoneInput>(html`<dots-phone-input name="phone" required lang="en"></dots-phone-input>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('input')!.labels?.[0]?.textContent).to.contain('Phone number');
    expect(root.querySelector('select')!.labels?.[0]?.textContent).to.contain('Country');
    expect(root.querySelector('input')!.autocomplete).to.equal('tel-national');
    expect(root.querySelector('select option[value=US]')!.textContent).to.equal('United States (+1)');
    await expect(el).to.be.accessible();
  });

  it('shows the chosen country at once and the whole list a task later, without losing the choice', async () => {
    // The phone library in first, so the single option below is the deferral, not the library loading.
    const first = await fixture<DotsPhoneInput>(html`<dots-phone-input lang="en"></dots-phone-input>`);
    expect(first.shadowRoot!.querySelector('select')!.options.length).to.be.greaterThan(200);
    first.remove();
    const el = document.createElement('dots-phone-input') as DotsPhoneInput;
    el.country = 'GB';
    el.setAttribute('lang', 'en');
    document.body.append(el);
    try {
      // The first render, before the task that lists every country.
      while (!el.hasUpdated) await Promise.resolve();
      await new Promise<void>((r) => queueMicrotask(r));
      const select = () => el.shadowRoot!.querySelector('select')!;
      expect(select().options.length, 'one option in the first render').to.equal(1);
      expect(select().value).to.equal('GB');
      await el.updateComplete;
      expect(select().options.length, 'every country once the list is in').to.be.greaterThan(200);
      expect(select().value).to.equal('GB');
      expect(select().selectedOptions[0]!.textContent).to.equal('United Kingdom (+44)');
    } finally {
      el.remove();
    }
  });

  it('gives E.164 and the API fields for a valid number', async () => {
    const el = await fixture<DotsPhoneInput>(html`<dots-phone-input name="phone" country="US"></dots-phone-input>`);
    let last: DotsPhoneDetail | undefined;
    el.addEventListener('dots-input', (e) => (last = e.detail as DotsPhoneDetail));
    el.focus();
    await sendKeys({ type: '(201) 555-0123' });
    expect(el.value).to.equal('+12015550123');
    expect(last).to.include({ value: '+12015550123', country: 'US', country_code: '1', phone_number: '2015550123', reason: null });
  });

  it('says what is wrong after blur, and re-checks when the country changes', async () => {
    const el = await fixture<DotsPhoneInput>(html`<dots-phone-input name="phone" country="US" lang="en"></dots-phone-input>`);
    el.focus();
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect(el.reason).to.equal('length');
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('wrong number of digits');
    await expect(el).to.be.accessible();

    el.national = '20 7946 0958';
    el.country = 'GB';
    await el.updateComplete;
    expect(el.value).to.equal('+442079460958');
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent!.trim()).to.equal('');
  });

  it('fills country and number from an E.164 value', async () => {
    const el = await fixture<DotsPhoneInput>(html`<dots-phone-input value="+33612345678"></dots-phone-input>`);
    expect(el.country).to.equal('FR');
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('612345678');
    expect(el.shadowRoot!.querySelector('select')!.value).to.equal('FR');
  });

  it('lists country names in the page language, limited when asked', async () => {
    const el = await fixture<DotsPhoneInput>(html`<dots-phone-input lang="es" .countries=${['US', 'MX', 'ES']} country="MX"></dots-phone-input>`);
    const options = [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).to.deep.equal(['España (+34)', 'Estados Unidos (+1)', 'México (+52)']);
  });
});
