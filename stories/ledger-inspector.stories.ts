import '../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/ledger-inspector/define.ts';
import { MockAdapter } from '../src/adapters/mock/mock-adapter.ts';
import { Ledger, ManualClock, RealClock } from '../src/core/ledger/index.ts';

/**
 * The ledger console on the seeded mock ledger: apps and wallets, users, the code outbox,
 * payout links, transfers with the operator actions the status table allows, the clock, faults,
 * reset, export and import.
 */
interface Loaded {
  adapter: MockAdapter;
  ledger: Ledger;
}

async function seeded(clock: 'manual' | 'real' = 'manual'): Promise<Loaded> {
  const ledger = new Ledger({ clock: clock === 'manual' ? new ManualClock() : new RealClock(), seed: 'storybook-inspector' });
  const { app, users } = ledger.seedDemo();
  // a code in the outbox, as if Grace had started signing in
  ledger.sendVerificationCode(app.id, { country_code: users[1]!.country_code, phone_number: users[1]!.phone_number });
  const adapter = await new MockAdapter({ ledger, appId: app.id, persist: 'memory' }).ready();
  return { adapter, ledger };
}

const meta: Meta = {
  title: 'Developer/Ledger inspector',
  component: 'dots-ledger-inspector',
  loaders: [async () => seeded()],
};
export default meta;

type Story = StoryObj;

export const WithMockAdapter: Story = {
  render: (_a, { loaded }) => html`<dots-ledger-inspector .adapter=${(loaded as Loaded).adapter}></dots-ledger-inspector>`,
};

/** Only a ledger (no adapter): no fault switches; reset goes back to the first state shown. */
export const LedgerOnRealClock: Story = {
  loaders: [async () => seeded('real')],
  render: (_a, { loaded }) => html`<dots-ledger-inspector .ledger=${(loaded as Loaded).ledger}></dots-ledger-inspector>`,
};

export const ClockAndTransfersOnly: Story = {
  render: (_a, { loaded }) => html`<dots-ledger-inspector .adapter=${(loaded as Loaded).adapter} sections="clock transfers"></dots-ledger-inspector>`,
};

export const French: Story = {
  render: (_a, { loaded }) => html`<dots-ledger-inspector lang="fr" .adapter=${(loaded as Loaded).adapter}></dots-ledger-inspector>`,
};

export const ArabicDark: Story = {
  render: (_a, { loaded }) => html`<div dir="rtl" style="background:#111318;padding:1rem">
    <dots-ledger-inspector lang="ar" theme="dark" .adapter=${(loaded as Loaded).adapter}></dots-ledger-inspector>
  </div>`,
};
