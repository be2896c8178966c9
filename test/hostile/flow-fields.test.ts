// The hostile catalog typed into every text field of every step of <dots-flow> (and into the
// money input on its own). For each case: what the person typed stays in the field (as far as the
// browser's own input sanitising allows) and in the flow's state; a field the flow refuses shows
// a specific, translated message next to it (the reason the catalog pins, where it pins one); and
// markup stays text: no element is made from it and no script of it runs.
import { expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.ts';
import type { DotsFlow } from '../../src/components/flow/flow.ts';
import type { DotsMoneyInput } from '../../src/components/dots-money-input/dots-money-input.ts';
import { isMessageKey } from '../../src/i18n/catalog.ts';
import { fixtureIn } from '../helpers/fixture.ts';
import { bench, type Bench } from '../machine/harness.ts';
import { deepAll, editingOn, snap, until, view } from '../flows/helpers.ts';
import { HOSTILE_CASES, PAYLOAD_HOOK, sampleCases, type CheckName } from './catalog.ts';
import { runCheck } from './checks.ts';

type Field = HTMLElement & { value: unknown; validationMessage: string; errorVisible: boolean; updateComplete: Promise<unknown> };

/** The ones that run, and what they were. */
const ran: string[] = [];
(window as unknown as Record<string, unknown>)[PAYLOAD_HOOK] = (id: string) => ran.push(id);

const CASES = sampleCases(2);

/** Text-like inputs of the kit; selects and checkboxes take no typed text. */
const TEXT_TAGS = new Set(['dots-text-field', 'dots-phone-input', 'dots-money-input', 'dots-otp-input']);

/** Elements a payload would make: none may appear, and no element may carry an event handler attribute. */
const DANGEROUS = 'img, script, svg, iframe, details, video, source, object, math, meta, base, form, body, template, a[href], style, link';

function dangerCount(root: ParentNode): number {
  return deepAll(root, DANGEROUS).length;
}
function handlerAttributes(root: ParentNode): string[] {
  return deepAll<Element>(root, '*').flatMap((el) => el.getAttributeNames().filter((n) => /^on/i.test(n)).map((n) => `${el.localName}[${n}]`));
}

/** What the browser itself keeps of a value set on an input of that type (it drops line breaks, trims emails, ...). */
function sanitized(value: string, type: string): string {
  const probe = document.createElement('input');
  probe.type = type;
  probe.value = value;
  return probe.value;
}

/** The field kinds whose flow check is the catalog's check, with the same settings. */
const FIELD_CHECKS: Record<string, CheckName> = {
  routing_number: 'routing',
  account_number: 'account',
  iban: 'iban',
  paypal_email: 'email',
  email: 'email',
  cash_tag: 'cashtag',
  tax_id: 'ssn',
  venmo_phone: 'phoneUS',
};

function textFields(flow: DotsFlow): Field[] {
  return [...view(flow).shadowRoot!.querySelectorAll<Field>('[name]')].filter((el) => TEXT_TAGS.has(el.localName));
}

function innerInput(el: Field): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>('input:not([type=checkbox])')!;
}

/** Types `value` the way the field's own input reports an edit, then leaves the field. */
async function type(flow: DotsFlow, el: Field, value: string): Promise<void> {
  const inner = innerInput(el);
  inner.value = value;
  inner.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  inner.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  inner.dispatchEvent(new Event('blur'));
  await flow.updateComplete;
  await (view(flow) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await el.updateComplete;
}

/** Cents the money input's parser reads from the text, or null when it refuses it. */
function moneyOf(input: string): number | null {
  const r = runCheck('money', sanitized(input, 'text'));
  return 'ok' in r && r.ok ? (r.value as number) : null;
}

const looksLikeKey = (s: string) => /^[a-z][\w-]*(\.[\w-]+)+$/i.test(s.trim());

/** Runs every sample case through every text field on the flow's current screen. */
async function hammer(flow: DotsFlow, label: string): Promise<{ fields: string[]; checked: number }> {
  const step = snap(flow).current;
  const names = textFields(flow).map((f) => f.getAttribute('name')!);
  expect(names.length, `${label}: text fields on ${step}`).to.be.greaterThan(0);
  const problems: string[] = [];
  let checked = 0;
  for (const name of names) {
    for (const c of CASES) {
      const el = view(flow).shadowRoot!.querySelector<Field>(`[name="${name}"]`)!;
      const dangerBefore = dangerCount(flow.shadowRoot!);
      await type(flow, el, c.input);
      const inner = innerInput(el);
      const where = `${label} ${name} ${c.id}`;
      // 1. kept
      if (el.localName === 'dots-otp-input') {
        // the code field keeps the digits of what was typed (normalised), never anything else
        if (!/^\d{0,6}$/.test(inner.value) || inner.value !== el.value) problems.push(`${where}: code field holds ${JSON.stringify(inner.value)}`);
      } else if (el.localName === 'dots-money-input' && moneyOf(c.input) !== null) {
        // a valid amount is tidied on blur into the locale's format; its value is what was meant
        if (el.value !== moneyOf(c.input)) problems.push(`${where}: the amount became ${String(el.value)}, typed ${moneyOf(c.input)}`);
      } else {
        const want = sanitized(c.input, inner.type);
        if (inner.value !== want) problems.push(`${where}: the field shows ${JSON.stringify(inner.value.slice(0, 40))}, typed ${JSON.stringify(want.slice(0, 40))}`);
        if (el.localName === 'dots-text-field') {
          const kept = snap(flow).values[step]?.[name];
          if (kept !== want) problems.push(`${where}: the flow kept ${JSON.stringify(String(kept).slice(0, 40))}`);
        }
      }
      // 2. a specific message next to it, when the flow refuses it
      const ref = snap(flow).errors[name];
      if (ref) {
        const text = el.validationMessage;
        const shown = el.shadowRoot!.querySelector('[part~=error]')?.textContent ?? '';
        if (!el.errorVisible) problems.push(`${where}: refused (${ref.key}) but no message shows`);
        else if (!text || looksLikeKey(text)) problems.push(`${where}: the message is ${JSON.stringify(text)}`);
        else if (!shown.includes(text)) problems.push(`${where}: the message is not next to the field`);
        if (!isMessageKey(ref.key) && !ref.key.startsWith('errors.')) problems.push(`${where}: unknown message key ${ref.key}`);
      }
      const check = FIELD_CHECKS[name];
      const want = check ? c.expect?.[check] : undefined;
      if (want !== undefined && el.localName === 'dots-text-field') {
        const r = runCheck(check!, inner.value);
        const reason = (ref?.params?.['reason'] as string | undefined) ?? null;
        if ('ok' in r && !r.ok && reason !== r.reason) problems.push(`${where}: the flow says ${ref?.key ?? 'nothing'}, the check says ${r.reason}`);
        if ('ok' in r && r.ok && ref) problems.push(`${where}: accepted by the check, refused by the flow with ${ref.key}`);
      }
      // 3. markup stays text
      if (dangerCount(flow.shadowRoot!) !== dangerBefore) problems.push(`${where}: an element was created from the input`);
      const handlers = handlerAttributes(flow.shadowRoot!);
      if (handlers.length) problems.push(`${where}: event handler attributes appeared: ${handlers.join(', ')}`);
      checked += 1;
    }
    await type(flow, view(flow).shadowRoot!.querySelector<Field>(`[name="${name}"]`)!, '');
  }
  await new Promise((r) => setTimeout(r, 30)); // an onerror would fire by now
  if (ran.length) problems.push(`${label}: payloads ran: ${ran.join(', ')}`);
  expect(problems, problems.slice(0, 40).join('\n')).to.deep.equal([]);
  return { fields: names, checked };
}

describe('hostile catalog: every text field of every step', function () {
  this.timeout(180_000);
  let b: Bench;
  beforeEach(async () => {
    ran.length = 0;
    b = await bench({ sandbox_magic_code: false });
  });
  afterEach(() => b.close());

  const mount = (tpl: ReturnType<typeof html>) => fixtureIn<DotsFlow>({ lang: 'en' }, tpl);

  it('sign-in: phone, one-time code, name and email', async () => {
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} steps="compliance" no-draft></dots-flow>`);
    await editingOn(flow, 'sign-in-phone');
    const phone = await hammer(flow, 'phone');
    expect(phone.fields).to.deep.equal(['phone']);
    flow.send({ type: 'change', field: 'phone', value: '2015550177' });
    flow.send({ type: 'next' });
    await editingOn(flow, 'sign-in-code');
    await hammer(flow, 'code');
    flow.send({ type: 'change', field: 'code', value: b.codeFor({ country_code: '1', phone_number: '2015550177' }) });
    flow.send({ type: 'next' });
    await editingOn(flow, 'sign-in-profile');
    const profile = await hammer(flow, 'profile');
    expect(profile.fields).to.have.members(['first_name', 'last_name', 'email']);
  });

  it('compliance: the W-9 (individual and business)', async () => {
    const userId = b.user();
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} user-id=${userId} steps="compliance" no-draft></dots-flow>`);
    await editingOn(flow, 'compliance-w9');
    flow.send({ type: 'change', field: 'entity_type', value: 'business' });
    await until(flow, (s) => s.values['compliance-w9']?.['entity_type'] === 'business');
    const w9 = await hammer(flow, 'w9');
    expect(w9.fields).to.include.members(['legal_name', 'business_name', 'tax_id', 'address_line1', 'city', 'postal_code']);
  });

  it('compliance: the W-8BEN', async () => {
    const userId = b.user({ countryCode: '44', phone: '7400123456' });
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} user-id=${userId} steps="compliance" no-draft></dots-flow>`);
    await editingOn(flow, 'compliance-w8ben');
    const w8 = await hammer(flow, 'w8ben');
    expect(w8.fields).to.include.members(['legal_name', 'date_of_birth', 'foreign_tax_id', 'address_line1', 'city', 'postal_code']);
  });

  it('id-verification', async () => {
    const userId = b.user();
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} user-id=${userId} steps="id-verification" no-draft></dots-flow>`);
    await editingOn(flow, 'id-verification');
    expect((await hammer(flow, 'idv')).fields).to.deep.equal(['document_number']);
  });

  for (const platform of ['ach', 'paypal', 'venmo', 'cash_app', 'intl_bank']) {
    it(`manage-payouts: ${platform}`, async () => {
      const userId = b.user();
      const flow = await mount(html`<dots-flow .adapter=${b.adapter} user-id=${userId} steps="manage-payouts" no-draft></dots-flow>`);
      await until(flow, (s) => s.current === 'manage-payouts' && s.status === 'editing' && !!s.context.payoutMethods);
      flow.send({ type: 'change', field: 'platform', value: platform });
      await until(flow, (s) => s.values['manage-payouts']?.['platform'] === platform);
      await (view(flow) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await hammer(flow, platform);
    });
  }

  it('payout: the amount, in partial mode', async () => {
    const userId = b.user({ cents: 50_000, bank: true });
    const flow = await mount(html`<dots-flow .adapter=${b.adapter} user-id=${userId} steps="payout" no-draft></dots-flow>`);
    await until(flow, (s) => s.current === 'payout' && s.status === 'editing' && !!s.context.wallet);
    flow.send({ type: 'change', field: 'amount_mode', value: 'partial' });
    await until(flow, (s) => s.values['payout']?.['amount_mode'] === 'partial');
    await (view(flow) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect((await hammer(flow, 'payout')).fields).to.deep.equal(['amount']);
    // nothing typed above made a transfer
    expect(b.ledger.listTransfers(b.appId, { user_id: userId, type: 'payout' }).data).to.deep.equal([]);
    expect(b.ledger.checkInvariants().ok).to.equal(true);
  });
});

describe('hostile catalog: the money input on its own', function () {
  this.timeout(60_000);

  it('keeps every text as typed, gives the reason its parser gives, and never renders markup', async () => {
    ran.length = 0;
    const el = await fixtureIn<DotsMoneyInput>({ lang: 'en' }, html`<dots-money-input name="amount" currency="USD" required></dots-money-input>`);
    const inner = el.shadowRoot!.querySelector('input')!;
    const problems: string[] = [];
    for (const c of HOSTILE_CASES) {
      if (typeof c.input !== 'string') continue;
      const before = dangerCount(el.shadowRoot!);
      inner.value = c.input;
      inner.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      inner.dispatchEvent(new Event('blur'));
      await el.updateComplete;
      const want = sanitized(c.input, 'text');
      const r = runCheck('money', want);
      if (!('ok' in r)) {
        problems.push(`${c.id}: the parser threw ${r.threw}`);
        continue;
      }
      // a valid amount is tidied on blur (formatted); anything else stays exactly as typed
      if (!r.ok && inner.value !== want) problems.push(`${c.id}: shows ${JSON.stringify(inner.value.slice(0, 40))}`);
      if (r.ok && el.value !== r.value) problems.push(`${c.id}: value ${el.value}, parsed ${r.value}`);
      if (!r.ok) {
        if (el.value !== null) problems.push(`${c.id}: refused text still has a value ${el.value}`);
        if (!el.errorVisible || !el.validationMessage || looksLikeKey(el.validationMessage)) problems.push(`${c.id}: no specific message (${JSON.stringify(el.validationMessage)})`);
        if (el.reason !== r.reason) problems.push(`${c.id}: reason ${el.reason}, parser ${r.reason}`);
      }
      if (dangerCount(el.shadowRoot!) !== before || handlerAttributes(el.shadowRoot!).length) problems.push(`${c.id}: markup rendered`);
    }
    await new Promise((r) => setTimeout(r, 30));
    expect(ran).to.deep.equal([]);
    expect(problems, problems.slice(0, 40).join('\n')).to.deep.equal([]);
  });
});

describe('hostile catalog: stored names render as text wherever they are shown', function () {
  this.timeout(60_000);

  it('a payee whose name, email and metadata are markup: the flows, the transfer list and the inspector make no element of it', async () => {
    ran.length = 0;
    const b = await bench({ sandbox_magic_code: false });
    try {
      const evil = (id: string) => `<img src=x onerror="${PAYLOAD_HOOK}('${id}')"><svg onload="${PAYLOAD_HOOK}('${id}-svg')">`;
      const u = b.ledger.createUserDirect(b.appId, {
        first_name: evil('first'),
        last_name: `"><script>${PAYLOAD_HOOK}('last')</script>`,
        email: 'ada@example.com',
        country_code: '1',
        phone_number: '2015550188',
        metadata: { note: evil('meta') },
      });
      b.ledger.addPayoutMethod(b.appId, { platform: 'ach', user_id: u.id, routing_number: '021000021', account_number: '000123456789', account_type: 'checking' });
      b.ledger.refillApp(b.appId, 5_000);
      b.ledger.transferToUser(b.appId, u.id, 5_000);
      b.ledger.createPayout(b.appId, { user_id: u.id, amount: 1_000, idempotency_key: 'hostile-name-payout', metadata: { memo: evil('memo') } });
      const wrap = (await fixtureIn<LitElement>(
        { lang: 'en' },
        html`<div>
          <dots-flow .adapter=${b.adapter} user-id=${u.id} steps="compliance" no-draft></dots-flow>
          <dots-transfers .adapter=${b.adapter} user-id=${u.id}></dots-transfers>
          <dots-ledger-inspector .adapter=${b.adapter}></dots-ledger-inspector>
        </div>`,
      )) as unknown as HTMLElement;
      const flow = wrap.querySelector<DotsFlow>('dots-flow')!;
      await editingOn(flow, 'compliance-w9');
      // the legal name is prefilled from the stored name: as a value, not as markup
      await new Promise((r) => setTimeout(r, 300));
      const legal = view(flow).shadowRoot!.querySelector<Field>('[name=legal_name]')!;
      expect(innerInput(legal).value).to.contain('<img src=x');
      expect(deepAll(wrap, 'img, script, svg[onload]').filter((e) => e.getAttributeNames().some((n) => /^on/.test(n)))).to.deep.equal([]);
      expect(handlerAttributes(wrap)).to.deep.equal([]);
      expect(ran).to.deep.equal([]);
    } finally {
      b.close();
    }
  });
});
