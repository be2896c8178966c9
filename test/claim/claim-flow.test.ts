// The claim flow definition on the step machine's actor, against the real MockAdapter and Ledger.
import { expect } from '@open-wc/testing';
import type { BackendAdapter } from '../../src/adapters/types.ts';
import { DotsError } from '../../src/core/ledger/errors.ts';
import type { Transfer } from '../../src/core/ledger/schemas.ts';
import { CLAIM_INTRO, CLAIM_REVIEW, CLAIM_UNAVAILABLE, buildClaimFlow, linkProblemOf, problemOfError } from '../../src/core/flows/payout-claim.ts';
import { trackTransfer } from '../../src/core/flows/payout-claim-tracker.ts';
import { linkFromUrl } from '../../src/core/flows/payout-claim-url.ts';
import { createFlowActor } from '../../src/core/machine/index.ts';
import {
  ACCOUNT,
  ACH,
  SSN,
  TODAY,
  W9,
  claimActor,
  claimBench,
  editing,
  fill,
  link,
  linkPayouts,
  notices,
  recordingStore,
  signIn,
  until,
  type Bench,
  withOverrides,
  type ClaimActor,
} from './harness.ts';

describe('claim flow (actor, mock adapter)', () => {
  let b: Bench;
  const actors: ClaimActor[] = [];
  const track = (a: ClaimActor) => (actors.push(a), a);
  beforeEach(async () => {
    b = await claimBench();
  });
  afterEach(() => {
    for (const a of actors.splice(0)) a.stop();
    b.close();
  });

  /** Starts the actor and walks a known payee with a bank account to the review screen. */
  async function toReview(a: ClaimActor): Promise<void> {
    a.start();
    await editing(a, CLAIM_INTRO);
    a.send({ type: 'next' });
    await editing(a, 'manage-payouts');
    a.send({ type: 'next' });
    await editing(a, CLAIM_REVIEW);
  }

  it('a new payee claims a link: the payee is prefilled, W-9, a bank account, one payout tied to the link', async () => {
    const l = link(b, { payee: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', country_code: '1', phone_number: '2015550142' } });
    const drafts = recordingStore();
    const a = track(claimActor(b, l.token, { draft: { store: drafts, key: 'claim' } }));
    const seen = notices(a);
    a.start();
    const intro = await editing(a, CLAIM_INTRO);
    expect(intro.context.link).to.deep.include({ id: l.id, amount: 125_00, sender_name: 'Flows test app', memo: 'Thanks for the <b>great</b> work' });
    expect(intro.context.link).to.not.have.property('token');
    expect(intro.groups.map((g) => g.id)).to.deep.equal([CLAIM_INTRO, 'sign-in', 'compliance', 'manage-payouts', 'payout']);
    a.send({ type: 'next' });
    const phone = await editing(a, 'sign-in-phone');
    expect(phone.values['sign-in-phone']).to.deep.include({ country: 'US', phone: '2015550142' });
    await signIn(b, a, '2015550142');
    const profile = await editing(a, 'sign-in-profile');
    expect(profile.values['sign-in-profile']).to.deep.equal({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' });
    a.send({ type: 'next' });
    await editing(a, 'compliance-w9');
    fill(a, W9);
    a.send({ type: 'next' });
    await editing(a, 'manage-payouts');
    fill(a, ACH);
    a.send({ type: 'next' });
    const review = await editing(a, CLAIM_REVIEW);
    const method = review.context.payoutMethods![0]!;
    expect(review.values[CLAIM_REVIEW]?.['payout_method_id']).to.equal(method.id);
    a.send({ type: 'next' });
    const done = await until(a, (s) => s.status === 'complete');

    const payouts = linkPayouts(b, l.id);
    expect(payouts).to.have.length(1);
    expect(payouts[0]).to.deep.include({ amount: 125_00, user_id: done.userId, payout_method_id: method.id });
    expect(done.context.transfer?.id).to.equal(payouts[0]!.id);
    expect(done.context.transfer?.payout_mask).to.equal('6789');
    const claimed = b.ledger.getPayoutLink(b.appId, l.id);
    expect(claimed.status).to.equal('claimed');
    expect(claimed.claimed_user_id).to.equal(done.userId);
    const record = b.ledger.getFlow(b.appId, done.flowId!);
    expect(record.payout_link_id).to.equal(l.id);
    expect(record.completed_steps).to.deep.equal(['compliance', 'manage-payouts', 'payout']);
    const summary = seen.find((n) => n.type === 'step-complete' && n.step === CLAIM_REVIEW);
    expect(summary && summary.type === 'step-complete' && summary.summary).to.deep.include({ transfer_id: payouts[0]!.id, payout_mask: '6789', payout_link_id: l.id });
    for (const w of drafts.writes) {
      expect(w).to.not.contain(ACCOUNT);
      expect(w).to.not.contain(SSN);
      expect(w).to.not.contain(l.token);
    }
    expect(JSON.stringify(seen)).to.not.contain(ACCOUNT);
    expect(b.ledger.checkInvariants().ok).to.equal(true);
  });

  it('a signed-in payee with a W-9 on file and a bank account goes straight from the payment to the claim', async () => {
    const userId = b.user({ bank: true });
    b.ledger.submitCompliance(b.appId, { form: 'w9', user_id: userId, entity_type: 'individual', legal_name: 'Grace Hopper', tax_id_type: 'ssn', tax_id: '123456789', address: { line1: '1 Main', city: 'Arlington', region: 'VA', postal_code: '22201', country: 'US' }, certified: true });
    const l = link(b);
    const a = track(claimActor(b, l.id, { userId }));
    a.start();
    const intro = await editing(a, CLAIM_INTRO);
    expect(intro.visible).to.deep.equal([CLAIM_INTRO, 'manage-payouts', CLAIM_REVIEW]);
    a.send({ type: 'next' });
    await editing(a, 'manage-payouts');
    a.send({ type: 'next' });
    await editing(a, CLAIM_REVIEW);
    a.send({ type: 'next' });
    await until(a, (s) => s.status === 'complete');
    expect(linkPayouts(b, l.id)).to.have.length(1);
  });

  it('keeps the tax step in the list once the W-9 is sent (the rule is fixed when the payee is known)', async () => {
    const userId = b.user({ bank: true });
    const l = link(b);
    const a = track(claimActor(b, l.token, { userId }));
    a.start();
    await editing(a, CLAIM_INTRO);
    a.send({ type: 'next' });
    await editing(a, 'compliance-w9');
    fill(a, W9);
    a.send({ type: 'next' });
    const s = await editing(a, 'manage-payouts');
    expect(s.context.user?.compliance.form).to.equal('w9');
    expect(s.groups.map((g) => [g.id, g.state])).to.deep.equal([
      [CLAIM_INTRO, 'done'],
      ['compliance', 'done'],
      ['manage-payouts', 'current'],
      ['payout', 'upcoming'],
    ]);
  });

  it('a partial claim pays out the amount chosen and leaves the rest in the wallet', async () => {
    const userId = b.user({ bank: true });
    const l = link(b, { amount: 100_00, allow_partial: true });
    const a = track(claimActor(b, l.token, { userId, hidden: ['compliance'] }));
    await toReview(a);
    fill(a, { amount_mode: 'partial', amount: '150' });
    a.send({ type: 'next' });
    const over = await until(a, (s) => !!s.errors['amount']);
    expect(over.errors['amount']).to.deep.include({ key: 'errors.amount.too_large' });
    expect(over.errors['amount']?.params?.['max']).to.deep.equal({ money: 100_00, currency: 'USD' });
    fill(a, { amount: '40.00' });
    a.send({ type: 'next' });
    await until(a, (s) => s.status === 'complete');
    const payouts = linkPayouts(b, l.id);
    expect(payouts.map((t) => t.amount)).to.deep.equal([40_00]);
    expect(b.ledger.getWallet(b.appId, userId)).to.deep.include({ withdrawable_amount: 60_00 });
  });

  it('a link that may not be split always claims the whole amount', async () => {
    const userId = b.user({ bank: true });
    const l = link(b, { amount: 70_00 });
    const a = track(claimActor(b, l.token, { userId, hidden: ['compliance'] }));
    await toReview(a);
    fill(a, { amount_mode: 'partial', amount: '10' });
    a.send({ type: 'next' });
    await until(a, (s) => s.status === 'complete');
    expect(linkPayouts(b, l.id).map((t) => t.amount)).to.deep.equal([70_00]);
  });

  it('says when the fee of the chosen method is more than the payment', async () => {
    const b2 = await claimBench({ payout_fees: { ach: 5_00 } });
    try {
      const userId = b2.user({ bank: true });
      const l = link(b2, { amount: 3_00 });
      const a = track(claimActor(b2, l.token, { userId, hidden: ['compliance'] }));
      await toReview(a);
      a.send({ type: 'next' });
      const s = await until(a, (x) => !!x.errors['payout_method_id']);
      expect(s.errors['payout_method_id']?.key).to.equal('claim.errors.method.fee_too_high');
      expect(s.status).to.equal('editing');
      expect(linkPayouts(b2, l.id)).to.have.length(0);
    } finally {
      b2.close();
    }
  });

  describe('links that cannot be claimed', () => {
    async function unavailable(ref: string | null) {
      const a = track(claimActor(b, ref));
      const seen = notices(a);
      a.start();
      const s = await until(a, (x) => x.ready && x.current === CLAIM_UNAVAILABLE);
      expect(s.visible).to.deep.equal([CLAIM_UNAVAILABLE]);
      expect(s.status).to.equal('editing');
      expect(seen.some((n) => n.type === 'complete'), 'never "complete"').to.equal(false);
      a.send({ type: 'next' });
      expect(a.getSnapshot().status).to.not.equal('complete');
      return s;
    }

    it('no link at all', async () => {
      const s = await unavailable(null);
      expect(linkProblemOf(s)).to.equal('missing');
    });

    it('an unknown token', async () => {
      const s = await unavailable('no-such-link');
      expect(linkProblemOf(s)).to.equal('unknown');
    });

    it('a malformed link (a dot segment, a slash) is unknown, not a failure to retry', async () => {
      for (const ref of ['..', 'tok/../x']) expect(linkProblemOf(await unavailable(ref)), ref).to.equal('unknown');
    });

    it('a link of another app is unknown here', async () => {
      const other = await claimBench();
      try {
        const foreign = link(other);
        expect(linkProblemOf(await unavailable(foreign.token))).to.equal('unknown');
      } finally {
        other.close();
      }
    });

    it('an expired link (the clock passed its expiry)', async () => {
      const l = link(b, { expires_in: 3600 });
      b.clock.advance(3601_000);
      const s = await unavailable(l.token);
      expect(linkProblemOf(s)).to.equal('expired');
      expect(s.context.link?.expires_at).to.equal(l.expires_at);
    });

    it('a canceled link', async () => {
      const l = link(b);
      b.ledger.cancelPayoutLink(b.appId, l.id);
      expect(linkProblemOf(await unavailable(l.token))).to.equal('canceled');
    });

    it('a link already claimed', async () => {
      const l = link(b);
      const userId = b.user({ bank: true });
      b.ledger.claimPayoutLink(b.appId, { link: l.id, user_id: userId, idempotency_key: 'operator-claim-1' });
      expect(linkProblemOf(await unavailable(l.token))).to.equal('claimed');
    });

    it('a link whose delivery failed', async () => {
      const l = link(b, { delivery_method: 'sms', payee: { country_code: '1', phone_number: '2015550000' } });
      expect(b.ledger.getPayoutLink(b.appId, l.id).status).to.equal('failed');
      expect(linkProblemOf(await unavailable(l.token))).to.equal('failed');
    });

    it('a backend that cannot be reached is not a bad link: it fails with a retry', async () => {
      const l = link(b);
      b.adapter.faults.failNext('network', 1, 'getPayoutLink');
      const a = track(claimActor(b, l.token));
      a.start();
      const s = await until(a, (x) => x.status === 'failed');
      if (s.status !== 'failed') throw new Error('not failed');
      expect(s.error).to.deep.include({ code: 'network', retryable: true });
      expect(linkProblemOf(s)).to.equal(null);
      a.send({ type: 'retry' });
      await editing(a, CLAIM_INTRO);
    });
  });

  it('a link claimed elsewhere while on the last step: the claim is refused as link_claimed, no second payout', async () => {
    const l = link(b);
    const me = b.user({ bank: true });
    const someoneElse = b.user({ bank: true });
    const a = track(claimActor(b, l.token, { userId: me, hidden: ['compliance'] }));
    await toReview(a);
    b.ledger.claimPayoutLink(b.appId, { link: l.id, user_id: someoneElse, idempotency_key: 'other-tab-claim' });
    a.send({ type: 'next' });
    const s = await until(a, (x) => x.status === 'failed');
    if (s.status !== 'failed') throw new Error('not failed');
    expect(s.error.code).to.equal('link_claimed');
    expect(linkProblemOf(s)).to.equal('claimed');
    expect(s.errors, 'not pinned on a field').to.deep.equal({});
    expect(linkPayouts(b, l.id)).to.have.length(1);
    expect(b.ledger.getWallet(b.appId, me).amount).to.equal(0);
  });

  it('a failure before the claim reached the ledger, then Retry: one transfer, with the same key', async () => {
    const l = link(b);
    const userId = b.user({ bank: true });
    const a = track(claimActor(b, l.token, { userId, hidden: ['compliance'] }));
    await toReview(a);
    b.adapter.faults.failNext('server', 1, 'claimPayoutLink');
    a.send({ type: 'next' });
    const failed = await until(a, (x) => x.status === 'failed');
    if (failed.status !== 'failed') throw new Error('not failed');
    expect(failed.error).to.deep.include({ code: 'server', retryable: true });
    expect(linkProblemOf(failed)).to.equal(null);
    const key = failed.intents[CLAIM_REVIEW]?.key;
    expect(key).to.be.a('string');
    a.send({ type: 'retry' });
    const done = await until(a, (x) => x.status === 'complete');
    const payouts = linkPayouts(b, l.id);
    expect(payouts).to.have.length(1);
    expect(payouts[0]!.idempotency_key).to.equal(key);
    expect(done.context.transfer?.id).to.equal(payouts[0]!.id);
  });

  it('an answer lost after the ledger claimed (the network dropped it), then Retry: the same transfer comes back', async () => {
    const l = link(b);
    const userId = b.user({ bank: true });
    let drop = true;
    // The backend did the work; only the answer is lost on the way back, as on a flaky network.
    const flaky = withOverrides(b.adapter, {
      claimPayoutLink: async (...args) => {
        const r = await b.adapter.claimPayoutLink(...args);
        if (drop) {
          drop = false;
          throw new DotsError('network', 'connection reset');
        }
        return r;
      },
    });
    const a = track(createFlowActor({ definition: buildClaimFlow({ signIn: false, link: l.token }), adapter: flaky, today: TODAY, userId, hidden: ['compliance'] }));
    await toReview(a);
    a.send({ type: 'next' });
    await until(a, (x) => x.status === 'failed');
    expect(linkPayouts(b, l.id), 'the first attempt did claim').to.have.length(1);
    a.send({ type: 'retry' });
    const done = await until(a, (x) => x.status === 'complete');
    const payouts = linkPayouts(b, l.id);
    expect(payouts).to.have.length(1);
    expect(done.context.transfer?.id).to.equal(payouts[0]!.id);
    expect(b.ledger.checkInvariants().ok).to.equal(true);
  });

  it('pressing Claim three times sends one claim', async () => {
    const l = link(b);
    const userId = b.user({ bank: true });
    const a = track(claimActor(b, l.token, { userId, hidden: ['compliance'] }));
    await toReview(a);
    let calls = 0;
    const off = b.adapter.subscribe((e) => {
      if (e.type === 'payout_link.claimed') calls += 1;
    });
    a.send({ type: 'next' });
    a.send({ type: 'next' });
    a.send({ type: 'next' });
    await until(a, (x) => x.status === 'complete');
    off();
    expect(calls).to.equal(1);
    expect(linkPayouts(b, l.id)).to.have.length(1);
  });

  it('a claim resumed from a draft written mid-claim reuses its key: still one payout', async () => {
    const l = link(b);
    const userId = b.user({ bank: true });
    const drafts = recordingStore();
    const a = track(claimActor(b, l.token, { userId, hidden: ['compliance'], draft: { store: drafts, key: 'c' } }));
    await toReview(a);
    a.send({ type: 'next' });
    await until(a, (x) => x.status === 'complete');
    const mid = drafts.writes.map((w) => JSON.parse(w)).find((s) => s.status === 'submitting' && s.pending.kind === 'submit' && s.current === CLAIM_REVIEW);
    expect(mid).to.not.equal(undefined);
    const again = recordingStore();
    again.set('c', JSON.stringify(mid));
    const resumed = track(claimActor(b, l.token, { userId, hidden: ['compliance'], draft: { store: again, key: 'c' } }));
    resumed.start();
    const s = await until(resumed, (x) => x.status === 'complete');
    expect(linkPayouts(b, l.id)).to.have.length(1);
    expect(s.context.transfer?.id).to.equal(linkPayouts(b, l.id)[0]!.id);
  });

  it('maps link errors to problems, other errors to none', () => {
    expect(problemOfError({ code: 'link_claimed' })).to.equal('claimed');
    expect(problemOfError({ code: 'link_expired' })).to.equal('expired');
    expect(problemOfError({ code: 'link_canceled' })).to.equal('canceled');
    expect(problemOfError({ code: 'not_found', field: 'link' })).to.equal('unknown');
    expect(problemOfError({ code: 'not_found', field: 'user_id' })).to.equal(null);
    expect(problemOfError({ code: 'conflict', field: 'link' })).to.equal('failed');
    expect(problemOfError({ code: 'server' })).to.equal(null);
  });
});

describe('trackTransfer', () => {
  let b: Bench;
  beforeEach(async () => {
    b = await claimBench();
  });
  afterEach(() => b.close());

  function claimed() {
    const l = link(b);
    const userId = b.user({ bank: true });
    return b.ledger.claimPayoutLink(b.appId, { link: l.id, user_id: userId, idempotency_key: `track-${l.id}` }).transfer;
  }

  function follow(adapter: BackendAdapter, id: string, pollMs: number) {
    const seen: Transfer[] = [];
    let resolveFinal!: () => void;
    const final = new Promise<void>((r) => (resolveFinal = r));
    const stop = trackTransfer(adapter, id, {
      pollMs,
      onUpdate: (t) => {
        seen.push(t);
        if (['completed', 'failed', 'reversed', 'canceled'].includes(t.status)) resolveFinal();
      },
    });
    return { seen, final, stop };
  }

  it('follows live events until the transfer is final, then stops', async () => {
    const t = claimed();
    const { seen, final } = follow(b.adapter, t.id, 0);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.map((x) => x.status)).to.deep.equal(['pending']);
    b.clock.advance(10_000);
    await final;
    expect(seen.map((x) => x.status)).to.deep.equal(['pending', 'completed']);
  });

  it('polls when the backend sends no events', async () => {
    const t = claimed();
    const silent = withOverrides(b.adapter, { subscribe: () => () => {} });
    const { seen, final } = follow(silent, t.id, 10);
    b.clock.advance(10_000);
    await final;
    expect(seen.at(-1)?.status).to.equal('completed');
    expect(new Set(seen.map((x) => x.status)).size, 'each state once').to.equal(seen.length);
  });

  it('stops on demand', async () => {
    const t = claimed();
    const { seen, stop } = follow(b.adapter, t.id, 0);
    await new Promise((r) => setTimeout(r, 20));
    stop();
    b.clock.advance(10_000);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.map((x) => x.status)).to.deep.equal(['pending']);
  });
});

describe('linkFromUrl', () => {
  it('reads the fragment first, then the query; `link` before `payout_link`', () => {
    expect(linkFromUrl('https://x.test/claim#link=tok_1')).to.equal('tok_1');
    expect(linkFromUrl('https://x.test/claim?link=tok_2')).to.equal('tok_2');
    expect(linkFromUrl('https://x.test/claim?link=q#link=h')).to.equal('h');
    expect(linkFromUrl('https://x.test/?payout_link=tok_3')).to.equal('tok_3');
    expect(linkFromUrl('https://x.test/?payout_link=a&link=b')).to.equal('b');
  });
  it('reads a named parameter only, and gives null for none or junk', () => {
    expect(linkFromUrl('https://x.test/?link=a&pl=b', 'pl')).to.equal('b');
    expect(linkFromUrl('https://x.test/?link=a', 'pl')).to.equal(null);
    expect(linkFromUrl('https://x.test/?link=')).to.equal(null);
    expect(linkFromUrl('not a url')).to.equal(null);
    expect(linkFromUrl('https://x.test/?link=a%20b')).to.equal('a b');
  });
});
