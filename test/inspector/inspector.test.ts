import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/ledger-inspector/define.ts';
import type { DotsLedgerInspector } from '../../src/components/ledger-inspector/ledger-inspector.ts';
import { Ledger, ManualClock } from '../../src/core/ledger/index.ts';
import { MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import type { LedgerSnapshot } from '../../src/core/ledger/snapshot.ts';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function until(check: () => boolean, what: string, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The control a visible label names, as a person (or an e2e test) finds it. */
function byLabel<T extends HTMLElement = HTMLInputElement>(el: DotsLedgerInspector, text: string, optional = false): T {
  const label = [...el.shadowRoot!.querySelectorAll('label')].find((l) => norm(l.textContent) === text);
  if (!label && optional) return null as unknown as T;
  if (!label) throw new Error(`no label "${text}"`);
  return el.shadowRoot!.getElementById(label.htmlFor) as T;
}

/** Buttons whose visible text (without the screen-reader-only context) is `text`. */
function buttons(root: ParentNode, text: string): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')].filter((b) => {
    const clone = b.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.sr-only').forEach((n) => n.remove());
    return norm(clone.textContent) === text;
  });
}

function section(el: DotsLedgerInspector, id: string): HTMLElement {
  return el.shadowRoot!.querySelector(`[data-section=${id}]`)!;
}

async function seeded(withAdapter = true) {
  const clock = new ManualClock();
  const ledger = new Ledger({ clock, seed: 5 });
  const { app, users } = ledger.seedDemo();
  const adapter = withAdapter ? new MockAdapter({ ledger, appId: app.id, persist: 'memory' }) : undefined;
  await adapter?.ready();
  const el = await fixture<DotsLedgerInspector>(
    withAdapter
      ? html`<dots-ledger-inspector lang="en-US" .adapter=${adapter} claim-url="https://pay.example/claim?link={token}"></dots-ledger-inspector>`
      : html`<dots-ledger-inspector lang="en-US" .ledger=${ledger}></dots-ledger-inspector>`,
  );
  await el.updateComplete;
  return { clock, ledger, app, users, adapter, el };
}

const transferRow = (el: DotsLedgerInspector, id: string) => section(el, 'transfers').querySelector<HTMLTableRowElement>(`tr[data-transfer="${id}"]`)!;
const actionNames = (row: Element) => [...row.querySelectorAll<HTMLButtonElement>('button[data-action]')].map((b) => b.dataset['action']);

describe('dots-ledger-inspector', () => {
  it('shows apps with wallets, users with status and compliance, and is axe clean', async () => {
    const { el, ledger, app } = await seeded();
    const wallet = ledger.getAppWallet(app.id);
    const appRow = section(el, 'apps').querySelector(`tr[data-app="${app.id}"]`)!;
    expect(norm(appRow.querySelector('[data-field=balance]')!.textContent)).to.equal(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(wallet.amount / 100));
    const userRows = section(el, 'users').querySelectorAll('tbody tr');
    expect(userRows).to.have.length(3);
    expect(norm(userRows[0]!.textContent)).to.match(/No tax form, ID not verified/);
    expect([...userRows].map((r) => r.querySelector('dots-status-badge')!.status)).to.deep.equal(ledger.listUsers(app.id).data.map((u) => u.status));
    await expect(el).to.be.accessible();
  });

  it('shows each user\'s default payout method masked, read out as "ending in"', async () => {
    const { el, ledger, app, users } = await seeded();
    const grace = ledger.getUser(app.id, users[1]!.id);
    const cell = section(el, 'users').querySelector(`tr[data-user="${grace.id}"] [data-field=default-method]`)!;
    expect(norm(cell.querySelector('[aria-hidden=true]')!.textContent)).to.equal('Default: ACH ••••0000');
    expect(norm(cell.querySelector('.sr-only')!.textContent)).to.equal('Default: ACH ending in 0000');
    // A user with no payout method shows no default.
    const bare = ledger.createUserDirect(app.id, { first_name: 'No', last_name: 'Method', email: 'no@example.com', country_code: '1', phone_number: '2015550177' });
    await until(() => !!section(el, 'users').querySelector(`tr[data-user="${bare.id}"]`), 'the new user row');
    expect(section(el, 'users').querySelector(`tr[data-user="${bare.id}"] [data-field=default-method]`)).to.equal(null);
  });

  it('offers exactly the moves the transition table allows, and Release moves a flagged transfer to pending', async () => {
    const { el, ledger, app } = await seeded();
    const transfers = ledger.listTransfers(app.id, { limit: 100 }).data;
    const flagged = transfers.find((t) => t.status === 'flagged')!;
    const pending = transfers.find((t) => t.status === 'pending')!;
    const completed = transfers.find((t) => t.status === 'completed' && t.type === 'payout')!;
    const failed = transfers.find((t) => t.status === 'failed')!;
    expect(actionNames(transferRow(el, flagged.id))).to.deep.equal(['release']);
    expect(actionNames(transferRow(el, pending.id))).to.deep.equal(['complete', 'fail', 'reverse', 'cancel']);
    expect(actionNames(transferRow(el, completed.id))).to.deep.equal([]);
    expect(actionNames(transferRow(el, failed.id))).to.deep.equal([]);
    const release = buttons(transferRow(el, flagged.id), 'Release')[0]!;
    expect(norm(release.textContent)).to.match(/^Release \(\$600\.00, Ada Lovelace\)$/);
    release.click();
    await until(() => ledger.getTransfer(app.id, flagged.id).status === 'pending', 'the release');
    await until(() => transferRow(el, flagged.id)?.dataset['status'] === 'pending', 'the row to update');
    expect(actionNames(transferRow(el, flagged.id))).to.deep.equal(['complete', 'fail', 'reverse', 'cancel']);
    expect(norm(el.shadowRoot!.querySelector('[role=status]')!.textContent)).to.equal('Transfer of $600.00 is now Pending.');
  });

  it('advancing the clock settles a pending payout, live', async () => {
    const { el, ledger, app } = await seeded();
    const pending = ledger.listTransfers(app.id, { status: ['pending'] }).data[0]!;
    const before = ledger.clock.now();
    buttons(section(el, 'clock'), 'Advance 10 seconds')[0]!.click();
    expect(ledger.clock.now()).to.equal(before + 10_000);
    expect(ledger.getTransfer(app.id, pending.id).status).to.equal('completed');
    await until(() => transferRow(el, pending.id).dataset['status'] === 'completed', 'the settled row');
    expect(actionNames(transferRow(el, pending.id))).to.deep.equal([]);
    await el.updateComplete;
    expect(section(el, 'clock').querySelector('time')!.getAttribute('datetime')).to.equal(new Date(before + 10_000).toISOString());
  });

  it('auto-run moves the manual clock until it is turned off', async () => {
    const { el, ledger } = await seeded();
    const start = ledger.clock.now();
    const auto = byLabel(el, 'Auto-run the clock');
    auto.click();
    await until(() => ledger.clock.now() > start, 'the clock to move');
    auto.click();
    await el.updateComplete;
    const stopped = ledger.clock.now();
    await new Promise((r) => setTimeout(r, 250));
    expect(ledger.clock.now()).to.equal(stopped);
  });

  it('labels every one-time code in the outbox with its phone', async () => {
    const { el, adapter } = await seeded();
    await adapter!.sendVerificationCode({ country_code: '1', phone_number: '4155550100' });
    const code = adapter!.ledger.lastCodeFor(adapter!.appId, { country_code: '1', phone_number: '4155550100' })!;
    await until(() => norm(section(el, 'outbox').textContent).includes(`Code for +14155550100: ${code}`), 'the code in the outbox');
    expect(section(el, 'outbox').querySelector('strong.code')!.textContent).to.equal(code);
  });

  it('creates a payout link from labelled fields, shows its claim URL, and cancels it', async () => {
    const { el, ledger, app } = await seeded();
    const linksBefore = ledger.listPayoutLinks(app.id).data.length;
    byLabel(el, 'Amount').value = '42.50';
    byLabel(el, 'Memo').value = 'Thanks!';
    byLabel(el, 'Payee first name').value = 'Mary';
    byLabel(el, 'Payee email').value = 'mary@example.com';
    byLabel<HTMLSelectElement>(el, 'Delivery').value = 'email';
    const created = oneEvent(el, 'dots-payout-link-created');
    buttons(section(el, 'links'), 'Create payout link')[0]!.click();
    const { detail } = await created;
    const link = ledger.getPayoutLink(app.id, detail.id);
    expect(link.amount).to.equal(42_50);
    expect(link.memo).to.equal('Thanks!');
    expect(link.delivery.method).to.equal('email');
    expect(detail.url).to.equal(`https://pay.example/claim?link=${link.token}`);
    expect(ledger.listPayoutLinks(app.id).data).to.have.length(linksBefore + 1);
    await el.updateComplete;
    const row = section(el, 'links').querySelector(`tr[data-link="${link.id}"]`)!;
    expect(row.querySelector('a')!.href).to.equal(detail.url);
    expect(section(el, 'links').querySelector('.notice a')!.getAttribute('href')).to.equal(detail.url);
    buttons(row, 'Cancel link')[0]!.click();
    await until(() => ledger.getPayoutLink(app.id, link.id).status === 'canceled', 'the cancel');
    await el.updateComplete;
    const after = section(el, 'links').querySelector(`tr[data-link="${link.id}"]`)!;
    expect(after.querySelector('dots-status-badge')!.status).to.equal('canceled');
    expect(buttons(after, 'Cancel link')).to.have.length(0);
  });

  it('shows a bad amount next to its field and keeps what was typed', async () => {
    const { el, ledger, app } = await seeded();
    const before = ledger.listPayoutLinks(app.id).data.length;
    const amount = byLabel(el, 'Amount');
    amount.value = '12.345';
    buttons(section(el, 'links'), 'Create payout link')[0]!.click();
    await el.updateComplete;
    expect(amount.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.getElementById(amount.getAttribute('aria-describedby')!)!;
    expect(norm(error.textContent)).to.equal('Use at most 2 digits after the decimal separator.');
    expect(amount.value).to.equal('12.345');
    expect(ledger.listPayoutLinks(app.id).data).to.have.length(before);
    await expect(el).to.be.accessible();
  });

  it('funds the working app', async () => {
    const { el, ledger, app } = await seeded();
    const before = ledger.getAppWallet(app.id).amount;
    byLabel(el, 'Amount to add to Demo Marketplace').value = '1,000';
    buttons(section(el, 'apps'), 'Fund app')[0]!.click();
    await until(() => ledger.getAppWallet(app.id).amount === before + 1_000_00, 'the refill');
    expect(ledger.checkInvariants().ok).to.equal(true);
  });

  it('switches fault injection on the mock adapter', async () => {
    const { el, adapter } = await seeded();
    const rate = byLabel(el, 'Failure rate (%)');
    rate.value = '25';
    rate.dispatchEvent(new Event('change'));
    expect(adapter!.faults.state.failureRate).to.equal(0.25);
    expect(adapter!.faults.state.enabled).to.equal(true);
    byLabel<HTMLSelectElement>(el, 'Error code').value = 'timeout';
    byLabel<HTMLSelectElement>(el, 'Error code').dispatchEvent(new Event('change'));
    byLabel<HTMLSelectElement>(el, 'Adapter method').value = 'listTransfers';
    byLabel<HTMLSelectElement>(el, 'Adapter method').dispatchEvent(new Event('change'));
    await el.updateComplete;
    buttons(section(el, 'faults'), 'Fail the next call')[0]!.click();
    expect(adapter!.faults.state.failNext).to.deep.equal([{ code: 'timeout', count: 1, method: 'listTransfers' }]);
    let caught: unknown;
    await adapter!.listTransfers({}).catch((e) => (caught = e));
    expect((caught as { code: string }).code).to.equal('timeout');
    buttons(section(el, 'faults'), 'Fail every call')[0]!.click();
    expect(adapter!.faults.state.failMethods).to.deep.equal({ listTransfers: 'timeout' });
    byLabel<HTMLSelectElement>(el, 'Adapter method').value = '';
    byLabel<HTMLSelectElement>(el, 'Adapter method').dispatchEvent(new Event('change'));
    await el.updateComplete;
    buttons(section(el, 'faults'), 'Fail every call')[0]!.click();
    await el.updateComplete;
    expect(norm(section(el, 'faults').querySelector('[role=alert]')!.textContent)).to.equal('Choose an adapter method to fail on every call.');
    buttons(section(el, 'faults'), 'Clear all faults')[0]!.click();
    expect(adapter!.faults.state.failMethods).to.deep.equal({});
    expect(adapter!.faults.state.enabled).to.equal(false);
    expect(adapter!.faults.state.failureRate).to.equal(0);
  });

  it('exports the ledger as JSON and imports it back (round trip)', async () => {
    const { el, ledger, app, users } = await seeded();
    let json = '';
    let fileName = '';
    const grab = async (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (!(a instanceof HTMLAnchorElement) || !a.download) return;
      e.preventDefault();
      fileName = a.download;
      json = await (await fetch(a.href)).text();
    };
    document.addEventListener('click', grab, true);
    try {
      buttons(section(el, 'data'), 'Export ledger as JSON')[0]!.click();
      await until(() => json !== '', 'the download');
    } finally {
      document.removeEventListener('click', grab, true);
    }
    expect(fileName).to.match(/^dots-ledger-2024-01-01T00-00-00Z\.json$/);
    const exported = JSON.parse(json) as LedgerSnapshot;
    expect(exported).to.deep.equal(ledger.snapshot());
    // change the ledger, then bring the export back
    ledger.transferToUser(app.id, users[0]!.id, 1_00);
    expect(ledger.snapshot()).to.not.deep.equal(exported);
    const input = byLabel(el, 'Import ledger from a JSON file');
    const changed = oneEvent(el, 'dots-ledger-change');
    const files = new DataTransfer();
    files.items.add(new File([json], fileName, { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    expect((await changed).detail.reason).to.equal('import');
    expect(ledger.snapshot()).to.deep.equal(exported);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('refuses a file that is not a ledger snapshot, with the error next to the control', async () => {
    const { el, ledger } = await seeded();
    const before = ledger.snapshot();
    const input = byLabel(el, 'Import ledger from a JSON file');
    const errorText = () => norm(el.shadowRoot!.getElementById('import-error')?.textContent);
    const load = async (text: string) => {
      const previous = errorText();
      const files = new DataTransfer();
      files.items.add(new File([text], 'x.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await until(() => errorText() !== '' && errorText() !== previous, 'the error');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      return errorText();
    };
    expect(await load('{ not json')).to.match(/^This file is not JSON/);
    expect(input.getAttribute('aria-describedby')).to.include('import-error');
    const broken = { ...before, users: [{ ...before.users[0], email: 42 }] };
    expect(await load(JSON.stringify(broken))).to.match(/^This file is not a ledger snapshot: users\.0\.email/);
    expect(ledger.snapshot()).to.deep.equal(before);
    await expect(el).to.be.accessible();
  });

  it('resets through the adapter: keeps the app, clears users and transfers', async () => {
    const { el, ledger, app } = await seeded();
    const changed = oneEvent(el, 'dots-ledger-change');
    buttons(section(el, 'data'), 'Reset ledger')[0]!.click();
    expect((await changed).detail.reason).to.equal('reset');
    expect(ledger.listApps().map((a) => a.id)).to.deep.equal([app.id]);
    expect(ledger.listUsers(app.id).data).to.have.length(0);
    expect(ledger.listTransfers(app.id).data).to.have.length(0);
    await el.updateComplete;
    expect(norm(section(el, 'users').textContent)).to.include('No users yet.');
  });

  it('resets a bare ledger to the state it first showed', async () => {
    const { el, ledger, app, users } = await seeded(false);
    const first = ledger.snapshot();
    ledger.transferToUser(app.id, users[1]!.id, 5_00);
    expect(byLabel(el, 'Inject faults', true)).to.equal(null);
    buttons(section(el, 'data'), 'Reset ledger')[0]!.click();
    await el.updateComplete;
    expect(ledger.snapshot()).to.deep.equal(first);
  });
});
