import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixtureIn } from '../helpers/fixture.ts';
import { parseMoney } from '../../src/i18n/parse-money.ts';
import '../../src/components/dots-money-input/define.ts';
import type { DotsMoneyInput } from '../../src/components/dots-money-input/dots-money-input.ts';
import type { DotsMoneyDetail } from '../../src/components/events.ts';

describe('parseMoney', () => {
  const ok: Array<[string, string, string, number]> = [
    ['12', 'en', 'USD', 1200],
    ['12.5', 'en', 'USD', 1250],
    ['1,234.56', 'en', 'USD', 123456],
    ['1,234', 'en', 'USD', 123400],
    ['12,5', 'en', 'USD', 1250],
    ['$12.00', 'en', 'USD', 1200],
    ['.5', 'en', 'USD', 50],
    ['1,234,567.89', 'en', 'USD', 123456789],
    ['12,50', 'fr', 'EUR', 1250],
    ['1 234,56', 'fr', 'EUR', 123456],
    ['1\u202f234,56 €', 'fr', 'EUR', 123456],
    ['1.234,56', 'es', 'EUR', 123456],
    ['1.234', 'es', 'EUR', 123400],
    ['R$ 1.234,56', 'pt-BR', 'BRL', 123456],
    ['500', 'en', 'JPY', 500],
    ['١٢٫٥', 'ar', 'USD', 1250],
    ['１２．５０', 'ja', 'USD', 1250],
    ['１，２３４', 'en', 'USD', 123400],
  ];
  for (const [text, locale, currency, cents] of ok) {
    it(`reads ${JSON.stringify(text)} in ${locale} ${currency} as ${cents}`, () => {
      expect(parseMoney(text, locale, currency)).to.deep.equal({ ok: true, cents });
    });
  }
  const bad: Array<[string, string, string, string]> = [
    ['', 'en', 'USD', 'required'],
    ['abc', 'en', 'USD', 'nan'],
    ['NaN', 'en', 'USD', 'nan'],
    ['Infinity', 'en', 'USD', 'nan'],
    ['1e5', 'en', 'USD', 'nan'],
    ['12,34,5', 'en', 'USD', 'nan'],
    ['-5', 'en', 'USD', 'negative'],
    ['(5.00)', 'en', 'USD', 'negative'],
    ['12.345', 'en', 'USD', 'decimals'],
    ['1.234', 'en', 'USD', 'decimals'],
    ['12.345', 'fr', 'EUR', 'decimals'],
    ['5.5', 'en', 'JPY', 'decimals'],
    ['99999999999999999999', 'en', 'USD', 'nan'],
    // one reader with the payout steps: a leading zero group is no grouping, grouping is well formed
    ['0,001', 'en', 'USD', 'decimals'],
    ['0.001', 'en', 'USD', 'decimals'],
    ['12.3.4', 'es', 'EUR', 'nan'],
    ['1,2,3', 'en', 'USD', 'nan'],
  ];
  for (const [text, locale, currency, reason] of bad) {
    it(`refuses ${JSON.stringify(text)} in ${locale} ${currency}: ${reason}`, () => {
      expect(parseMoney(text, locale, currency)).to.deep.equal({ ok: false, reason });
    });
  }
});

describe('dots-money-input', () => {
  it('gives integer cents for what is typed and tidies it on blur', async () => {
    const el = await fixture<DotsMoneyInput>(html`<dots-money-input name="amount" currency="USD" lang="en-US"></dots-money-input>`);
    const details: DotsMoneyDetail[] = [];
    el.addEventListener('dots-input', (e) => details.push(e.detail as DotsMoneyDetail));
    el.focus();
    await sendKeys({ type: '1234.5' });
    expect(el.value).to.equal(123450);
    expect(details.at(-1)).to.deep.equal({ name: 'amount', value: 123450, text: '1234.5', currency: 'USD', reason: null });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('1,234.50');
    expect(el.value).to.equal(123450);
  });

  it('keeps what was typed when it is not an amount and says why after blur', async () => {
    const el = await fixture<DotsMoneyInput>(html`<dots-money-input name="amount" lang="en"></dots-money-input>`);
    el.focus();
    await sendKeys({ type: '12.345' });
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part=error]')!;
    expect(el.value).to.equal(null);
    expect(el.reason).to.equal('decimals');
    expect(error.textContent!.trim()).to.equal('');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('12.345');
    expect(error.textContent).to.contain('Use at most 2 digits after the decimal separator.');
    await expect(el).to.be.accessible();
  });

  it('reads a decimal comma in French and formats with French separators', async () => {
    const el = await fixture<DotsMoneyInput>(html`<dots-money-input lang="fr" currency="EUR"></dots-money-input>`);
    el.focus();
    await sendKeys({ type: '1234,5' });
    expect(el.value).to.equal(123450);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input')!.value.replace(/\s/g, ' ')).to.equal('1 234,50');
    expect(el.shadowRoot!.querySelector('[part=currency]')!.textContent).to.equal('€');
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.contain('Montant');
  });

  it('shows an owner value formatted, and refuses negative and out-of-range amounts', async () => {
    const el = await fixture<DotsMoneyInput>(html`<dots-money-input lang="en" .value=${5000} .min=${100} .max=${10000}></dots-money-input>`);
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.value).to.equal('50.00');
    el.submitted = true;
    el.focus();
    input.select();
    await sendKeys({ type: '-3' });
    await el.updateComplete;
    expect(el.reason).to.equal('negative');
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('cannot be negative');
    input.select();
    await sendKeys({ type: '200' });
    await el.updateComplete;
    expect(el.reason).to.equal('too_large');
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('at most $100.00');
    input.select();
    await sendKeys({ type: 'abc' });
    await el.updateComplete;
    expect(el.reason).to.equal('nan');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('an owner error wins over its own message', async () => {
    const el = await fixture<DotsMoneyInput>(html`<dots-money-input lang="en" submitted></dots-money-input>`);
    el.error = { key: 'errors.amount.over_balance', params: { balance: '$12.00' } };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('more than your available balance of $12.00');
  });

  it('is labelled, described by its currency, and renders right to left in Arabic', async () => {
    const el = await fixtureIn<DotsMoneyInput>({ lang: 'ar' }, html`<dots-money-input currency="USD"></dots-money-input>`);
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.labels?.[0]?.textContent).to.contain('المبلغ');
    expect(input.getAttribute('aria-describedby')).to.contain('currency-name');
    expect(el.shadowRoot!.querySelector('[part=field]')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
