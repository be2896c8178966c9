import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixtureParent } from '../helpers/fixture.ts';
import '../../src/components/dots-button/define.ts';
import '../../src/components/dots-alert/define.ts';
import type { DotsButton } from '../../src/components/dots-button/dots-button.ts';
import type { DotsAlert } from '../../src/components/dots-alert/dots-alert.ts';
import { DotsError } from '../../src/core/ledger/errors.ts';

describe('dots-button', () => {
  it('is a real button reachable and pressable with the keyboard', async () => {
    const el = await fixture<DotsButton>(html`<dots-button>Continue</dots-button>`);
    let presses = 0;
    el.addEventListener('click', () => presses++);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('button'));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(presses).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('while busy shows progress, sets aria-busy, keeps focus and ignores presses', async () => {
    const el = await fixture<DotsButton>(html`<dots-button lang="en">Continue</dots-button>`);
    let presses = 0;
    el.addEventListener('click', () => presses++);
    el.focus();
    el.busy = true;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.disabled).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part=spinner]')).to.exist;
    expect(button.textContent).to.contain('Please wait…');
    await sendKeys({ press: 'Enter' });
    button.click();
    expect(presses).to.equal(0);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await expect(el).to.be.accessible();
    el.busy = false;
    await el.updateComplete;
    button.click();
    expect(presses).to.equal(1);
  });

  it('submits its form when type=submit', async () => {
    const form = fixtureParent('form');
    const el = await fixture<DotsButton>(html`<dots-button type="submit">Send</dots-button>`, { parentNode: form });
    const submitted = new Promise<void>((resolve) => form.addEventListener('submit', (e) => { e.preventDefault(); resolve(); }));
    el.click();
    await submitted;
  });

  it('is at least 24px in both directions', async () => {
    const el = await fixture<DotsButton>(html`<dots-button variant="link">x</dots-button>`);
    const r = el.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    expect(r.width).to.be.at.least(24);
    expect(r.height).to.be.at.least(24);
  });
});

describe('dots-alert', () => {
  it('shows a backend error in the page language with Try again', async () => {
    const el = await fixture<DotsAlert>(html`<dots-alert lang="pt-BR" .error=${new DotsError('network', 'fetch failed')}></dots-alert>`);
    const base = el.shadowRoot!.querySelector('[part=base]')!;
    expect(base.getAttribute('role')).to.equal('alert');
    expect(base.textContent).to.contain('Algo deu errado');
    expect(base.textContent).to.contain('Não conseguimos conectar');
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!;
    expect(retry.textContent).to.contain('Tentar novamente');
    await expect(el).to.be.accessible();
    const ev = oneEvent(el, 'dots-retry');
    retry.click();
    expect((await ev).detail).to.deep.equal({ code: 'network' });
  });

  it('has no Try again for a non-retryable error, and a message for unknown codes', async () => {
    const el = await fixture<DotsAlert>(html`<dots-alert .error=${{ code: 'weird', retryable: false }}></dots-alert>`);
    expect(el.shadowRoot!.querySelector('[part=retry]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=message]')!.textContent).to.equal('Something went wrong. Try again.');
  });

  it('ignores Try again while busy; focus() lands on the button', async () => {
    const el = await fixture<DotsAlert>(html`<dots-alert busy .error=${new DotsError('timeout', 'slow')}></dots-alert>`);
    let n = 0;
    el.addEventListener('dots-retry', () => n++);
    el.focus();
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!;
    expect(el.shadowRoot!.activeElement).to.equal(retry);
    expect(retry.getAttribute('aria-busy')).to.equal('true');
    retry.click();
    expect(n).to.equal(0);
  });

  for (const variant of ['success', 'warning', 'info'] as const) {
    it(`${variant} is a status message and passes axe in dark theme`, async () => {
      const el = await fixture<DotsAlert>(html`<dots-alert theme="dark" variant=${variant} message="common.loading" dismissible></dots-alert>`);
      expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      const ev = oneEvent(el, 'dots-dismiss');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=dismiss]')!.click();
      await ev;
    });
  }
});
