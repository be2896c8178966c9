import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/dots-select/define.ts';
import '../../src/components/dots-checkbox/define.ts';
import type { DotsSelect } from '../../src/components/dots-select/dots-select.ts';
import type { DotsCheckbox } from '../../src/components/dots-checkbox/dots-checkbox.ts';

const options = [
  { value: 'individual', label: 'Individual' },
  { value: 'business', label: 'Business' },
];

describe('dots-select', () => {
  it('ties its label, offers a translated placeholder and picks with the keyboard', async () => {
    const el = await fixture<DotsSelect>(html`<dots-select name="kind" label="Account type" required lang="es" .options=${options}></dots-select>`);
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.labels?.[0]?.textContent).to.contain('Account type');
    expect(select.options[0]!.textContent).to.equal('Elige…');
    await expect(el).to.be.accessible();
    el.focus();
    const change = oneEvent(el, 'dots-change');
    select.value = 'business';
    select.dispatchEvent(new Event('change'));
    expect((await change).detail).to.deep.equal({ name: 'kind', value: 'business' });
    expect(el.value).to.equal('business');
  });

  it('shows the owner error once submitted', async () => {
    const el = await fixture<DotsSelect>(html`<dots-select name="kind" label="Type" .options=${options}></dots-select>`);
    el.error = 'errors.select.required';
    el.submitted = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('select')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('Choose an option.');
    await expect(el).to.be.accessible();
  });
});

describe('dots-checkbox', () => {
  it('toggles with Space and reports a boolean', async () => {
    const el = await fixture<DotsCheckbox>(html`<dots-checkbox name="certify" label="I certify this is correct" required></dots-checkbox>`);
    const box = el.shadowRoot!.querySelector('input')!;
    expect(box.labels?.[0]?.textContent).to.contain('I certify');
    el.focus();
    const change = oneEvent(el, 'dots-change');
    await sendKeys({ press: 'Space' });
    expect((await change).detail).to.deep.equal({ name: 'certify', value: true });
    expect(el.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows its error, linked by aria-describedby', async () => {
    const el = await fixture<DotsCheckbox>(html`<dots-checkbox name="c" label="Accept" hint="Required by law" submitted></dots-checkbox>`);
    el.error = 'errors.checkbox.required';
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector('input')!;
    expect(box.getAttribute('aria-describedby')).to.equal('hint error');
    expect(el.shadowRoot!.getElementById('error')!.textContent).to.contain('You must tick this box');
    await expect(el).to.be.accessible();
  });
});
