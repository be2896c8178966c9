import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/dots-transfer-lifecycle/define.ts';
import type { DotsTransferLifecycle } from '../../src/components/dots-transfer-lifecycle/dots-transfer-lifecycle.ts';
import { layoutLifecycle, START } from '../../src/components/dots-transfer-lifecycle/lifecycle-layout.ts';
import { TRANSFER_TRANSITIONS } from '../../src/core/ledger/index.ts';

describe('lifecycle layout', () => {
  it('puts every status after the ones that lead to it, with one arrow per transition', () => {
    const l = layoutLifecycle(TRANSFER_TRANSITIONS, 'created', { nodeWidth: 100 });
    const x = (id: string) => l.nodes.find((n) => n.id === id)!.x;
    for (const [from, tos] of Object.entries(TRANSFER_TRANSITIONS)) for (const to of tos) expect(x(to), `${from}->${to}`).to.be.greaterThan(x(from));
    const count = Object.values(TRANSFER_TRANSITIONS).reduce((n, t) => n + t.length, 0);
    expect(l.edges.length).to.equal(count + 1);
    expect(l.edges[0]).to.include({ from: START, to: 'created' });
    // No two boxes overlap.
    const boxes = l.nodes.filter((n) => n.id !== START);
    for (const a of boxes) for (const b of boxes) if (a !== b) {
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${a.id} / ${b.id}`).to.equal(false);
    }
  });

  it('mirrors for right-to-left', () => {
    const ltr = layoutLifecycle(TRANSFER_TRANSITIONS, 'created', { nodeWidth: 100 });
    const rtl = layoutLifecycle(TRANSFER_TRANSITIONS, 'created', { nodeWidth: 100, rtl: true });
    const at = (l: typeof ltr, id: string) => l.nodes.find((n) => n.id === id)!.x;
    expect(at(rtl, 'completed')).to.be.lessThan(at(rtl, 'created'));
    expect(at(rtl, 'created')).to.equal(ltr.width - at(ltr, 'created') - 100);
  });
});

describe('dots-transfer-lifecycle', () => {
  it('draws a box per status and an arrow per transition of the exported table', async () => {
    const el = await fixture<DotsTransferLifecycle>(html`<dots-transfer-lifecycle lang="en"></dots-transfer-lifecycle>`);
    const root = el.shadowRoot!;
    const statuses = [...root.querySelectorAll('g.node')].map((g) => g.getAttribute('data-status'));
    expect(statuses.sort()).to.deep.equal(Object.keys(TRANSFER_TRANSITIONS).sort());
    expect(root.querySelectorAll('path.edge').length).to.equal(1 + Object.values(TRANSFER_TRANSITIONS).flat().length);
    expect(root.querySelector('svg')!.getAttribute('role')).to.equal('img');
    await expect(el).to.be.accessible();
  });

  it('lists every transition in words', async () => {
    const el = await fixture<DotsTransferLifecycle>(html`<dots-transfer-lifecycle lang="en"></dots-transfer-lifecycle>`);
    const items = [...el.shadowRoot!.querySelectorAll('ul li')].map((li) => li.textContent!.trim());
    expect(items).to.include('A new transfer starts as Created.');
    expect(items).to.include('Created can become Pending or Under review.');
    expect(items).to.include('Pending can become Completed, Failed, Reversed, or Canceled.');
    expect(items).to.include('Completed is final.');
  });

  it('highlights where a transfer is and has been', async () => {
    const transfer = { status: 'completed' as const, status_history: [{ status: 'created' as const }, { status: 'flagged' as const }, { status: 'pending' as const }, { status: 'completed' as const }] };
    const el = await fixture<DotsTransferLifecycle>(html`<dots-transfer-lifecycle lang="en" show-text .transfer=${transfer}></dots-transfer-lifecycle>`);
    const root = el.shadowRoot!;
    const state = (s: string) => root.querySelector(`g[data-status=${s}]`)!.getAttribute('class')!.trim();
    expect(state('completed')).to.equal('node current');
    expect(state('flagged')).to.equal('node visited');
    expect(state('failed')).to.equal('node');
    expect(root.querySelectorAll('path.edge.visited').length).to.equal(4);
    expect(root.querySelector('p.text')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'This transfer is now: Completed. It went through: Created, Under review, Pending, and Completed.',
    );
    await expect(el).to.be.accessible();
  });

  it('takes status and history without a transfer, and speaks Arabic right to left', async () => {
    const el = await fixture<DotsTransferLifecycle>(html`<dots-transfer-lifecycle lang="ar" status="pending" .history=${['created']}></dots-transfer-lifecycle>`);
    const root = el.shadowRoot!;
    expect(el.path).to.deep.equal(['created', 'pending']);
    expect(root.querySelector('figure')!.getAttribute('dir')).to.equal('rtl');
    expect(root.querySelector('figcaption')!.textContent).to.equal('حالات التحويل');
    const x = (s: string) => Number(root.querySelector(`g[data-status=${s}] rect`)!.getAttribute('x'));
    expect(x('completed')).to.be.lessThan(x('created'));
    await expect(el).to.be.accessible();
  });
});
