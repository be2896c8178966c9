/**
 * The flows under the demo's strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval',
 * Trusted Types required for every DOM sink), loaded from the script-tag bundle: a host page
 * mounts the elements with createElement and properties, as its own code would, and a person goes
 * through sign-in, the W-9, a bank account and a payout, then the onboarding preset and a payout
 * link claim, with markup typed into a name. Not one violation may be reported, by the page or to
 * the server's report-uri, and nothing may reach the console as an error.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useDemo } from './support/index.ts';
import { addBankAccount, fileW9, signInAsNewPayee } from './support/demo-steps.ts';

type Snap = { current: string; status: string; userId: string | null; errors: Record<string, unknown>; error?: { code: string; message: string } };

/** Mounts a flow element the way a host's script does: no HTML strings, no inline script. */
async function mount(page: Page, tag: string, attrs: Record<string, string>): Promise<void> {
  await page.evaluate(
    ({ tag, attrs }) => {
      document.getElementById('csp-flow')?.remove();
      const el = document.createElement(tag) as HTMLElement & { adapter: unknown };
      el.id = 'csp-flow';
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.adapter = window.dotsDemo!.adapter;
      document.body.append(el);
    },
    { tag, attrs },
  );
}

async function snapshot(page: Page): Promise<Snap> {
  return page.evaluate(() => {
    const el = document.getElementById('csp-flow') as unknown as { actor: { getSnapshot(): Snap } | null };
    const s = el.actor?.getSnapshot();
    return s ? { current: s.current, status: s.status, userId: s.userId, errors: s.errors, ...(s.error ? { error: s.error } : {}) } : { current: '', status: 'none', userId: null, errors: {} };
  });
}

async function waitFor(page: Page, pred: (s: Snap) => boolean, what: string): Promise<Snap> {
  for (let i = 0; i < 300; i++) {
    const s = await snapshot(page);
    if (pred(s)) return s;
    if (s.status === 'failed') throw new Error(`${what}: the flow failed on ${s.current}: ${JSON.stringify(s.error)}`);
    await page.waitForTimeout(30);
  }
  throw new Error(`${what}: timed out at ${JSON.stringify(await snapshot(page))}`);
}

const editing = (page: Page, screen: string) => waitFor(page, (s) => s.current === screen && s.status === 'editing', screen);

async function set(page: Page, values: Record<string, string | boolean>): Promise<void> {
  await page.evaluate((values) => {
    const el = document.getElementById('csp-flow') as unknown as { send(e: unknown): void };
    for (const [field, value] of Object.entries(values)) el.send({ type: 'change', field, value });
  }, values);
}

/** Continue, pressed as a person does: a real click on the button inside the flow. */
async function next(page: Page): Promise<void> {
  await page.locator('#csp-flow [part~=continue] button').click();
}

/** The one-time code the backend sent, read where the host's backend would read it. */
type CodeReader = (page: Page, phone: string) => Promise<string>;

async function signIn(page: Page, phone: string, readCode: CodeReader, name = 'Ada'): Promise<string> {
  await editing(page, 'sign-in-phone');
  await set(page, { country: 'US', phone });
  await next(page);
  await editing(page, 'sign-in-code');
  await set(page, { code: await readCode(page, phone) });
  await next(page);
  await editing(page, 'sign-in-profile');
  await set(page, { first_name: name, last_name: 'Lovelace', email: 'ada@example.com' });
  await next(page);
  const s = await editing(page, 'compliance-w9');
  return s.userId!;
}

async function w9AndBank(page: Page): Promise<void> {
  await editing(page, 'compliance-w9');
  await set(page, { legal_name: 'Ada Lovelace', tax_id: '123-45-6789', address_line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701', certified: true });
  await next(page);
  await editing(page, 'manage-payouts');
  await set(page, { platform: 'ach', routing_number: '021000021', account_number: '000123456789', account_type: 'checking' });
  await next(page);
}

/** A markup payload: calls a function the page does not have, so running it would be a page error. */
const PAYLOAD = `<img src=x onerror="notDefinedOnPurpose()"><svg onload="notDefinedOnPurpose()">`;

let phoneSeq = 0;
const freshPhone = () => `20155${String((Date.now() % 1000) * 10 + (phoneSeq += 1)).padStart(5, '0').slice(-5)}`;

describe('Content-Security-Policy: every flow under the strict policy', () => {
  const demo = useDemo();

  const readers: Record<'mock' | 'http', CodeReader> = {
    mock: (page, phone) =>
      page.evaluate((phone) => {
        const a = window.dotsDemo!.adapter as unknown as { appId: string; ledger: { lastCodeFor(app: string, p: unknown): string | null } };
        return a.ledger.lastCodeFor(a.appId, { country_code: '1', phone_number: phone }) ?? '';
      }, phone),
    http: async (_page, phone) => demo.server.mock!.ledger.lastCodeFor(demo.server.mock!.defaultAppId, { country_code: '1', phone_number: phone }) ?? '',
  };

  /** Money for a payee, moved by the operator (in the page's own ledger, or the server's). */
  async function fund(page: Page, kind: 'mock' | 'http', userId: string, cents: number): Promise<void> {
    if (kind === 'http') {
      const l = demo.server.mock!.ledger;
      const app = demo.server.mock!.defaultAppId;
      l.refillApp(app, cents);
      l.transferToUser(app, userId, cents);
      return;
    }
    await page.evaluate(
      ({ userId, cents }) => {
        const a = window.dotsDemo!.adapter as unknown as { operate(fn: (l: { refillApp(a: string, c: number): void; transferToUser(a: string, u: string, c: number): void }, app: string) => void): Promise<void> };
        return a.operate((l, app) => {
          l.refillApp(app, cents);
          l.transferToUser(app, userId, cents);
        });
      },
      { userId, cents },
    );
  }

  for (const kind of ['mock', 'http'] as const) {
    it(`sign-in, W-9, bank account and payout in <dots-flow> (${kind} adapter): no violation`, async () => {
      const { page, assertClean } = await demo.open(`/?adapter=${kind}`);
      await mount(page, 'dots-flow', { steps: 'compliance manage-payouts payout', 'no-draft': '' });
      // markup typed as a name: kept as text, never a sink
      const userId = await signIn(page, freshPhone(), readers[kind], PAYLOAD);
      await fund(page, kind, userId, 2_500);
      await w9AndBank(page);
      await waitFor(page, (s) => s.current === 'payout' && s.status === 'editing', 'payout');
      await page.locator('#csp-flow [part~=balance]').waitFor();
      await next(page);
      await waitFor(page, (s) => s.status === 'complete', 'complete');
      assert.equal(await page.locator('#csp-flow img').count(), 0, 'no element made from the typed markup');
      await assertClean();
    });
  }

  it("the demo's own onboarding section, done with the keyboard by a payee whose name is markup: nothing reported", async () => {
    const { page, assertClean } = await demo.open('/?adapter=mock');
    demo.server.reports.clear();
    const flow = page.locator('[data-section="onboarding"] dots-onboarding-flow');
    await signInAsNewPayee(page, flow, { first_name: PAYLOAD, last_name: 'Lovelace', email: 'ada@example.com', phone: freshPhone() });
    await fileW9(page, flow, '231-54-7788');
    await addBankAccount(page, flow, '000123454321');
    await flow.getByRole('heading', { name: 'You are all set' }).waitFor();
    assert.equal(await page.locator('[data-section="onboarding"] img').count(), 0, 'no element made from the typed markup');
    await assertClean();
    assert.deepEqual(demo.server.reports.list(), [], 'no violation reached report-uri');
  });

  it('the onboarding preset and the payout link claim (mock adapter): no violation', async () => {
    const { page, assertClean } = await demo.open('/?adapter=mock');
    await mount(page, 'dots-onboarding-flow', { 'no-draft': '' });
    await signIn(page, freshPhone(), readers.mock);
    await w9AndBank(page);
    await waitFor(page, (s) => s.status === 'complete', 'onboarding complete');

    const token = await page.evaluate(() => {
      const a = window.dotsDemo!.adapter as unknown as { operate(fn: (l: { refillApp(a: string, c: number): void; createPayoutLink(a: string, i: unknown): { token: string } }, app: string) => string): Promise<string> };
      return a.operate((l, app) => {
        l.refillApp(app, 1_000);
        return l.createPayoutLink(app, { amount: 1_000, memo: '<b>thanks</b>' }).token;
      });
    });
    await mount(page, 'dots-payout-claim-flow', { link: token, 'no-draft': '' });
    // the claim's first screens: whatever they are, each renders under the policy
    await waitFor(page, (s) => s.status === 'editing', 'claim ready');
    await page.locator('#csp-flow').evaluate((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete);
    assert.equal(await page.locator('#csp-flow b').count(), 0, 'the memo is text');
    await assertClean();
  });
});

describe('clickjacking: the demo refuses to be framed', () => {
  const demo = useDemo();

  /** The h1 of the framed page, or null when the browser did not render it. */
  async function framedHeading(pageHtml: string): Promise<string | null> {
    const page = await demo.browser.newPage();
    try {
      await page.route('http://attacker.test/', (route) => route.fulfill({ contentType: 'text/html', body: pageHtml }));
      await page.route('http://victim.test/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>v</title><h1>framed fine</h1>' }));
      await page.goto('http://attacker.test/');
      await page.waitForTimeout(1_500);
      const child = page.frames().find((f) => f !== page.mainFrame());
      return (await child?.evaluate(() => document.querySelector('h1')?.textContent ?? null).catch(() => null)) ?? null;
    } finally {
      await page.close();
    }
  }

  it('a page on another origin that frames the demo gets nothing (frame-ancestors none); a page without the policy would be framed', async () => {
    // the control: the same framing of a page that sends no policy works, so the check can see a frame
    assert.equal(await framedHeading('<!doctype html><title>a</title><iframe src="http://victim.test/"></iframe>'), 'framed fine');
    const demoUrl = new URL('/?adapter=mock', demo.url).href;
    const framed = await framedHeading(`<!doctype html><title>a</title><iframe src="${demoUrl}"></iframe>`);
    // Chromium shows its own "is blocked" page in the frame instead of the demo
    assert.notEqual(framed?.trim(), 'dots-flows demo');
    assert.match(framed ?? 'blocked', /blocked/);
  });
});
