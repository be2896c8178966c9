// Each link that cannot be claimed gets its own page: a specific heading, what happened, what to
// do next; no flow to fall into; one `dots-flow-error` naming the problem; axe clean.
import { expect, html } from '@open-wc/testing';
import '../../src/define.ts';
import type { DotsPayoutClaimFlow } from '../../src/components/payout-claim-flow/payout-claim-flow.ts';
import type { DotsClaimErrorDetail } from '../../src/components/payout-claim-flow/events.ts';
import { CLAIM_UNAVAILABLE, type LinkProblem } from '../../src/core/flows/payout-claim.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { claimBench, link, type Bench } from './harness.ts';
import { button, headingFocused, headingText, liveText, root, until, waitFor } from './element-helpers.ts';

describe('<dots-payout-claim-flow> with links that cannot be claimed', () => {
  let b: Bench;
  let errors: DotsClaimErrorDetail[];
  const onError = (e: Event) => errors.push((e as CustomEvent<DotsClaimErrorDetail>).detail);
  beforeEach(async () => {
    b = await claimBench();
    errors = [];
    document.addEventListener('dots-flow-error', onError);
  });
  afterEach(() => {
    document.removeEventListener('dots-flow-error', onError);
    b.close();
  });

  async function page(ref: string | null, lang = 'en'): Promise<DotsPayoutClaimFlow> {
    const el = await fixtureIn<DotsPayoutClaimFlow>({ lang }, html`<dots-payout-claim-flow .adapter=${b.adapter} link=${ref ?? ''} no-draft></dots-payout-claim-flow>`);
    await until(el, (s) => s.ready && s.current === CLAIM_UNAVAILABLE);
    return el;
  }

  async function expectPage(el: DotsPayoutClaimFlow, problem: LinkProblem, heading: string, body: RegExp, next: RegExp): Promise<void> {
    expect(headingText(el)).to.equal(heading);
    const box = root(el).querySelector('[part="unavailable"]')!;
    expect(box.getAttribute('data-problem')).to.equal(problem);
    expect(box.textContent).to.match(body);
    expect(root(el).querySelector('[part="next-steps"]')!.textContent).to.match(next);
    expect(button(el, 'continue'), 'no Continue into a broken flow').to.equal(null);
    expect(root(el).querySelector('dots-stepper')).to.equal(null);
    expect(headingFocused(el), 'no focus taken on page load').to.equal(false);
    expect(errors.map((e) => e.linkProblem)).to.deep.equal([problem]);
    expect(errors[0]).to.deep.include({ retryable: false, step: CLAIM_UNAVAILABLE });
    await waitFor(() => liveText(el) === heading, 'the page announced');
    await expect(el).to.be.accessible();
  }

  it('no link given', async () => {
    await expectPage(await page(null), 'missing', 'No payment link', /opened without one/, /Open the link/);
  });

  it('an unknown link', async () => {
    await expectPage(await page('tok_does_not_exist'), 'unknown', 'We could not find this payment', /incomplete or mistyped/, /ask the sender for a new link/);
  });

  it('an expired link, with its expiry date and the sender to ask', async () => {
    const l = link(b, { expires_in: 3600 });
    b.clock.advance(2 * 3600_000);
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(l.expires_at));
    await expectPage(await page(l.token), 'expired', 'This payment link has expired', new RegExp(`expired on ${date}`), /Ask Flows test app to send you a new link/);
    expect(errors[0]!.code).to.equal('link_expired');
  });

  it('a canceled link', async () => {
    const l = link(b);
    b.ledger.cancelPayoutLink(b.appId, l.id);
    await expectPage(await page(l.token), 'canceled', 'This payment was canceled', /Flows test app canceled this payment/, /contact Flows test app/);
  });

  it('a link already claimed', async () => {
    const l = link(b);
    const userId = b.user({ bank: true });
    b.ledger.claimPayoutLink(b.appId, { link: l.id, user_id: userId, idempotency_key: 'claimed-before-1' });
    await expectPage(await page(l.token), 'claimed', 'This payment has already been claimed', /claimed only once/, /If you claimed it yourself/);
    expect(root(await page(l.token)).textContent).to.not.contain('while this page was open');
  });

  it('a link whose delivery failed', async () => {
    const l = link(b, { delivery_method: 'sms', payee: { country_code: '1', phone_number: '2015550000' } });
    await expectPage(await page(l.token), 'failed', 'This payment link cannot be used', /could not be delivered/, /send you a new link/);
  });

  it('speaks the payee’s language (Arabic, right to left)', async () => {
    const l = link(b);
    b.ledger.cancelPayoutLink(b.appId, l.id);
    const el = await page(l.token, 'ar');
    expect(headingText(el)).to.equal('أُلغيت هذه الدفعة');
    expect(root(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('a backend that cannot be reached is not a bad link: Try again loads it', async () => {
    const l = link(b);
    b.adapter.faults.failNext('network', 1, 'getPayoutLink');
    const el = await fixtureIn<DotsPayoutClaimFlow>({ lang: 'en' }, html`<dots-payout-claim-flow .adapter=${b.adapter} link=${l.token} no-draft></dots-payout-claim-flow>`);
    await until(el, (s) => s.status === 'failed');
    expect(headingText(el)).to.equal('We could not load your payment');
    const alert = root(el).querySelector('dots-alert')!;
    expect(alert).to.exist;
    expect(root(el).querySelector('[part="unavailable"]')).to.equal(null);
    await expect(el).to.be.accessible();
    (alert.shadowRoot!.querySelector('[part="retry"]') as HTMLElement).click();
    await until(el, (s) => s.ready && s.current === 'claim-intro' && s.status === 'editing');
    expect(headingText(el)).to.equal('Flows test app sent you $125.00');
  });
});
