/**
 * The operator's side, beside the flows. On the in-browser ledger: `<dots-ledger-inspector>` on
 * the page's MockAdapter (wallets, outbox, payout links, transfers and their operator actions,
 * the clock, faults, reset). With the HTTP adapter the ledger lives in the server, so the host's
 * own API console takes its place.
 */
import type { MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import { claimUrlTemplate } from '../lib/claim-link.ts';
import type { DemoContext, DemoSection } from '../lib/context.ts';
import { DEMO_APP_FUNDS, refundApp } from '../lib/demo-ledger.ts';
import { h } from '../lib/dom.ts';
import { forgetPayee } from '../lib/payee.ts';
import { mountApiConsole } from './api-console.ts';

const money = (cents: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

function mountInspector(host: HTMLElement, ctx: DemoContext, adapter: MockAdapter): void {
  const inspector = document.createElement('dots-ledger-inspector');
  inspector.adapter = adapter;
  inspector.headingLevel = 3;
  inspector.claimUrlTemplate = claimUrlTemplate(ctx.lib);
  // The page's language or theme changed: claim URLs keep them.
  document.getElementById('demo-controls')?.addEventListener('change', () => (inspector.claimUrlTemplate = claimUrlTemplate(ctx.lib)), { signal: ctx.signal });

  inspector.addEventListener('dots-ledger-change', (e) => {
    if (e.detail.reason !== 'reset') return;
    forgetPayee(ctx.adapterKind);
    refundApp(adapter).then(
      () => ctx.status(`Ledger reset. The demo app was funded again with ${money(DEMO_APP_FUNDS)}, so payout links can be created.`),
      (err: unknown) => ctx.status(`Ledger reset, but funding the app failed: ${err instanceof Error ? err.message : String(err)}`, 'error'),
    );
  });

  host.append(
    h(
      'p',
      { class: 'demo-hint' },
      'Payouts move on this ledger’s clock, which runs only when you advance it (Clock) or turn on auto-run: ',
      'a new payout is Created, Pending a second later, and settles 5 seconds after that (2 for PayPal, Venmo and Cash App). ',
      'Payouts of $500.00 or more wait Under review until you release them (Transfers).',
    ),
    inspector,
  );
}

export const consoleSection: DemoSection = {
  id: 'ledger',
  title: 'Ledger console',
  description: 'The operator’s side: wallets, the message outbox, payout links, transfers, the clock and fault injection.',
  mount(host, ctx) {
    const adapter = ctx.adapter;
    if (adapter instanceof ctx.lib.MockAdapter) mountInspector(host, ctx, adapter);
    else mountApiConsole(host, ctx);
  },
};
