/**
 * The demo switched (from the keyboard) to the HTTP adapter against the mock Dots API the demo
 * server mounts at /api: the same onboarding as on the in-browser ledger, with the code read from
 * the API console's outbox; the payee lands in the server's ledger, not in the browser. Then a
 * payout link made in the API console is claimed over HTTP and settles as the server's clock moves.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ManualClock } from '../../src/core/ledger/clock.ts';
import { useDemo } from './support/index.ts';
import { addBankAccount, consoleOf, demoSection, fileW9, signInAsNewPayee, waitForBadge } from './support/demo-steps.ts';
import { deepText, field, fill, press, tabTo } from './support/person.ts';

/** Backend: from the mock ledger to the HTTP adapter, with the radio group's arrow keys. */
async function switchToHttp(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('radio', { name: 'In-browser mock ledger' }));
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => window.dotsDemo?.adapterKind === 'http' && document.documentElement.dataset['demoReady'] === 'true');
  await consoleOf(page).getByRole('heading', { name: 'Message outbox' }).waitFor();
}

describe('the demo on the HTTP adapter', () => {
  const clock = new ManualClock(Date.now());
  const demo = useDemo({ api: { clock } });

  it('onboards a new payee over HTTP with the keyboard only; the API console and the server ledger show them verified, the account masked', async () => {
    const { page, assertClean } = await demo.open('/?adapter=mock');
    await switchToHttp(page);
    assert.match(page.url(), /adapter=http/);

    const flow = demoSection(page, 'onboarding').locator('dots-onboarding-flow');
    await signInAsNewPayee(page, flow, { first_name: 'Annie', last_name: 'Easley', email: 'annie@example.com', phone: '2015550166' });
    await fileW9(page, flow);
    await addBankAccount(page, flow, '000555556789');
    await flow.getByRole('heading', { name: 'You are all set' }).waitFor();

    const row = consoleOf(page).locator('tr', { hasText: 'Annie Easley' });
    await row.locator('dots-status-badge').getByText('Verified', { exact: true }).waitFor();
    // The console reads the API every second and a half: wait for the refresh after the last step.
    await row.getByText('Checking ••••6789', { exact: true }).waitFor();
    assert.match((await row.innerText()).replace(/\s+/g, ' '), /W-9 Checking ••••6789/);

    // It went over HTTP: the server's ledger has the payee; the browser's IndexedDB ledger does not.
    const server = demo.server.mock!;
    const onServer = server.ledger.listUsers(server.defaultAppId, { limit: 100 }).data.find((u) => u.last_name === 'Easley');
    assert.equal(onServer?.status, 'verified');
    assert.equal(onServer?.compliance.form, 'w9');
    assert.equal(onServer?.payout_methods[0]?.mask, '6789');

    assert.equal((await deepText(page)).includes('000555556789'), false, 'the full account number is on the page');
    await assertClean();
  });

  it('a payout link made in the API console is claimed over HTTP and completes when the server clock moves', async () => {
    const { page, assertClean } = await demo.open('/?adapter=http');
    const api = consoleOf(page);
    await fill(page, field(api, 'Amount (USD)'), '');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('30.00');
    await press(page, api.getByRole('button', { name: 'Create payout link' }));
    const made = api.getByText('Payout link of $30.00 created.', { exact: false });
    await made.waitFor();
    const url = (await made.getByRole('link').getAttribute('href'))!;
    assert.match(url, /adapter=http.*payout_link=.*#claim$/);

    await press(page, made.getByRole('link'));
    await page.waitForURL(url);
    await page.waitForFunction(() => window.dotsDemo?.adapterKind === 'http' && document.documentElement.dataset['demoReady'] === 'true');
    const flow = demoSection(page, 'claim').locator('dots-payout-claim-flow');
    await press(page, flow.getByRole('button', { name: 'Get my money' }));
    await signInAsNewPayee(page, flow, { first_name: 'Gladys', last_name: 'West', email: 'gladys@example.com', phone: '2015550167' });
    await fileW9(page, flow);
    await addBankAccount(page, flow, '000666661234');
    await press(page, flow.getByRole('button', { name: 'Claim now' }));
    const badge = flow.locator('[part~="status-badge"]');
    await waitForBadge(badge, 'Pending');

    await press(page, api.getByRole('button', { name: 'Advance 10 seconds' }));
    await waitForBadge(badge, 'Completed');
    await assertClean();
  });
});
