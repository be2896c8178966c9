/**
 * Onboarding: `<dots-onboarding-flow>` on the page's backend, as a platform embeds it. When the
 * payee finishes, the host says so and offers to onboard someone else.
 */
import type { DemoContext, DemoSection } from '../lib/context.ts';
import { h } from '../lib/dom.ts';

const RUN_KEY = 'dots-flows-demo:onboarding-run';

/** Which onboarding of this session is on screen: each gets its own draft, per backend. */
function run(): number {
  try {
    return Number(sessionStorage.getItem(RUN_KEY)) || 1;
  } catch {
    return 1;
  }
}

function nextRun(): void {
  try {
    sessionStorage.setItem(RUN_KEY, String(run() + 1));
  } catch {
    /* the next flow may resume this one's draft: it was completed, so there is none */
  }
}

function hints(ctx: DemoContext): HTMLElement {
  const where = ctx.adapterKind === 'mock' ? 'the ledger console (Message outbox)' : 'the API console (Message outbox)';
  return h(
    'details',
    { class: 'demo-hints' },
    h('summary', {}, 'Sandbox values to try'),
    h(
      'ul',
      {},
      h('li', {}, 'Any US mobile number, for example ', h('code', {}, '(201) 555-0199'), '. The 6-digit code appears in ', where, '.'),
      h('li', {}, 'W-9: a Social Security number such as ', h('code', {}, '123-45-6789'), '.'),
      h('li', {}, 'US bank account: routing number ', h('code', {}, '011000015'), '; an account number ending in ', h('code', {}, '0000'), ' makes payouts fail at settlement.'),
    ),
  );
}

export const onboardingSection: DemoSection = {
  id: 'onboarding',
  title: 'Onboarding',
  description: 'A new payee signs in with a phone code, fills in tax details and adds a payout method.',
  mount(host, ctx) {
    const slot = h('div', { class: 'demo-flow-frame' });
    const after = h('div', { class: 'demo-after', role: 'status' });
    host.append(hints(ctx), slot, after);

    const render = () => {
      after.replaceChildren();
      const flow = document.createElement('dots-onboarding-flow');
      flow.adapter = ctx.adapter;
      flow.draftKey = `dots-flows-demo:onboarding:${ctx.adapterKind}:${run()}`;
      flow.addEventListener('dots-flow-complete', (e) => void finished(e.detail.userId));
      slot.replaceChildren(flow);
    };

    const finished = async (userId: string | null) => {
      let who = 'The payee';
      if (userId) {
        try {
          const user = await ctx.adapter.getUser(userId, { signal: ctx.signal });
          who = `${user.first_name} ${user.last_name}`;
        } catch {
          /* the name is a nicety; the button below still works */
        }
      }
      if (ctx.signal.aborted) return;
      after.replaceChildren(
        h('p', {}, `${who} is onboarded. Their tax form and payout method are in the ledger, with only the last four digits of the account kept.`),
        h(
          'button',
          {
            type: 'button',
            class: 'demo-button',
            onclick: () => {
              nextRun();
              render();
            },
          },
          'Onboard another payee',
        ),
      );
    };

    render();
  },
};
