import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/components/transfers/define.ts';
import type { DotsTransfers } from '../../src/components/transfers/transfers.ts';
import { payee, until } from './fixture.ts';

const rows = (el: DotsTransfers) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=row]')];
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const live = (el: DotsTransfers) => el.shadowRoot!.querySelector('[aria-live=polite]')!;

async function mount(adapter: unknown, userId: string, extra: Partial<DotsTransfers> = {}) {
  const el = await fixture<DotsTransfers>(html`<dots-transfers lang="en-US" .adapter=${adapter} user-id=${userId} .pageSize=${extra.pageSize ?? 50}></dots-transfers>`);
  await el.loaded;
  await el.updateComplete;
  await until(() => rows(el).length > 0 || el.transfers.length === 0, 'rows');
  return el;
}

describe('dots-transfers', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('lists a payee’s transfers newest first with status, amount, masked method and date', async () => {
    const f = await payee();
    const first = f.payout(120_00);
    const second = f.payout(45_67, f.failing.id);
    f.clock.advance(10_000); // first completes, second fails (sandbox account ending 0000)
    const el = await mount(f.adapter, f.user.id);
    expect(el.transfers.map((t) => t.id).slice(0, 2)).to.deep.equal([second.id, first.id]);
    const [top, next] = rows(el);
    expect(top!.querySelector('dots-status-badge')!.label).to.equal('Failed');
    expect(text(top!.querySelector('[part=amount]'))).to.equal('$45.67');
    expect(text(top!.querySelector('[part=method] [aria-hidden=true]'))).to.equal('ACH ••••0000');
    expect(top!.querySelector('time')!.getAttribute('datetime')).to.equal(second.created);
    expect(next!.querySelector('dots-status-badge')!.label).to.equal('Completed');
    // screen readers hear "ending in 6789", not four bullets
    expect(text(next!.querySelector('[part=method] .sr-only'))).to.equal('ACH ending in 6789');
    expect(next!.querySelector('[part=method] [aria-hidden=true]')!.textContent).to.equal('ACH ••••6789');
    // the other payee's transfers are not listed; the wallet funding is (money in)
    expect(el.transfers.every((t) => t.user_id === f.user.id)).to.equal(true);
    expect(text(rows(el).at(-1)!.querySelector('[part=method] [aria-hidden=true]'))).to.equal('Added to your wallet');
    await expect(el).to.be.accessible();
  });

  it('loads the next page when scrolled near the end, and through the Load more button', async () => {
    const f = await payee();
    for (let i = 0; i < 129; i++) f.payout(100 + i);
    const el = await mount(f.adapter, f.user.id, { pageSize: 40 });
    expect(el.transfers.length).to.equal(40);
    expect(el.hasMore).to.equal(true);
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part=list]')!;
    list.scrollTop = list.scrollHeight;
    await until(() => el.transfers.length === 80, 'the second page after scrolling');
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Load more transfers')!;
    more.click();
    await until(() => el.transfers.length === 120, 'the third page');
    await el.loadMore();
    expect(el.transfers.length).to.equal(130); // 129 payouts and the funding transfer
    expect(el.hasMore).to.equal(false);
    expect(new Set(el.transfers.map((t) => t.id)).size).to.equal(130);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part=footer]'))).to.equal('That is all your transfers.');
  });

  it('a filter change during a page load leaves paging working for the new filter', async () => {
    const f = await payee();
    for (let i = 0; i < 12; i++) f.payout(100 + i);
    f.clock.advance(10_000); // all completed
    const el = await mount(f.adapter, f.user.id, { pageSize: 5 });
    f.adapter.faults.configure({ latencyMs: 300 });
    const slow = el.loadMore();
    el.status = 'completed';
    await el.updateComplete;
    await el.loaded;
    await slow;
    f.adapter.faults.reset();
    expect(el.transfers.map((t) => t.status)).to.deep.equal(Array(5).fill('completed'));
    await el.loadMore();
    expect(el.transfers).to.have.length(10);
    expect(new Set(el.transfers.map((t) => t.id)).size).to.equal(10);
  });

  it('filters by status with a labelled select', async () => {
    const f = await payee();
    f.payout(10_00);
    f.payout(11_00, f.failing.id);
    f.payout(12_00, f.failing.id);
    f.clock.advance(10_000);
    f.payout(13_00); // still pending
    const el = await mount(f.adapter, f.user.id);
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.labels?.[0]?.textContent).to.equal('Status');
    select.value = 'failed';
    select.dispatchEvent(new Event('change'));
    await el.loaded;
    await until(() => el.transfers.length === 2, 'the failed transfers');
    expect(el.transfers.map((t) => t.status)).to.deep.equal(['failed', 'failed']);
    expect(el.getAttribute('status')).to.equal('failed');
    expect(text(el.shadowRoot!.querySelector('[part=count]'))).to.equal('2 transfers shown');
    el.status = 'reversed';
    await el.updateComplete;
    await el.loaded;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.message'))).to.equal('No transfers with this status.');
  });

  it('updates live: a new transfer appears on top, a changed one in place, both announced politely', async () => {
    const f = await payee();
    f.payout(10_00);
    const el = await mount(f.adapter, f.user.id);
    const before = el.transfers.length;
    const fresh = f.payout(77_00);
    await until(() => el.transfers.length === before + 1, 'the new transfer');
    expect(el.transfers[0]!.id).to.equal(fresh.id);
    await until(() => text(live(el)).includes('New transfer: $77.00, Pending.'), 'the announcement of the new transfer');
    await until(() => rows(el)[0]?.dataset['id'] === fresh.id, 'the new row');
    f.clock.advance(10_000);
    await until(() => el.transfers[0]!.status === 'completed', 'the completed status');
    expect(el.transfers.length).to.equal(before + 1);
    await until(() => rows(el)[0]!.querySelector('dots-status-badge')!.status === 'completed', 'the badge');
    await until(() => text(live(el)).includes('Transfer of $77.00 is now Completed.'), 'the announcement of the update');
    // another payee's transfer never shows up
    f.ledger.transferToUser(f.app.id, f.other.id, 5_00);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.transfers.length).to.equal(before + 1);
  });

  it('opens a row with Enter and shows its status history as a timeline; closing returns focus', async () => {
    const f = await payee({ flagThreshold: 1_000_00 });
    const flagged = f.payout(2_000_00);
    f.ledger.releaseTransfer(f.app.id, flagged.id);
    f.clock.advance(10_000);
    const el = await mount(f.adapter, f.user.id);
    const opened: string[] = [];
    el.addEventListener('dots-transfer-open', (e) => opened.push(e.detail.transfer_id));
    rows(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(opened).to.deep.equal([flagged.id]);
    expect(text(dialog.querySelector('h2'))).to.equal('Transfer of $2,000.00');
    const detail = dialog.querySelector('dots-transfer-detail')!;
    await detail.updateComplete;
    const entries = [...detail.shadowRoot!.querySelectorAll('ol > li')];
    expect(entries.map((li) => li.querySelector('dots-status-badge')!.status)).to.deep.equal(['created', 'flagged', 'pending', 'completed']);
    expect(entries.every((li) => li.querySelector('time')?.getAttribute('datetime'))).to.equal(true);
    expect(entries.at(-1)!.getAttribute('aria-current')).to.equal('step');
    expect(text(entries[2])).to.include('Released after review.');
    // the status diagram highlights the path this transfer took
    const diagram = detail.shadowRoot!.querySelector('dots-transfer-lifecycle')!;
    expect(diagram.path).to.deep.equal(['created', 'flagged', 'pending', 'completed']);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open && el.shadowRoot!.activeElement === rows(el)[0], 'focus back on the row');
  });

  it('moves between rows with the arrow keys, Home and End, keeping one tab stop', async () => {
    const f = await payee();
    for (let i = 0; i < 30; i++) f.payout(100 + i);
    const el = await mount(f.adapter, f.user.id, { pageSize: 100 });
    expect(rows(el).filter((r) => r.tabIndex === 0)).to.have.length(1);
    rows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['index']).to.equal('2');
    await sendKeys({ press: 'End' });
    await until(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['index'] === '30', 'focus on the last row');
    expect(el.shadowRoot!.activeElement!.closest('[role=listitem]')!.getAttribute('aria-posinset')).to.equal('31');
    expect(el.shadowRoot!.activeElement!.closest('[role=listitem]')!.getAttribute('aria-setsize')).to.equal('31');
    await sendKeys({ press: 'Home' });
    await until(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['index'] === '0', 'focus on the first row');
    expect(rows(el).filter((r) => r.tabIndex === 0).map((r) => r.dataset['index'])).to.deep.equal(['0']);
  });

  it('below the fold, where no row is drawn yet, Tab still reaches the list and lands on its row', async () => {
    const f = await payee();
    f.payout(1_50);
    const page = await fixture<HTMLElement>(html`<div>
      <div style="block-size: 300vh"></div>
      <dots-transfers lang="en-US" .adapter=${f.adapter} user-id=${f.user.id}></dots-transfers>
      <button id="after">After</button>
    </div>`);
    const el = page.querySelector('dots-transfers') as DotsTransfers;
    await el.loaded;
    await el.updateComplete;
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part=list]')!;
    await until(() => list.tabIndex === 0, 'the list to hold the tab stop');
    expect(rows(el), 'the virtualizer draws nothing off screen').to.have.length(0);
    // Focus on the control just before the list, without scrolling: the list stays off screen.
    const filter = el.shadowRoot!.querySelector<HTMLSelectElement>('[part=filter]')!;
    filter.focus({ preventScroll: true });
    expect(rows(el)).to.have.length(0);
    await sendKeys({ press: 'Tab' });
    await until(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'row', 'focus on the first row');
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['index']).to.equal('0');
    // Rows drawn: the list is no tab stop any more, so Shift+Tab leaves it instead of looping.
    await until(() => !list.hasAttribute('tabindex'), 'the list to give up its tab stop');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await until(() => el.shadowRoot!.activeElement === filter, 'focus back on the control before the list');
  });

  it('renders 10,000 transfers without creating 10,000 rows', async () => {
    const f = await payee();
    for (let i = 0; i < 9_999; i++) f.ledger.transferToUser(f.app.id, f.user.id, 1 + (i % 500));
    const el = await mount(f.adapter, f.user.id, { pageSize: 100 });
    while (el.hasMore) await el.loadMore();
    expect(el.transfers.length).to.equal(10_000);
    await el.updateComplete;
    await until(() => rows(el).length > 0, 'rows');
    const rendered = el.shadowRoot!.querySelectorAll('[role=listitem]').length;
    expect(rendered).to.be.greaterThan(0).and.lessThan(200);
    rows(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await until(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['index'] === '9999', 'focus on the last row');
    expect(el.shadowRoot!.querySelectorAll('[role=listitem]').length).to.be.lessThan(200);
    expect(rows(el).find((r) => r.dataset['index'] === '9999')!.closest('[role=listitem]')!.getAttribute('aria-setsize')).to.equal('10000');
  });

  it('shows a failed load with Retry, and Retry loads', async () => {
    const f = await payee();
    f.payout(10_00);
    f.adapter.faults.failNext('server', 1, 'listTransfers');
    const errors: string[] = [];
    const el = await fixture<DotsTransfers>(html`<dots-transfers lang="en-US" .adapter=${f.adapter} user-id=${f.user.id} @dots-transfers-error=${(e: CustomEvent<{ code: string }>) => errors.push(e.detail.code)}></dots-transfers>`);
    await el.loaded;
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('dots-alert')!;
    await alert.updateComplete;
    expect(alert.shadowRoot!.querySelector('[role=alert]')).to.not.equal(null);
    expect(text(alert.shadowRoot)).to.include('Your transfers could not be loaded.');
    expect(errors).to.deep.equal(['server']);
    await expect(el).to.be.accessible();
    alert.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry]')!.click();
    await el.loaded;
    await until(() => rows(el).length === 2, 'rows after retry');
    expect(el.shadowRoot!.querySelector('dots-alert')).to.equal(null);
  });

  it('with scope="app" lists every transfer of the app, worded for an operator, live', async () => {
    const f = await payee();
    f.payout(10_00);
    const el = await fixture<DotsTransfers>(html`<dots-transfers lang="en-US" scope="app" .adapter=${f.adapter}></dots-transfers>`);
    await el.loaded;
    const all = f.ledger.listTransfers(f.app.id, { limit: 100 }).data;
    expect(el.transfers.map((t) => t.id)).to.deep.equal(all.map((t) => t.id));
    await until(() => rows(el).length === all.length, 'rows');
    const funding = rows(el).find((r) => r.dataset['id'] === all.find((t) => t.type === 'balance')!.id)!;
    expect(text(funding.querySelector('[part=method] [aria-hidden=true]'))).to.equal('App wallet to a user');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part=footer]'))).to.equal('That is every transfer of the app.');
    f.ledger.transferToUser(f.app.id, f.other.id, 5_00); // another payee: listed in app scope
    await until(() => el.transfers.length === all.length + 1, 'the other payee’s transfer');
  });

  it('speaks the payee’s language', async () => {
    const f = await payee();
    f.payout(1_234_56);
    const el = await fixture<DotsTransfers>(html`<dots-transfers lang="fr-FR" .adapter=${f.adapter} user-id=${f.user.id}></dots-transfers>`);
    await el.loaded;
    await until(() => rows(el).length === 2, 'rows');
    expect(text(rows(el)[0]!.querySelector('[part=amount]'))).to.match(/^1\s234,56\s\$US$/);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Statut');
    expect(rows(el)[0]!.querySelector('dots-status-badge')!.label).to.equal('En attente');
  });
});

describe('dots-transfers with a provided adapter', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('uses the adapter an ancestor provides when none is set', async () => {
    const { provideAdapter } = await import('../../src/components/flow/context.ts');
    const f = await payee();
    f.payout(9_00);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    provideAdapter(host, f.adapter);
    const el = document.createElement('dots-transfers');
    el.lang = 'en-US';
    el.userId = f.user.id;
    host.append(el);
    await el.updateComplete;
    await el.loaded;
    await until(() => rows(el).length === 2, 'rows from the provided adapter');
    f.payout(3_00);
    await until(() => el.transfers.length === 3, 'a live transfer through the provided adapter');
  });
});
