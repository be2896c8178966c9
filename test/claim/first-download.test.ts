// Issue 9 (code splitting per step) for the payout link claim: the intro comes with the element;
// the later steps' rules, effects and screens (the phone screen and the status page included)
// arrive while the payee reads the intro. This file imports only the claim element's define
// module, so nothing else has defined the later screens before it runs.
import { expect, html } from '@open-wc/testing';
import '../../src/components/payout-claim-flow/define.ts';
import type { DotsPayoutClaimFlow } from '../../src/components/payout-claim-flow/payout-claim-flow.ts';
import { buildClaimFlow, CLAIM_INTRO, type ClaimContext } from '../../src/core/flows/payout-claim.ts';
import { resolveSteps } from '../../src/core/machine/lazy-steps.ts';
import { afterClaimPart } from '../../src/components/payout-claim-flow/step-views.ts';
import type { StepEnv } from '../../src/core/machine/types.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { claimBench, link, type Bench } from './harness.ts';
import { editingOn, root, view, waitFor } from './element-helpers.ts';

const LATER_SCREENS = ['dots-alert', 'dots-error-summary', 'dots-sign-in-step', 'dots-phone-input', 'dots-claim-review-step', 'dots-compliance-step', 'dots-manage-payouts-step', 'dots-otp-input', 'dots-status-badge', 'dots-transfer-lifecycle'];

function env(context: Partial<ClaimContext>): StepEnv<ClaimContext> {
  return { context: { ...buildClaimFlow({ signIn: true, link: 'x' }).context, ...context }, userId: null, flowId: null, values: {}, today: '2026-01-15' } as StepEnv<ClaimContext>;
}

describe('the claim element: first download and what comes later', () => {
  let b: Bench;
  beforeEach(async () => {
    b = await claimBench();
  });
  afterEach(() => {
    b.close();
    sessionStorage.clear();
  });

  it('keeps the intro and the unavailable page up front; every later step loads, the phone screen included', () => {
    const def = buildClaimFlow({ signIn: true, link: 'x' });
    const lazy = def.steps.filter((s) => s.body).map((s) => s.id);
    expect(lazy).to.deep.equal(['sign-in-phone', 'sign-in-code', 'sign-in-profile', 'compliance-w9', 'compliance-w8ben', 'manage-payouts', 'claim-review']);
    // What the reducer needs before the code is there stays in the heads.
    const review = def.steps.find((s) => s.id === 'claim-review')!;
    expect(review.canRevisit?.(env({ transfer: null }))).to.equal(true);
  });

  it("once loaded, the tax form still asks only a payee without one on file, and only while the link can be claimed", async () => {
    const def = await resolveSteps(buildClaimFlow({ signIn: true, link: 'x' }));
    expect(def.steps.every((s) => !s.body)).to.equal(true);
    const w9 = def.steps.find((s) => s.id === 'compliance-w9')!;
    expect(w9.schema, 'the rules arrived').to.not.equal(undefined);
    expect(w9.when!(env({ country: 'US', taxFormOnFile: false, linkProblem: null }))).to.equal(true);
    expect(w9.when!(env({ country: 'US', taxFormOnFile: true, linkProblem: null })), 'a form on file').to.equal(false);
    expect(w9.when!(env({ country: 'US', taxFormOnFile: false, linkProblem: 'expired' })), 'link closed').to.equal(false);
    const profile = def.steps.find((s) => s.id === 'sign-in-profile')!;
    expect(profile.when!(env({ newUser: true, linkProblem: 'claimed' })), 'link closed').to.equal(false);
  });

  it('registers the intro up front, not the later screens; they are defined by the time the payee can go on', async () => {
    for (const tag of LATER_SCREENS) expect(customElements.get(tag), tag).to.equal(undefined);
    expect(afterClaimPart(), 'the status page is not in the first download').to.equal(null);
    const l = link(b);
    const flow = await fixtureIn<DotsPayoutClaimFlow>({ lang: 'en' }, html`<dots-payout-claim-flow .adapter=${b.adapter} link=${l.token} no-draft></dots-payout-claim-flow>`);
    await editingOn(flow, CLAIM_INTRO);
    expect(view(flow)?.localName).to.equal('dots-claim-intro-step');
    // The later steps' code arrives while the payee reads the intro.
    const deadline = performance.now() + 8000;
    while (LATER_SCREENS.some((t) => !customElements.get(t)) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    for (const tag of LATER_SCREENS) expect(customElements.get(tag), tag).to.not.equal(undefined);
    expect(afterClaimPart(), 'the status page and tracking came with the claim screen').to.not.equal(null);
  });

  it('a failed start shows the alert, which loads on its own, with Try again focused', async () => {
    const l = link(b);
    b.adapter.faults.failNext('server', 1, 'getPayoutLink');
    const flow = await fixtureIn<DotsPayoutClaimFlow>({ lang: 'en' }, html`<dots-payout-claim-flow .adapter=${b.adapter} link=${l.token} no-draft></dots-payout-claim-flow>`);
    await waitFor(() => !!root(flow).querySelector('dots-alert')?.shadowRoot?.querySelector('[part="retry"]'), 'the alert with Try again');
    const alert = root(flow).querySelector('dots-alert')!;
    await waitFor(() => alert.shadowRoot!.activeElement?.getAttribute('part') === 'retry', 'focus on Try again');
    alert.shadowRoot!.querySelector<HTMLElement>('[part="retry"]')!.click();
    await editingOn(flow, CLAIM_INTRO);
  });
});
