/**
 * Issue 4, end to end: a new payee onboards on the demo page with the keyboard alone, finding
 * every field by its visible label. Sign in with a phone, read the code from the demo's message
 * outbox (the ledger console), fill a W-9, add a bank account, finish; then the ledger console
 * shows the verified payee with a masked default payout method, and the full account number is
 * nowhere on the page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useDemo } from './support/index.ts';
import { deepText, eventually, field, fill, press, tabTo } from './support/person.ts';

const PHONE = '2015550199';
const ACCOUNT = '000123454321';

/** The one-time code for a phone, as the console's outbox shows it: "Code for +1…: 123456". */
export async function codeFromOutbox(page: Page, e164: string): Promise<string> {
  const entry = page.locator('[data-section="ledger"] li', { hasText: `Code for ${e164}` }).first();
  const pattern = /Code for \+\d+: (\d{6})/;
  const text = await eventually(() => entry.textContent({ timeout: 15_000 }), (t) => pattern.test(t ?? ''), `a code for ${e164} in the outbox`);
  return pattern.exec(text ?? '')![1]!;
}

describe('onboarding on the demo page (issue 4)', () => {
  const demo = useDemo();

  it('a new payee signs in, files a W-9 and adds a bank account with the keyboard only; the console shows them verified with a masked default method', async () => {
    const { page, assertClean } = await demo.open('/?adapter=mock');
    const flow = page.locator('[data-section="onboarding"] dots-onboarding-flow');

    // Sign in: phone, then the code from the outbox.
    await fill(page, field(flow, 'Mobile phone number'), PHONE);
    await press(page, flow.getByRole('button', { name: 'Send code' }));
    const code = await codeFromOutbox(page, `+1${PHONE}`);
    await fill(page, field(flow, '6-digit code'), code);
    await press(page, flow.getByRole('button', { name: 'Verify' }));

    // A new payee: name and email.
    await fill(page, field(flow, 'First name'), 'Dorothy');
    await fill(page, field(flow, 'Last name'), 'Vaughan');
    await fill(page, field(flow, 'Email address'), 'dorothy@example.com');
    await press(page, flow.getByRole('button', { name: 'Continue' }));

    // W-9.
    await flow.getByRole('heading', { name: 'Tax information (Form W-9)' }).waitFor();
    await fill(page, field(flow, 'Social Security number', { exact: true }), '123-45-6789');
    await fill(page, field(flow, 'Street address'), '1 Main St');
    await fill(page, field(flow, 'City'), 'Hampton');
    await fill(page, field(flow, 'State', { exact: true }), 'Virginia');
    await fill(page, field(flow, 'ZIP code'), '23669');
    await tabTo(page, field(flow, 'Under penalties of perjury', { exact: false }));
    await page.keyboard.press('Space');
    await press(page, flow.getByRole('button', { name: 'Continue' }));

    // A US bank account.
    await flow.getByRole('heading', { name: 'How you get paid' }).waitFor();
    await fill(page, field(flow, 'Type of payout method'), 'US');
    await fill(page, field(flow, 'Routing number'), '011000015');
    await fill(page, field(flow, 'Account number'), ACCOUNT);
    await press(page, flow.getByRole('button', { name: 'Continue' }));

    await flow.getByRole('heading', { name: 'You are all set' }).waitFor();

    // The operator's side: the payee, verified, with a W-9 and the account masked.
    const row = page.locator('[data-section="ledger"] tr', { hasText: 'Dorothy Vaughan' });
    await row.waitFor();
    await row.locator('dots-status-badge').getByText('Verified', { exact: true }).waitFor();
    const rowText = (await row.innerText()).replace(/\s+/g, ' ');
    assert.match(rowText, /W-9/);
    assert.match(rowText, /Default: ACH ••••4321/);

    // The full account number went to the ledger once and is shown nowhere.
    const everything = await deepText(page);
    assert.ok(everything.includes('••••4321'), 'the page does show the masked account');
    assert.equal(everything.includes(ACCOUNT), false, 'the full account number is on the page');
    assert.equal(everything.includes('00012345'), false, 'a longer part of the account number is on the page');
    assert.equal(everything.includes('123456789'), false, 'the full tax id is on the page');

    await assertClean();
  });
});
