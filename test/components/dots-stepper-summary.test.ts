import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { fixtureIn, fixtureParent } from '../helpers/fixture.ts';
import '../../src/components/dots-stepper/define.ts';
import '../../src/components/dots-error-summary/define.ts';
import '../../src/components/dots-text-field/define.ts';
import type { DotsStepper } from '../../src/components/dots-stepper/dots-stepper.ts';
import type { DotsErrorSummary } from '../../src/components/dots-error-summary/dots-error-summary.ts';
import type { DotsTextField } from '../../src/components/dots-text-field/dots-text-field.ts';

const steps = [
  { id: 'signin', label: 'Sign in' },
  { id: 'compliance', label: 'Tax form' },
  { id: 'manage-payouts', label: 'Payout method' },
];

describe('dots-stepper', () => {
  it('is an ordered list with the current step marked and states in words', async () => {
    const el = await fixture<DotsStepper>(html`<dots-stepper lang="en" .steps=${steps} current="compliance"></dots-stepper>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('nav')!.getAttribute('aria-label')).to.equal('Progress');
    const items = [...root.querySelectorAll('ol > li')];
    expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step', null]);
    expect(items[0]!.textContent).to.contain('completed');
    expect(items[1]!.textContent).to.contain('current step');
    expect(items[2]!.textContent).to.contain('not started');
    await expect(el).to.be.accessible();
  });

  it('translates catalog keys and reads right to left in Arabic', async () => {
    const el = await fixtureIn<DotsStepper>({ lang: 'ar' }, html`<dots-stepper .steps=${[{ id: 'a', label: 'common.phone.label' }, { id: 'b', label: 'common.money.label' }]} .current=${1}></dots-stepper>`);
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('dir')).to.equal('rtl');
    expect(nav.getAttribute('aria-label')).to.equal('التقدّم');
    expect(nav.textContent).to.contain('رقم الهاتف');
    await expect(el).to.be.accessible();
  });

  it('on a phone shows one line saying where the person is', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const el = await fixture<DotsStepper>(html`<dots-stepper lang="en" .steps=${steps} current="compliance"></dots-stepper>`);
      const summary = el.shadowRoot!.querySelector<HTMLElement>('[part=summary]')!;
      expect(getComputedStyle(summary).display).to.equal('block');
      expect(summary.textContent!.trim()).to.equal('Step 2 of 3: Tax form');
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });
});

describe('dots-error-summary', () => {
  it('renders nothing without errors', async () => {
    const el = await fixture<DotsErrorSummary>(html`<dots-error-summary></dots-error-summary>`);
    expect(el.shadowRoot!.querySelector('[part=base]')).to.equal(null);
  });

  it('is a focusable alert whose links move focus to each field', async () => {
    const parent = fixtureParent('div');
    const el = await fixture<DotsErrorSummary>(
      html`<dots-error-summary lang="en"></dots-error-summary>
        <dots-text-field id="routing" name="routing_number" label="Routing number"></dots-text-field>
        <dots-text-field name="account_number" label="Account number"></dots-text-field>`,
      { parentNode: parent },
    );
    el.errors = [
      { target: 'routing', message: 'errors.routing_number.checksum' },
      { target: 'account_number', message: 'errors.account_number.required' },
    ];
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
    expect(base.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('There is a problem');
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent).to.equal('There are 2 problems with this form.');
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(base);
    await expect(el).to.be.accessible();

    const links = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a');
    const ev = oneEvent(el, 'dots-error-focus');
    links[1]!.click();
    expect((await ev).detail).to.deep.equal({ target: 'account_number' });
    const account = parent.querySelector<DotsTextField>('[name=account_number]')!;
    expect(document.activeElement).to.equal(account);
    expect(account.shadowRoot!.activeElement).to.equal(account.shadowRoot!.querySelector('input'));
    links[0]!.click();
    expect(document.activeElement!.id).to.equal('routing');
  });

  it('uses the requested heading level and plural forms in Arabic', async () => {
    const el = await fixture<DotsErrorSummary>(html`<dots-error-summary lang="ar" heading-level="3" .errors=${[{ message: 'errors.required' }, { message: 'errors.format' }]}></dots-error-summary>`);
    expect(el.shadowRoot!.querySelector('h3')).to.exist;
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent).to.equal('توجد مشكلتان في هذا النموذج.');
    await expect(el).to.be.accessible();
  });
});
