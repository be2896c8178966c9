import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.ts';
import { createMockAdapter, type MockAdapter } from '../src/adapters/mock/mock-adapter.ts';
import { SANDBOX } from '../src/core/ledger/inputs.ts';

/**
 * The flows on the in-browser mock ledger. The app accepts the sandbox code `000000`, so any phone
 * number signs in; the real code is in the ledger's outbox too.
 */
interface Loaded {
  adapter: MockAdapter;
  userId: string;
}

async function mockLedger(options: { fees?: boolean; failing?: boolean } = {}): Promise<Loaded> {
  const adapter = await createMockAdapter({
    persist: 'memory',
    seed: 'storybook',
    app: { name: 'Storybook Marketplace', sandbox_magic_code: true, min_payout: 100, ...(options.fees ? { payout_fees: { paypal: 25, intl_bank: 150 } } : {}) },
  });
  const ledger = adapter.ledger;
  const app = adapter.appId;
  const user = ledger.createUserDirect(app, { first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.com', country_code: '1', phone_number: '2015550124' });
  ledger.addPayoutMethod(app, { platform: 'ach', user_id: user.id, routing_number: '011000015', account_number: '000123456789', account_type: 'checking' });
  ledger.refillApp(app, 500_00);
  ledger.transferToUser(app, user.id, 120_00);
  if (options.failing) adapter.faults.configure({ failureRate: 0.5, seed: 'storybook' });
  return { adapter, userId: user.id };
}

interface Args {
  lang: string;
  theme: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Flows/Flow',
  component: 'dots-flow',
  args: { lang: 'en', theme: 'light' },
  argTypes: {
    lang: { control: 'select', options: ['en', 'es', 'fr', 'pt-BR', 'ar'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  parameters: {
    docs: {
      description: {
        component: `Runs any list of API steps on a backend adapter. Sign in with any phone number and the sandbox code \`${SANDBOX.magicCode}\`.`,
      },
    },
  },
  loaders: [async () => mockLedger({ fees: true })],
};
export default meta;

type Story = StoryObj<Args>;

export const Onboarding: Story = {
  render: (a, { loaded }) =>
    html`<dots-onboarding-flow lang=${a.lang} theme=${a.theme} .adapter=${(loaded as Loaded).adapter} no-draft></dots-onboarding-flow>`,
};

export const ExistingUserEveryStep: Story = {
  name: 'Existing user, every step',
  render: (a, { loaded }) => html`<dots-flow
    lang=${a.lang}
    theme=${a.theme}
    .adapter=${(loaded as Loaded).adapter}
    user-id=${(loaded as Loaded).userId}
    steps="compliance id-verification manage-payouts payout redirect"
    redirect-url="https://example.com/thanks"
    redirect-seconds="0"
    no-draft
    @dots-flow-exit=${(e: Event) => e.preventDefault()}
  ></dots-flow>`,
};

export const Withdraw: Story = {
  render: (a, { loaded }) =>
    html`<dots-flow lang=${a.lang} theme=${a.theme} .adapter=${(loaded as Loaded).adapter} user-id=${(loaded as Loaded).userId} steps="payout" no-draft></dots-flow>`,
};

export const ArabicDark: Story = {
  args: { lang: 'ar', theme: 'dark' },
  render: (a, { loaded }) =>
    html`<div style="background:#111318"><dots-onboarding-flow lang=${a.lang} theme=${a.theme} .adapter=${(loaded as Loaded).adapter} no-draft></dots-onboarding-flow></div>`,
};

export const CustomAppearance: Story = {
  render: (a, { loaded }) => html`<dots-onboarding-flow
    lang=${a.lang}
    .adapter=${(loaded as Loaded).adapter}
    .appearance=${{ primaryColor: '#0f766e', primaryHoverColor: '#115e59', borderRadius: '2px', headingFontSize: '1.75rem' }}
    allow-exit
    no-draft
  >
    <strong slot="logo">Storybook Marketplace</strong>
    <small slot="legal">Payouts are processed by the mock ledger. No real money moves.</small>
  </dots-onboarding-flow>`,
};

export const FlakyBackend: Story = {
  name: 'Flaky backend (half the calls fail)',
  loaders: [async () => mockLedger({ failing: true })],
  render: (a, { loaded }) =>
    html`<dots-flow lang=${a.lang} theme=${a.theme} .adapter=${(loaded as Loaded).adapter} user-id=${(loaded as Loaded).userId} steps="manage-payouts payout" no-draft></dots-flow>`,
};

export const NoAdapter: Story = {
  render: (a) => html`<dots-flow lang=${a.lang} theme=${a.theme} steps="compliance"></dots-flow>`,
};
