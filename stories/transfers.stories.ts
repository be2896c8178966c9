import '../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/transfers/define.ts';
import '../src/components/ledger-inspector/define.ts';
import { MockAdapter } from '../src/adapters/mock/mock-adapter.ts';
import { Ledger, ManualClock } from '../src/core/ledger/index.ts';

/**
 * A payee's transfers on the seeded mock ledger (a manual clock: nothing moves until the
 * inspector's clock is advanced). Ada has a completed, a flagged and a pending payout.
 */
interface Loaded {
  adapter: MockAdapter;
  userId: string;
}

async function seeded(options: { extra?: number; failFirstLoad?: boolean } = {}): Promise<Loaded> {
  const ledger = new Ledger({ clock: new ManualClock(), seed: 'storybook-transfers' });
  const { app, users } = ledger.seedDemo();
  const ada = users[0]!;
  if (options.extra) ledger.refillApp(app.id, options.extra * 5000, 'story-refill');
  for (let i = 0; i < (options.extra ?? 0); i++) ledger.transferToUser(app.id, ada.id, 1 + (i % 5000), `story-${i}`);
  const adapter = await new MockAdapter({ ledger, appId: app.id, persist: 'memory' }).ready();
  if (options.failFirstLoad) adapter.faults.failNext('network', 1, 'listTransfers');
  return { adapter, userId: ada.id };
}

const meta: Meta = {
  title: 'Transfers/Transfer list',
  component: 'dots-transfers',
  loaders: [async () => seeded()],
};
export default meta;

type Story = StoryObj;
const list = ({ adapter, userId }: Loaded, lang = 'en', theme: 'light' | 'dark' = 'light') =>
  html`<dots-transfers lang=${lang} theme=${theme} .adapter=${adapter} user-id=${userId}></dots-transfers>`;

export const Payee: Story = { render: (_a, { loaded }) => list(loaded as Loaded) };

/** The list beside the console: release the flagged payout or advance the clock and watch the rows change. */
export const LiveWithInspector: Story = {
  render: (_a, { loaded }) => {
    const l = loaded as Loaded;
    return html`<div style="display:grid;grid-template-columns:minmax(18rem,28rem) 1fr;gap:1.5rem;align-items:start">
      ${list(l)}
      <dots-ledger-inspector .adapter=${l.adapter} sections="transfers clock"></dots-ledger-inspector>
    </div>`;
  },
};

/** 10,000 transfers: only the rows on screen exist in the DOM. */
export const TenThousandTransfers: Story = {
  loaders: [async () => seeded({ extra: 9_990 })],
  render: (_a, { loaded }) => html`<dots-transfers .adapter=${(loaded as Loaded).adapter} user-id=${(loaded as Loaded).userId} page-size="100"></dots-transfers>`,
};

export const LoadErrorWithRetry: Story = {
  loaders: [async () => seeded({ failFirstLoad: true })],
  render: (_a, { loaded }) => list(loaded as Loaded),
};

export const FilteredToCompleted: Story = {
  render: (_a, { loaded }) => html`<dots-transfers status="completed" .adapter=${(loaded as Loaded).adapter} user-id=${(loaded as Loaded).userId}></dots-transfers>`,
};

export const ArabicDark: Story = {
  render: (_a, { loaded }) => html`<div dir="rtl" style="background:#111318;padding:1rem">${list(loaded as Loaded, 'ar', 'dark')}</div>`,
};

export const Spanish: Story = { render: (_a, { loaded }) => list(loaded as Loaded, 'es') };
