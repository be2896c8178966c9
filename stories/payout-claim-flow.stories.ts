import '../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.ts';
import { createMockAdapter, type MockAdapter } from '../src/adapters/mock/mock-adapter.ts';
import { Ledger } from '../src/core/ledger/ledger.ts';
import { ManualClock } from '../src/core/ledger/clock.ts';
import { SANDBOX } from '../src/core/ledger/inputs.ts';

/**
 * The claim flow on the seeded demo ledger ("Demo Marketplace": magic code on, a PayPal fee, a
 * flag threshold of $500). Each story gets a fresh in-memory ledger on real timers, so a claimed
 * payout settles by itself after a few seconds and the status changes on screen.
 */
interface Loaded {
  adapter: MockAdapter;
  /** Token of an open link for a new payee (phone, name and email prefilled from the link). */
  open: string;
  /** Token of an open link that may be claimed in part, for the signed-in payee. */
  partial: string;
  /** A payee with a W-9 and a bank account on file. */
  userId: string;
  canceled: string;
  claimed: string;
}

async function seeded(): Promise<Loaded> {
  // Real time, so settlement happens by itself; a manual clock would freeze the live status.
  const ledger = new Ledger({ seed: 'storybook-claim' });
  ledger.seedDemo();
  const adapter = await createMockAdapter({ ledger, persist: 'memory' });
  const app = adapter.appId;
  const open = ledger.createPayoutLink(app, {
    amount: 125_00,
    memo: 'Thanks for the photos from the launch. Invoice #1042.',
    payee: { first_name: 'Katherine', last_name: 'Johnson', email: 'katherine@example.com', country_code: '1', phone_number: '2015550199' },
  });
  const partial = ledger.createPayoutLink(app, { amount: 90_00, memo: 'Your share of the trip', allow_partial: true });
  const grace = ledger.listUsers(app, { limit: 100 }).data.find((u) => u.first_name === 'Grace')!;
  ledger.submitCompliance(app, {
    form: 'w9',
    user_id: grace.id,
    entity_type: 'individual',
    legal_name: 'Grace Hopper',
    tax_id_type: 'ssn',
    tax_id: '123456789',
    address: { line1: '1 Navy Yard', city: 'Arlington', region: 'VA', postal_code: '22201', country: 'US' },
    certified: true,
  });
  const canceled = ledger.createPayoutLink(app, { amount: 40_00 });
  ledger.cancelPayoutLink(app, canceled.id);
  const claimed = ledger.createPayoutLink(app, { amount: 20_00 });
  ledger.claimPayoutLink(app, { link: claimed.id, user_id: grace.id, idempotency_key: 'storybook-claimed-1' });
  return { adapter, open: open.token, partial: partial.token, userId: grace.id, canceled: canceled.token, claimed: claimed.token };
}

/** A link whose time ran out: the demo ledger on a manual clock, moved past the expiry. */
async function seededExpired(): Promise<{ adapter: MockAdapter; expired: string }> {
  const clock = new ManualClock(Date.UTC(2026, 0, 15, 12));
  const ledger = new Ledger({ clock, seed: 'storybook-claim-expired' });
  ledger.seedDemo();
  const adapter = await createMockAdapter({ ledger, persist: 'memory' });
  const expired = ledger.createPayoutLink(adapter.appId, { amount: 60_00, expires_in: 3600 });
  clock.advance(2 * 3600_000);
  return { adapter, expired: expired.token };
}

interface Args {
  lang: string;
  theme: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Flows/Payout claim',
  component: 'dots-payout-claim-flow',
  args: { lang: 'en', theme: 'light' },
  argTypes: {
    lang: { control: 'select', options: ['en', 'es', 'fr', 'pt-BR', 'ar'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  parameters: {
    docs: {
      description: {
        component: `Claims a payout link. Sign in with any phone number and the sandbox code \`${SANDBOX.magicCode}\`. After the claim, the payout settles on the mock rail in a few seconds and the status updates live.`,
      },
    },
  },
  loaders: [seeded],
};
export default meta;

type Story = StoryObj<Args>;
const L = (loaded: unknown) => loaded as Loaded;

export const NewPayee: Story = {
  name: 'New payee (prefilled from the link)',
  render: (a, { loaded }) =>
    html`<dots-payout-claim-flow lang=${a.lang} theme=${a.theme} .adapter=${L(loaded).adapter} link=${L(loaded).open} no-draft></dots-payout-claim-flow>`,
};

export const SignedInPartial: Story = {
  name: 'Signed-in payee, part of the amount',
  render: (a, { loaded }) =>
    html`<dots-payout-claim-flow
      lang=${a.lang}
      theme=${a.theme}
      .adapter=${L(loaded).adapter}
      link=${L(loaded).partial}
      user-id=${L(loaded).userId}
      no-draft
    ></dots-payout-claim-flow>`,
};

export const ArabicDark: Story = {
  args: { lang: 'ar', theme: 'dark' },
  render: (a, { loaded }) =>
    html`<div style="background:#111318">
      <dots-payout-claim-flow lang=${a.lang} theme=${a.theme} .adapter=${L(loaded).adapter} link=${L(loaded).open} no-draft></dots-payout-claim-flow>
    </div>`,
};

export const AlreadyClaimed: Story = {
  render: (a, { loaded }) =>
    html`<dots-payout-claim-flow lang=${a.lang} theme=${a.theme} .adapter=${L(loaded).adapter} link=${L(loaded).claimed} no-draft></dots-payout-claim-flow>`,
};

export const Expired: Story = {
  loaders: [seededExpired],
  render: (a, { loaded }) =>
    html`<dots-payout-claim-flow lang=${a.lang} theme=${a.theme} .adapter=${(loaded as { adapter: MockAdapter }).adapter} link=${(loaded as { expired: string }).expired} no-draft></dots-payout-claim-flow>`,
};

export const Canceled: Story = {
  render: (a, { loaded }) =>
    html`<dots-payout-claim-flow lang=${a.lang} theme=${a.theme} .adapter=${L(loaded).adapter} link=${L(loaded).canceled} no-draft></dots-payout-claim-flow>`,
};

export const Unknown: Story = {
  name: 'Unknown link',
  render: (a, { loaded }) =>
    html`<dots-payout-claim-flow lang=${a.lang} theme=${a.theme} .adapter=${L(loaded).adapter} link="tok_not_a_real_link" no-draft></dots-payout-claim-flow>`,
};

export const NoLink: Story = {
  name: 'No link given',
  render: (a, { loaded }) => html`<dots-payout-claim-flow lang=${a.lang} theme=${a.theme} .adapter=${L(loaded).adapter} no-draft></dots-payout-claim-flow>`,
};
