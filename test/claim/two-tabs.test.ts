// Two claim elements, each on its own MockAdapter and Ledger over one IndexedDB database (as two
// tabs of one origin), claim the same link at once: exactly one succeeds, the other page says the
// payment was already claimed, and the money moved once.
import { expect, html } from '@open-wc/testing';
import '../../src/define.ts';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import type { DotsPayoutClaimFlow } from '../../src/components/payout-claim-flow/payout-claim-flow.ts';
import type { DotsClaimErrorDetail } from '../../src/components/payout-claim-flow/events.ts';
import { ManualClock } from '../../src/core/ledger/clock.ts';
import { CLAIM_INTRO, CLAIM_REVIEW } from '../../src/core/flows/payout-claim.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { freshDbName } from '../adapters/mock-harness.ts';
import { button, click, editingOn, frame, headingText, root, until } from './element-helpers.ts';

describe('<dots-payout-claim-flow> in two tabs on one IndexedDB ledger', () => {
  const open: MockAdapter[] = [];
  afterEach(() => {
    for (const a of open.splice(0)) a.close();
  });

  async function tab(dbName: string, label: string): Promise<MockAdapter> {
    const a = await createMockAdapter({ dbName, persist: 'indexeddb', clock: new ManualClock(Date.UTC(2026, 0, 15, 12)), seed: `${dbName}-${label}` });
    open.push(a);
    return a;
  }

  async function toReview(adapter: MockAdapter, token: string, userId: string): Promise<DotsPayoutClaimFlow> {
    const el = await fixtureIn<DotsPayoutClaimFlow>(
      { lang: 'en' },
      html`<dots-payout-claim-flow .adapter=${adapter} link=${token} user-id=${userId} hidden-steps="compliance" no-draft></dots-payout-claim-flow>`,
    );
    await editingOn(el, CLAIM_INTRO);
    click(button(el, 'continue'));
    await editingOn(el, 'manage-payouts');
    click(button(el, 'continue'));
    await editingOn(el, CLAIM_REVIEW);
    return el;
  }

  it('exactly one claim wins; the other page says the payment was already claimed', async () => {
    const db = freshDbName('claim-tabs');
    const a = await tab(db, 'a');
    const b = await tab(db, 'b');
    const { link, alice, bob } = await a.operate((l, app) => {
      l.refillApp(app, 500_00);
      const user = (name: string, phone: string) => {
        const u = l.createUserDirect(app, { first_name: name, last_name: 'Payee', email: `${name.toLowerCase()}@example.com`, country_code: '1', phone_number: phone });
        l.addPayoutMethod(app, { platform: 'paypal', user_id: u.id, email: `${name.toLowerCase()}@example.com` });
        return u.id;
      };
      return { link: l.createPayoutLink(app, { amount: 80_00, memo: 'Split the bill' }), alice: user('Alice', '2015550161'), bob: user('Bob', '2015550162') };
    });
    expect(b.appId).to.equal(a.appId);

    const errors: DotsClaimErrorDetail[] = [];
    const onError = (e: Event) => errors.push((e as CustomEvent<DotsClaimErrorDetail>).detail);
    document.addEventListener('dots-flow-error', onError);
    try {
      const tabA = await toReview(a, link.token, alice);
      const tabB = await toReview(b, link.token, bob);

      // Both press Claim in the same moment.
      click(button(tabA, 'continue'));
      click(button(tabB, 'continue'));
      const settled = (el: DotsPayoutClaimFlow) => until(el, (s) => s.status === 'complete' || s.status === 'failed');
      const [sa, sb] = await Promise.all([settled(tabA), settled(tabB)]);

      const outcomes = [sa.status, sb.status].sort();
      expect(outcomes).to.deep.equal(['complete', 'failed']);
      const loser = sa.status === 'failed' ? tabA : tabB;
      const winner = loser === tabA ? tabB : tabA;
      const lost = loser === tabA ? sa : sb;
      if (lost.status !== 'failed') throw new Error('no loser');
      expect(lost.error.code).to.equal('link_claimed');

      await frame();
      expect(headingText(loser)).to.equal('This payment has already been claimed');
      expect(root(loser).textContent).to.contain('Nothing was sent from this page.');
      expect(button(loser, 'continue')).to.equal(null);
      expect(errors.filter((e) => e.linkProblem === 'claimed')).to.have.length(1);
      await expect(loser).to.be.accessible();
      expect(headingText(winner)).to.equal('Your money is on its way');

      // The books, read fresh from the shared database: one payout, money moved once.
      const books = await b.operate((l, app) => ({
        payouts: l.listTransfers(app, { payout_link_id: link.id, type: 'payout' }).data,
        link: l.getPayoutLink(app, link.id),
        alice: l.getWallet(app, alice),
        bob: l.getWallet(app, bob),
        ok: l.checkInvariants().ok,
      }));
      expect(books.payouts).to.have.length(1);
      expect(books.link.status).to.equal('claimed');
      expect(books.link.claimed_user_id).to.equal(loser === tabA ? bob : alice);
      const loserWallet = loser === tabA ? books.alice : books.bob;
      expect(loserWallet.amount, 'nothing reached the losing payee').to.equal(0);
      expect(books.ok).to.equal(true);
    } finally {
      document.removeEventListener('dots-flow-error', onError);
    }
  });
});
