// <dots-payout-claim-flow> in Chromium on the real MockAdapter (persist 'memory', ManualClock):
// a keyboard-only claim followed live to Completed, partial claims, the error summary, a retry
// after a failure, focus and announcements, axe in each state, and what events carry.
import { expect, html } from '@open-wc/testing';
import '../../src/define.ts';
import type { DotsPayoutClaimFlow } from '../../src/components/payout-claim-flow/payout-claim-flow.ts';
import type { DotsClaimCompleteDetail, DotsClaimStatusDetail } from '../../src/components/payout-claim-flow/events.ts';
import { CLAIM_INTRO, CLAIM_REVIEW } from '../../src/core/flows/payout-claim.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { ACCOUNT, claimBench, link, linkPayouts, type Bench } from './harness.ts';
import { keyboardBankAccount, keyboardW9 } from '../helpers/keyboard.ts';
import {
  button,
  click,
  editingOn,
  frame,
  headingFocused,
  headingText,
  liveText,
  press,
  root,
  settle,
  tabTo,
  tabToButton,
  type,
  until,
  view,
  waitFor,
} from './element-helpers.ts';

const PAYEE = { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', country_code: '1', phone_number: '2015550142' };

describe('<dots-payout-claim-flow>', () => {
  let b: Bench;
  beforeEach(async () => {
    b = await claimBench();
  });
  afterEach(() => b.close());

  const EVENTS = ['dots-ready', 'dots-step-change', 'dots-step-complete', 'dots-flow-complete', 'dots-flow-exit', 'dots-flow-error', 'dots-claim-status'];
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  async function mount(template: ReturnType<typeof html>): Promise<{ el: DotsPayoutClaimFlow; events: Array<{ type: string; detail: unknown }> }> {
    // Listening on the document from before the first render, so `dots-ready` is heard too.
    const events: Array<{ type: string; detail: unknown }> = [];
    const collect = (e: Event) => events.push({ type: e.type, detail: (e as CustomEvent).detail });
    for (const t of EVENTS) document.addEventListener(t, collect);
    cleanups.push(() => {
      for (const t of EVENTS) document.removeEventListener(t, collect);
    });
    const el = await fixtureIn<DotsPayoutClaimFlow>({ lang: 'en' }, template);
    return { el, events };
  }

  it('a new payee claims with the keyboard only, and the status follows the ledger live until Completed', async () => {
    const l = link(b, { payee: PAYEE });
    const { el, events } = await mount(html`<dots-payout-claim-flow .adapter=${b.adapter} link=${l.token} no-draft></dots-payout-claim-flow>`);

    await editingOn(el, CLAIM_INTRO);
    expect(headingText(el)).to.equal('Flows test app sent you $125.00');
    const memo = view(el)!.shadowRoot!.querySelector('[part="memo"]')!;
    expect(memo.textContent).to.equal('Thanks for the <b>great</b> work');
    expect(memo.querySelector('b'), 'the memo is text, never markup').to.equal(null);
    expect(headingFocused(el), 'no focus taken on page load').to.equal(false);
    await expect(el).to.be.accessible();

    await tabToButton('Get my money');
    await press('Enter');
    await editingOn(el, 'sign-in-phone');
    await frame();
    expect(headingFocused(el)).to.equal(true);
    await expect(el).to.be.accessible();
    // The link's payee phone is already there.
    await tabTo('phone');
    await press('Tab');
    await press('Enter');

    await editingOn(el, 'sign-in-code');
    await frame();
    expect(headingFocused(el)).to.equal(true);
    await tabTo('code');
    await type(b.codeFor({ country_code: '1', phone_number: '2015550142' }));
    await press('Enter');

    const profile = await editingOn(el, 'sign-in-profile');
    expect(profile.values['sign-in-profile']).to.deep.equal({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' });
    await frame();
    await tabTo('email');
    await press('Enter');

    await editingOn(el, 'compliance-w9');
    await frame();
    expect(headingFocused(el)).to.equal(true);
    await keyboardW9();

    await editingOn(el, 'manage-payouts');
    await frame();
    expect(headingFocused(el)).to.equal(true);
    await keyboardBankAccount(ACCOUNT, () => until(el, (s) => s.values['manage-payouts']?.['platform'] === 'ach'));

    await editingOn(el, CLAIM_REVIEW);
    await frame();
    expect(headingFocused(el)).to.equal(true);
    expect(headingText(el)).to.equal('Claim your money');
    await expect(el).to.be.accessible();
    await tabToButton('Claim now');
    await press('Enter');

    const done = await until(el, (s) => s.status === 'complete');
    await frame();
    expect(headingText(el)).to.equal('Your money is on its way');
    expect(headingFocused(el)).to.equal(true);
    await waitFor(() => liveText(el).startsWith('Claimed.') || liveText(el).startsWith('Payment status'), 'an announcement of the claim');

    const payouts = linkPayouts(b, l.id);
    expect(payouts).to.have.length(1);
    expect(payouts[0]!.id).to.equal(done.context.transfer?.id);

    // The rail settles on the ledger's clock: the screen follows without a reload.
    b.clock.advance(10_000);
    await waitFor(() => el.transfer?.status === 'completed', 'the transfer to complete');
    await settle(el);
    expect(headingText(el)).to.equal('Your money was delivered');
    expect(root(el).querySelector('dots-status-badge')?.getAttribute('status')).to.equal('completed');
    await waitFor(() => liveText(el) === 'Payment status: Completed.', 'the Completed announcement');
    expect(root(el).querySelectorAll('[aria-live]')).to.have.length(1);
    await expect(el).to.be.accessible();

    expect(events[0]?.type).to.equal('dots-ready');
    expect((events[0]?.detail as { steps: string[] }).steps).to.deep.equal([CLAIM_INTRO, 'sign-in', 'compliance', 'manage-payouts', 'payout']);
    const complete = events.find((e) => e.type === 'dots-flow-complete')!.detail as DotsClaimCompleteDetail;
    expect(complete).to.deep.include({ transferId: payouts[0]!.id, payoutLinkId: l.id, amount: 125_00, currency: 'USD', userId: done.userId });
    expect(complete.payoutMethod).to.deep.include({ platform: 'ach', mask: '6789' });
    const statuses = events.filter((e) => e.type === 'dots-claim-status').map((e) => (e.detail as DotsClaimStatusDetail).status);
    expect(statuses.at(-1)).to.equal('completed');
    expect(events.filter((e) => e.type === 'dots-step-change').map((e) => (e.detail as { step: string }).step)).to.include.members(['sign-in', 'compliance', 'manage-payouts', 'payout']);
    const all = JSON.stringify(events);
    expect(all).to.not.contain(ACCOUNT);
    expect(all).to.not.contain('123456789');
    expect(all).to.not.contain(l.token);
    expect(root(el).innerHTML).to.not.contain(ACCOUNT);
  });

  async function signedInToReview(opts: { amount?: number; allowPartial?: boolean } = {}) {
    const userId = b.user({ bank: true });
    const l = link(b, { amount: opts.amount ?? 100_00, allow_partial: opts.allowPartial ?? false });
    const { el, events } = await mount(
      html`<dots-payout-claim-flow .adapter=${b.adapter} link=${l.id} user-id=${userId} hidden-steps="compliance" no-draft></dots-payout-claim-flow>`,
    );
    await editingOn(el, CLAIM_INTRO);
    click(button(el, 'continue'));
    await editingOn(el, 'manage-payouts');
    click(button(el, 'continue'));
    await editingOn(el, CLAIM_REVIEW);
    return { el, events, userId, l };
  }

  it('a partial claim: the money input, a specific message above the link amount, the rest stays in the balance', async () => {
    const { el, userId, l } = await signedInToReview({ allowPartial: true });
    const v = view(el)!;
    const mode = v.shadowRoot!.querySelector<HTMLElement & { value: string }>('dots-select[name="amount_mode"]')!;
    expect(mode).to.exist;
    el.send({ type: 'change', field: 'amount_mode', value: 'partial' });
    await settle(el);
    const money = v.shadowRoot!.querySelector('dots-money-input[name="amount"]')!;
    expect(money, 'the amount appears for a part').to.exist;
    money.shadowRoot!.querySelector('input')!.focus();
    await type('150');
    click(button(el, 'continue'));
    const over = await until(el, (s) => !!s.errors['amount']);
    expect(over.errors['amount']?.key).to.equal('errors.amount.too_large');
    await frame();
    const summary = root(el).querySelector('dots-error-summary');
    expect(summary, 'an error summary after the failed Claim').to.exist;
    expect(summary!.shadowRoot!.textContent).to.contain('$100.00');
    await expect(el).to.be.accessible();

    money.shadowRoot!.querySelector('input')!.select();
    await type('40');
    await until(el, (s) => s.values[CLAIM_REVIEW]?.['amount'] === 40_00);
    expect(v.shadowRoot!.textContent).to.contain('$60.00 stays in your balance.');
    click(button(el, 'continue'));
    await until(el, (s) => s.status === 'complete');
    await settle(el);
    expect(root(el).textContent).to.contain('$60.00 stays in your balance.');
    expect(linkPayouts(b, l.id).map((t) => t.amount)).to.deep.equal([40_00]);
    expect(b.ledger.getWallet(b.appId, userId).withdrawable_amount).to.equal(60_00);
  });

  it('a failed claim shows Try again (focused); the retry makes one transfer with the same key', async () => {
    const { el, l, events } = await signedInToReview();
    b.adapter.faults.failNext('server', 1, 'claimPayoutLink');
    click(button(el, 'continue'));
    const failed = await until(el, (s) => s.status === 'failed');
    await frame();
    const alert = root(el).querySelector('dots-alert')!;
    expect(alert).to.exist;
    await waitFor(() => alert.shadowRoot!.activeElement?.getAttribute('part') === 'retry', 'focus on Try again');
    expect(headingText(el)).to.equal('Claim your money');
    await expect(el).to.be.accessible();
    const error = events.find((e) => e.type === 'dots-flow-error')!.detail as { code: string; retryable: boolean; linkProblem: unknown };
    expect(error).to.deep.include({ code: 'server', retryable: true, linkProblem: null });

    click(alert.shadowRoot!.querySelector<HTMLElement>('[part="retry"]'));
    const done = await until(el, (s) => s.status === 'complete');
    const payouts = linkPayouts(b, l.id);
    expect(payouts).to.have.length(1);
    expect(payouts[0]!.idempotency_key).to.equal(failed.intents[CLAIM_REVIEW]?.key);
    expect(done.context.transfer?.id).to.equal(payouts[0]!.id);
  });

  it('a link claimed elsewhere while this page was on Claim: the page says so, focus on its heading, no second payout', async () => {
    const { el, l, userId, events } = await signedInToReview();
    const other = b.user({ bank: true });
    b.ledger.claimPayoutLink(b.appId, { link: l.id, user_id: other, idempotency_key: 'elsewhere-claim' });
    click(button(el, 'continue'));
    await until(el, (s) => s.status === 'failed');
    await frame();
    expect(headingText(el)).to.equal('This payment has already been claimed');
    expect(headingFocused(el)).to.equal(true);
    expect(root(el).textContent).to.contain('Nothing was sent from this page.');
    expect(root(el).querySelector('dots-alert'), 'a page, not an error box with Try again').to.equal(null);
    expect(button(el, 'continue')).to.equal(null);
    await waitFor(() => liveText(el) === 'This payment has already been claimed', 'the page announced');
    const error = events.find((e) => e.type === 'dots-flow-error')!.detail as { code: string; linkProblem: string };
    expect(error).to.deep.include({ code: 'link_claimed', linkProblem: 'claimed' });
    expect(linkPayouts(b, l.id)).to.have.length(1);
    expect(b.ledger.getWallet(b.appId, userId).amount).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('a second press of Claim while it runs sends nothing more', async () => {
    const { el, l } = await signedInToReview();
    click(button(el, 'continue'));
    click(button(el, 'continue'));
    await until(el, (s) => s.status === 'complete');
    expect(button(el, 'continue'), 'no Claim button once claimed').to.equal(null);
    expect(linkPayouts(b, l.id)).to.have.length(1);
  });

  it('a failed payout on the rail: the screen says the money is back in the balance', async () => {
    const userId = b.user();
    b.ledger.addPayoutMethod(b.appId, { platform: 'ach', user_id: userId, routing_number: '011000015', account_number: '000111110000', account_type: 'checking' });
    const l = link(b, { amount: 30_00 });
    const { el } = await mount(html`<dots-payout-claim-flow .adapter=${b.adapter} link=${l.token} user-id=${userId} hidden-steps="compliance" no-draft></dots-payout-claim-flow>`);
    await editingOn(el, CLAIM_INTRO);
    click(button(el, 'continue'));
    await editingOn(el, 'manage-payouts');
    click(button(el, 'continue'));
    await editingOn(el, CLAIM_REVIEW);
    click(button(el, 'continue'));
    await until(el, (s) => s.status === 'complete');
    b.clock.advance(10_000);
    await waitFor(() => el.transfer?.status === 'failed', 'the payout to fail');
    await settle(el);
    expect(headingText(el)).to.equal('Your payment did not go through');
    expect(root(el).textContent).to.contain('The money is back in your balance');
    expect(b.ledger.getWallet(b.appId, userId).withdrawable_amount).to.equal(30_00);
    await expect(el).to.be.accessible();
  });

  it('reads the link from the page address with link-from-url (fragment first)', async () => {
    const l = link(b);
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?link=wrong#link=${encodeURIComponent(l.token)}`);
    try {
      const { el } = await mount(html`<dots-payout-claim-flow .adapter=${b.adapter} link-from-url no-draft></dots-payout-claim-flow>`);
      const s = await editingOn(el, CLAIM_INTRO);
      expect(s.context.link?.id).to.equal(l.id);
      expect(el.linkRef).to.equal(l.token);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('keeps a draft per link without the link token, and resumes it after a reload', async () => {
    const userId = b.user({ bank: true });
    const l = link(b);
    const first = await mount(html`<dots-payout-claim-flow .adapter=${b.adapter} link=${l.token} user-id=${userId} hidden-steps="compliance"></dots-payout-claim-flow>`);
    await editingOn(first.el, CLAIM_INTRO);
    click(button(first.el, 'continue'));
    await editingOn(first.el, 'manage-payouts');
    const keys = Object.keys(sessionStorage).filter((k) => k.startsWith('dots-flows:draft:dots:payout-claim'));
    expect(keys).to.have.length(1);
    expect(keys[0]).to.not.contain(l.token);
    expect(sessionStorage.getItem(keys[0]!)).to.not.contain(l.token);
    first.el.remove();
    const again = await mount(html`<dots-payout-claim-flow .adapter=${b.adapter} link=${l.token} user-id=${userId} hidden-steps="compliance"></dots-payout-claim-flow>`);
    await editingOn(again.el, 'manage-payouts');
    sessionStorage.removeItem(keys[0]!);
  });
});
