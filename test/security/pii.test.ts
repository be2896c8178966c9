// No full account number, IBAN, tax id, document number or one-time code outside the field it was
// typed in: a payee goes through sign-in, the W-9, identity verification, two payout methods and
// a payout in <dots-flow>, and then every event the flow and the adapter emitted, everything
// written to the console, to sessionStorage and localStorage, the mock ledger's IndexedDB copy, the
// snapshot a host would store, and the whole rendered DOM (text, attributes, input values, across
// shadow roots) is searched for any unmasked part of them. Masks (last four) are allowed.
import { expect, html } from '@open-wc/testing';
import { openDB } from 'idb';
import '../../src/define.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import { ManualClock } from '../../src/core/ledger/clock.ts';
import type { LedgerEvent } from '../../src/core/ledger/schemas.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { freshDbName } from '../adapters/mock-harness.ts';
import { deepAll, snap, until } from '../flows/helpers.ts';

const SSN = '219-45-7381';
const ACCOUNT = '000987654321';
const IBAN = 'DE89 3704 0044 0532 0130 00';
const DOCUMENT = 'X98765432';

/**
 * What must never show: each secret with and without separators, and its unmasked head (all but
 * the last four), which no mask ever contains.
 */
const FORBIDDEN: Array<[string, string]> = [
  ['SSN', SSN],
  ['SSN digits', SSN.replace(/\D/g, '')],
  ['SSN head', SSN.replace(/\D/g, '').slice(0, 5)],
  ['account', ACCOUNT],
  ['account head', ACCOUNT.slice(0, -4)],
  ['IBAN', IBAN],
  ['IBAN compact', IBAN.replace(/\s/g, '')],
  ['IBAN head', IBAN.replace(/\s/g, '').slice(4, -4)],
  ['document', DOCUMENT],
  ['document head', DOCUMENT.slice(0, -4)],
];

function leaks(where: string, text: string): string[] {
  return FORBIDDEN.filter(([, v]) => text.includes(v)).map(([what]) => `${what} in ${where}`);
}

/** Everything the rendered DOM says: text, attribute values and control values, across shadow roots. */
function domText(root: ParentNode): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const a of node.getAttributeNames()) parts.push(node.getAttribute(a) ?? '');
      if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement) parts.push(node.value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root as Node);
  return parts.join('\n');
}

describe('PII: no full account number, IBAN, tax id or code outside its field', function () {
  this.timeout(60_000);
  const restore: Array<() => void> = [];
  let adapter: MockAdapter;
  let dbName: string;
  const consoleLines: string[] = [];
  const storageWrites: string[] = [];
  const domEvents: string[] = [];
  const ledgerEvents: LedgerEvent[] = [];

  before(async () => {
    // record what reaches the console and Web Storage, whoever writes it
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const original = console[level];
      console[level] = (...args: unknown[]) => {
        consoleLines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' '));
        original.apply(console, args);
      };
      restore.push(() => (console[level] = original));
    }
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      storageWrites.push(`${key}=${value}`);
      return setItem.call(this, key, value);
    };
    restore.push(() => (Storage.prototype.setItem = setItem));
    // the public events; a field's own dots-input carries what is typed by design and stays inside the flow (next test)
    for (const type of ['dots-ready', 'dots-step-change', 'dots-step-complete', 'dots-flow-complete', 'dots-flow-exit', 'dots-flow-error']) {
      const on = (e: Event) => domEvents.push(`${type} ${JSON.stringify((e as CustomEvent).detail)}`);
      document.addEventListener(type, on, true);
      restore.push(() => document.removeEventListener(type, on, true));
    }
    dbName = freshDbName('pii');
    adapter = await createMockAdapter({ dbName, persist: 'indexeddb', clock: new ManualClock(Date.UTC(2026, 0, 15, 12)), seed: dbName, app: { name: 'PII app' } });
    restore.push(adapter.subscribe((e) => ledgerEvents.push(e)));
  });
  after(() => {
    for (const r of restore.splice(0)) r();
    adapter.close();
  });

  it('a whole onboarding and payout leaves the secrets nowhere but in the ledger as masks', async () => {
    const draftKey = `pii-draft-${Date.now()}`;
    const flow = await fixtureIn<DotsFlow>(
      { lang: 'en' },
      html`<dots-flow .adapter=${adapter} steps="compliance id-verification manage-payouts payout" draft-key=${draftKey}></dots-flow>`,
    );
    const set = (values: Record<string, string | boolean>) => {
      for (const [field, value] of Object.entries(values)) flow.send({ type: 'change', field, value });
    };
    const editing = (screen: string) => until(flow, (s) => s.current === screen && s.status === 'editing', 10_000);
    const domLeaks: string[] = [];
    const checkDom = (after: string) => domLeaks.push(...leaks(`the DOM after ${after}`, domText(flow.shadowRoot!)));

    const phone = { country_code: '1', phone_number: '2015550142' };
    await editing('sign-in-phone');
    set({ country: 'US', phone: phone.phone_number });
    flow.send({ type: 'next' });
    await editing('sign-in-code');
    const code = await adapter.operate((l, app) => l.lastCodeFor(app, phone)!);
    set({ code });
    flow.send({ type: 'next' });
    await editing('sign-in-profile');
    set({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' });
    flow.send({ type: 'next' });

    await editing('compliance-w9');
    set({ legal_name: 'Ada Lovelace', tax_id: SSN, address_line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701', certified: true });
    flow.send({ type: 'next' });
    await editing('id-verification');
    checkDom('the W-9');
    set({ document_type: 'passport', document_country: 'US', document_number: DOCUMENT });
    flow.send({ type: 'next' });

    await until(flow, (s) => s.current === 'manage-payouts' && s.status === 'editing' && !!s.context.payoutMethods);
    checkDom('identity verification');
    set({ platform: 'ach', routing_number: '021000021', account_number: ACCOUNT, account_type: 'checking' });
    flow.send({ type: 'action', name: 'add' });
    await until(flow, (s) => s.status === 'editing' && (s.context.payoutMethods?.length ?? 0) === 1);
    await flow.updateComplete;
    checkDom('adding the bank account');
    set({ adding: true, platform: 'intl_bank', iban: IBAN, bic: 'DEUTDEFF', account_holder: 'Ada Lovelace' });
    flow.send({ type: 'next' });

    const userId = snap(flow).userId!;
    await adapter.operate((l, app) => {
      l.refillApp(app, 3_000);
      l.transferToUser(app, userId, 3_000);
    });
    await until(flow, (s) => s.current === 'payout' && s.status === 'editing' && !!s.context.wallet);
    checkDom('adding the IBAN');
    flow.send({ type: 'next' });
    await until(flow, (s) => s.status === 'complete');
    await flow.updateComplete;
    checkDom('the payout');

    const methods = await adapter.listPayoutMethods(userId);
    expect(methods.map((m) => m.mask).sort()).to.deep.equal(['3000', '4321']);
    expect((await adapter.getUser(userId)).compliance.tax_id_last4).to.equal('7381');

    const found: string[] = [...domLeaks];
    for (const e of domEvents) found.push(...leaks(`an element event: ${e.slice(0, 60)}`, e));
    for (const e of ledgerEvents) found.push(...leaks(`an adapter event ${e.type}`, JSON.stringify(e)));
    for (const line of consoleLines) found.push(...leaks('the console', line));
    for (const w of storageWrites) found.push(...leaks(`Web Storage (${w.slice(0, 40)})`, w));
    found.push(...leaks('sessionStorage', JSON.stringify({ ...sessionStorage })), ...leaks('localStorage', JSON.stringify({ ...localStorage })));
    found.push(...leaks("the host's stored snapshot", JSON.stringify(flow.getSnapshot())));
    const db = await openDB(dbName);
    const stored = JSON.stringify(await db.get('ledger', 'snapshot'));
    db.close();
    found.push(...leaks("the mock ledger's IndexedDB copy", stored));
    expect(stored.length, 'the ledger was persisted').to.be.greaterThan(1000);

    // the one-time code never went to storage or into an event once used
    for (const w of storageWrites) if (w.includes(`"code":"${code}"`)) found.push('the one-time code in Web Storage');
    for (const e of domEvents) if (e.includes(code)) found.push(`the one-time code in ${e.slice(0, 40)}`);

    expect(found.length ? [...new Set(found)] : [], 'unmasked secrets found').to.deep.equal([]);
    expect(domEvents.length, 'events were seen').to.be.greaterThan(10);
    expect(storageWrites.some((w) => w.startsWith(draftKey)), 'drafts were written').to.equal(true);
  });

  it('typing a secret into a field does not send it out in the field events the flow re-emits to the page', async () => {
    // the field's own dots-input events stay inside the flow's shadow root (the flow turns them into machine events)
    const outside: string[] = [];
    const on = (e: Event) => outside.push(`${e.type} ${JSON.stringify((e as CustomEvent).detail)}`);
    document.body.addEventListener('dots-input', on);
    document.body.addEventListener('dots-change', on);
    try {
      const ledgerUser = await adapter.operate((l, app) => l.createUserDirect(app, { first_name: 'B', last_name: 'C', email: 'b@example.com', country_code: '1', phone_number: '2015550143' }).id);
      const flow = await fixtureIn<DotsFlow>({ lang: 'en' }, html`<dots-flow .adapter=${adapter} user-id=${ledgerUser} steps="compliance" no-draft></dots-flow>`);
      await until(flow, (s) => s.current === 'compliance-w9' && s.status === 'editing');
      const field = deepAll<HTMLElement>(flow.shadowRoot!, 'dots-text-field[name=tax_id]')[0]!;
      const input = field.shadowRoot!.querySelector('input')!;
      input.value = SSN;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await flow.updateComplete;
      expect(outside.flatMap((x) => leaks('a field event outside the flow', x))).to.deep.equal([]);
    } finally {
      document.body.removeEventListener('dots-input', on);
      document.body.removeEventListener('dots-change', on);
    }
  });
});
