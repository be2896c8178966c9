import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixtureIn, fixtureParent } from '../helpers/fixture.ts';
import '../../src/components/dots-text-field/define.ts';
// The amount messages used below arrive with the money input's module, as on a page.
import '../../src/components/dots-money-input/define.ts';
import type { DotsTextField } from '../../src/components/dots-text-field/dots-text-field.ts';

const parts = (el: DotsTextField) => {
  const root = el.shadowRoot!;
  return {
    input: root.querySelector('input')!,
    label: root.querySelector('label')!,
    error: root.querySelector('[part=error]')!,
    hint: root.querySelector('[part=hint]'),
  };
};

describe('dots-text-field', () => {
  it('ties the label, hint and error to the input in one shadow root', async () => {
    const el = await fixture<DotsTextField>(html`<dots-text-field name="first_name" label="First name" hint="As on your ID" required></dots-text-field>`);
    const { input, label, hint } = parts(el);
    expect(label.htmlFor).to.equal(input.id);
    expect(input.labels?.[0]).to.equal(label);
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
    expect(el.shadowRoot!.getElementById('hint')).to.equal(hint);
    await expect(el).to.be.accessible();
  });

  it('translates catalog keys in label and shows the optional marker', async () => {
    const el = await fixture<DotsTextField>(html`<dots-text-field lang="es" name="x" label="common.phone.label"></dots-text-field>`);
    expect(parts(el).label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Número de teléfono (opcional)');
  });

  it('emits dots-input while typing and dots-change on commit', async () => {
    const el = await fixture<DotsTextField>(html`<dots-text-field name="city" label="City"></dots-text-field>`);
    el.focus();
    const inputs: string[] = [];
    el.addEventListener('dots-input', (e) => inputs.push(e.detail.value as string));
    await sendKeys({ type: 'Lyon' });
    expect(inputs.at(-1)).to.equal('Lyon');
    expect(el.value).to.equal('Lyon');
    const change = oneEvent(el, 'dots-change');
    await sendKeys({ press: 'Tab' });
    const ev = await change;
    expect(ev.detail).to.deep.equal({ name: 'city', value: 'Lyon' });
    expect(ev.bubbles && ev.composed).to.equal(true);
  });

  it('does not show an error while first typing; shows it after blur, then updates live', async () => {
    const el = await fixture<DotsTextField>(html`<dots-text-field name="email" label="Email" type="email" required></dots-text-field>`);
    el.error = 'errors.email.format';
    el.focus();
    await sendKeys({ type: 'ab' });
    await el.updateComplete;
    const { input, error } = parts(el);
    expect(error.textContent!.trim()).to.equal('');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.touched).to.equal(true);
    expect(error.textContent).to.contain('Enter an email address like name@example.com.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('error');
    await expect(el).to.be.accessible();
    el.error = null;
    await el.updateComplete;
    expect(error.textContent!.trim()).to.equal('');
  });

  it('does not mark a field touched when merely tabbed through', async () => {
    const el = await fixture<DotsTextField>(html`<dots-text-field name="a" label="A" required></dots-text-field>`);
    el.error = 'errors.required';
    el.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.touched).to.equal(false);
    expect(el.errorVisible).to.equal(false);
  });

  it('shows errors on untouched fields after a submit attempt, text or key with params', async () => {
    const el = await fixture<DotsTextField>(html`<dots-text-field name="a" label="A"></dots-text-field>`);
    el.error = { key: 'errors.amount.too_small', params: { min: '$1.00' } };
    el.submitted = true;
    await el.updateComplete;
    expect(parts(el).error.textContent).to.contain('The amount must be at least $1.00.');
    el.error = 'Server says no';
    await el.updateComplete;
    expect(parts(el).error.textContent).to.contain('Server says no');
    expect(parts(el).error.textContent).to.contain('Error:');
  });

  it('forwards autocomplete and inputmode, and takes part in forms', async () => {
    const form = fixtureParent('form');
    const el = await fixture<DotsTextField>(html`<dots-text-field name="zip" label="ZIP" autocomplete="postal-code" inputmode="numeric" value="12345"></dots-text-field>`, { parentNode: form });
    const { input } = parts(el);
    expect(input.autocomplete).to.equal('postal-code');
    expect(input.inputMode).to.equal('numeric');
    expect(new FormData(form).get('zip')).to.equal('12345');
  });

  it('renders right to left in Arabic', async () => {
    const el = await fixtureIn<DotsTextField>({ lang: 'ar' }, html`<dots-text-field name="a" label="common.money.label"></dots-text-field>`);
    expect(parts(el).label.textContent).to.contain('المبلغ');
    expect(getComputedStyle(parts(el).input).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
