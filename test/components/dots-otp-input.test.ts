import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/dots-otp-input/define.ts';
import type { DotsOtpInput } from '../../src/components/dots-otp-input/dots-otp-input.ts';

describe('dots-otp-input', () => {
  it('is one labelled input the browser can fill from an SMS', async () => {
    const el = await fixture<DotsOtpInput>(html`<dots-otp-input name="code" lang="en"></dots-otp-input>`);
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.autocomplete).to.equal('one-time-code');
    expect(input.inputMode).to.equal('numeric');
    expect(input.labels?.[0]?.textContent).to.contain('Verification code');
    expect(el.shadowRoot!.getElementById('hint')!.textContent).to.equal('Enter the 6-digit code we sent you.');
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
    await expect(el).to.be.accessible();
  });

  it('keeps digits only and fires dots-complete at six', async () => {
    const el = await fixture<DotsOtpInput>(html`<dots-otp-input name="code"></dots-otp-input>`);
    el.focus();
    const done = oneEvent(el, 'dots-complete');
    await sendKeys({ type: '123 45-6' });
    const ev = await done;
    expect(ev.detail).to.deep.equal({ name: 'code', value: '123456', complete: true });
    expect(el.value).to.equal('123456');
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('123456');
  });

  it('shows a length error after blur on a short code', async () => {
    const el = await fixture<DotsOtpInput>(html`<dots-otp-input lang="fr"></dots-otp-input>`);
    el.focus();
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('Le code comporte 6 chiffres.');
    await expect(el).to.be.accessible();
  });
});
