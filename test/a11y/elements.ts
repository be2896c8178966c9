/**
 * The elements outside the flows, each in the state with the most on screen: the transfer list
 * with rows and one transfer's detail dialog open, the transfer detail on its own, status badges,
 * the ledger inspector on the demo seed, and the lifecycle diagram with a transfer's path.
 */
import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.ts';
import { Ledger, ManualClock } from '../../src/core/ledger/index.ts';
import { MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import type { DotsTransfers } from '../../src/components/transfers/transfers.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { payee } from '../transfers/fixture.ts';
import { waitFor as until } from '../claim/element-helpers.ts';
import type { Host } from './scenes.ts';

export interface ElementScene {
  name: string;
  /** mounts the element in `lang` and brings it to the state worth checking */
  mount(lang: string): Promise<{ el: Host; close(): void }>;
}

const rows = (el: DotsTransfers) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=row]')];

async function transfersWithDialog(lang: string) {
  const f = await payee({ flagThreshold: 1_000_00 });
  const flagged = f.payout(2_000_00);
  f.ledger.releaseTransfer(f.app.id, flagged.id);
  f.payout(15_00);
  f.payout(30_00, f.failing.id);
  f.clock.advance(10_000);
  const el = await fixtureIn<DotsTransfers>({ lang }, html`<dots-transfers .adapter=${f.adapter} user-id=${f.user.id}></dots-transfers>`);
  await el.loaded;
  // Timers, not frames: a background test page gets no animation frames.
  await until(() => rows(el).length >= 3, 'the rows');
  rows(el)[0]!.click();
  await el.updateComplete;
  await until(() => el.shadowRoot!.querySelector('dialog')?.open === true, 'the detail dialog');
  await el.shadowRoot!.querySelector<Host>('dots-transfer-detail')!.updateComplete;
  return { el: el as unknown as Host, close: () => f.adapter.close() };
}

async function plain(lang: string, tpl: TemplateResult, close = () => {}) {
  const el = await fixtureIn<Host & import('lit').LitElement>({ lang }, tpl);
  return { el: el as unknown as Host, close };
}

export const ELEMENT_SCENES: ElementScene[] = [
  { name: 'dots-transfers (rows and the detail dialog open)', mount: transfersWithDialog },
  {
    name: 'dots-transfer-detail',
    async mount(lang) {
      const f = await payee({ flagThreshold: 1_000_00 });
      const t = f.payout(2_000_00);
      f.ledger.releaseTransfer(f.app.id, t.id);
      f.clock.advance(10_000);
      return plain(lang, html`<dots-transfer-detail .transfer=${f.ledger.getTransfer(f.app.id, t.id)}></dots-transfer-detail>`, () => f.adapter.close());
    },
  },
  {
    name: 'dots-status-badge',
    mount: (lang) => plain(lang, html`<dots-status-badge status="flagged"></dots-status-badge>`),
  },
  {
    name: 'dots-ledger-inspector',
    async mount(lang) {
      const ledger = new Ledger({ clock: new ManualClock(), seed: 5 });
      const { app } = ledger.seedDemo();
      const adapter = new MockAdapter({ ledger, appId: app.id, persist: 'memory' });
      await adapter.ready();
      return plain(lang, html`<dots-ledger-inspector .adapter=${adapter} claim-url="https://pay.example/claim?link={token}"></dots-ledger-inspector>`, () => adapter.close());
    },
  },
  {
    name: 'dots-transfer-lifecycle',
    mount: (lang) =>
      plain(
        lang,
        html`<dots-transfer-lifecycle show-text .transfer=${{ status: 'completed', status_history: [{ status: 'created' }, { status: 'flagged' }, { status: 'pending' }, { status: 'completed' }] }}></dots-transfer-lifecycle>`,
      ),
  },
];
