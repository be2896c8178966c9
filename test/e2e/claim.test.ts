/**
 * Issue 5, end to end on the demo page: an operator makes a payout link in the ledger console, a
 * new payee opens its claim URL and claims it (labels and keyboard), and the payout is followed
 * live as the console's clock moves: Created, Pending, Completed. A payout to the sandbox's failing
 * account ends Failed with the money back in the payee's wallet; one at or above the app's review
 * threshold waits Under review until the operator releases it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { useDemo } from './support/index.ts';
import { addBankAccount, advanceClock, badgeText, consoleOf, createPayoutLink, demoSection, fileW9, type Payee, signInAsNewPayee, waitForBadge } from './support/demo-steps.ts';
import { eventually, isFocused, press, tabTo } from './support/person.ts';

/** Opens the claim URL the console shows, from the keyboard, and claims the link as a new payee. */
async function claimAsNewPayee(page: Page, url: string, payee: Payee, account: string): Promise<Locator> {
  await press(page, consoleOf(page).getByRole('link', { name: url }).first());
  await page.waitForURL(url);
  await page.locator('html[data-demo-ready="true"]').waitFor({ state: 'attached' });
  const flow = demoSection(page, 'claim').locator('dots-payout-claim-flow');
  await press(page, flow.getByRole('button', { name: 'Get my money' }));
  await signInAsNewPayee(page, flow, payee);
  await fileW9(page, flow);
  await addBankAccount(page, flow, account);
  await flow.getByRole('heading', { name: 'Claim your money' }).waitFor();
  await press(page, flow.getByRole('button', { name: 'Claim now' }));
  await flow.getByRole('heading', { name: 'Your money is on its way' }).waitFor();
  return flow;
}

/** The payee's row in the console's users table. */
const userRow = (page: Page, name: string) => consoleOf(page).locator('section[data-section="users"] tr', { hasText: name });

describe('claiming payout links on the demo page (issue 5)', () => {
  const demo = useDemo();

  it('a link made in the console is claimed by a new payee and the payout goes Created -> Pending -> Completed as the clock moves', async () => {
    const { page, assertClean } = await demo.open('/?adapter=mock');
    const url = await createPayoutLink(page, { amount: '40.00', memo: 'Thanks for the translation' });
    assert.match(url, /[?&]payout_link=[^&#]+.*#claim$/);

    const flow = await claimAsNewPayee(page, url, { first_name: 'Mary', last_name: 'Jackson', email: 'mary@example.com', phone: '2015550141' }, '000987654321');
    const badge = flow.locator('[part~="status-badge"]');
    assert.equal(await badgeText(badge), 'Created');

    await advanceClock(page, 'Advance 1 second');
    await waitForBadge(badge, 'Pending');
    await advanceClock(page, 'Advance 10 seconds');
    await waitForBadge(badge, 'Completed');
    await flow.getByRole('heading', { name: 'Your money was delivered' }).waitFor();

    // The transfers section switched to the payee's own view (keyboard: the radio group's arrows),
    // and the payout opened from the keyboard: its history.
    const transfers = demoSection(page, 'transfers');
    await tabTo(page, transfers.getByRole('radio', { name: 'Every transfer of the app' }));
    await page.keyboard.press('ArrowDown');
    assert.equal(await transfers.getByRole('radio', { name: /Mary Jackson/ }).isChecked(), true);
    const list = transfers.locator('dots-transfers');
    // The payee's list has loaded (its count shows), then: Tab into the list, which is one tab
    // stop, and the arrow keys to the payout's row, as a keyboard user moves through rows.
    await list.locator('[part="count"]').filter({ hasText: /\d/ }).waitFor();
    await tabTo(page, list.locator('[part~="row"]'), { waitFor: false });
    const row = list.getByRole('button', { name: /\$40\.00.*ACH ending in 4321/ });
    await page.keyboard.press('Home');
    for (let i = 0; i < 10 && !(await isFocused(row)); i++) await page.keyboard.press('ArrowDown');
    assert.equal(await isFocused(row), true, 'the arrow keys reach the $40.00 payout');
    await page.keyboard.press('Enter');
    const dialog = list.getByRole('dialog');
    await dialog.waitFor();
    const entries = dialog.locator('[part="timeline-entry"] dots-status-badge');
    const history: string[] = [];
    for (let i = 0; i < (await entries.count()); i++) history.push(await badgeText(entries.nth(i)));
    assert.deepEqual(history, ['Created', 'Pending', 'Completed']);
    await page.keyboard.press('Escape');

    // And in the console: the link claimed, the payee's wallet empty again.
    await consoleOf(page).locator('section[data-section="links"] tr', { hasText: 'Thanks for the translation' }).getByText('Claimed', { exact: true }).waitFor();
    await userRow(page, 'Mary Jackson').locator('[data-field="wallet"]').getByText('$0.00 available, $0.00 reserved', { exact: true }).waitFor();

    // Done with the link: the host takes it out of the address and the claim section says how to get another.
    await press(page, demoSection(page, 'claim').getByRole('button', { name: 'Close this payout link' }));
    await demoSection(page, 'claim').getByText('No payout link in this page’s address.', { exact: false }).waitFor();
    assert.doesNotMatch(page.url(), /payout_link=/);
    await assertClean();
  });

  it('a payout to the failing sandbox account ends Failed and the money is back in the payee\'s wallet', async () => {
    const { page, assertClean } = await demo.open('/?adapter=mock');
    const url = await createPayoutLink(page, { amount: '45.00', memo: 'Bounced payout' });
    const flow = await claimAsNewPayee(page, url, { first_name: 'Katherine', last_name: 'Goble', email: 'kgoble@example.com', phone: '2015550142' }, '000111110000');
    const badge = flow.locator('[part~="status-badge"]');
    // In flight, the money is reserved.
    await advanceClock(page, 'Advance 1 second');
    await waitForBadge(badge, 'Pending');
    await userRow(page, 'Katherine Goble').locator('[data-field="wallet"]').getByText('$0.00 available, $45.00 reserved', { exact: true }).waitFor();

    await advanceClock(page, 'Advance 10 seconds');
    await waitForBadge(badge, 'Failed');
    await flow.getByRole('heading', { name: 'Your payment did not go through' }).waitFor();
    await flow.getByText('The money is back in your balance', { exact: false }).waitFor();
    const wallet = userRow(page, 'Katherine Goble').locator('[data-field="wallet"]');
    await wallet.getByText('$45.00 available, $0.00 reserved', { exact: true }).waitFor();
    await assertClean();
  });

  it('a payout at or above the review threshold waits Under review until the console releases it, then settles', async () => {
    const { page, assertClean } = await demo.open('/?adapter=mock');
    const url = await createPayoutLink(page, { amount: '600.00', memo: 'Big job' });
    const flow = await claimAsNewPayee(page, url, { first_name: 'Christine', last_name: 'Darden', email: 'cdarden@example.com', phone: '2015550143' }, '000222223333');
    const badge = flow.locator('[part~="status-badge"]');
    await waitForBadge(badge, 'Under review');

    // Time alone does not move it: a minute later (the console shows the new time), still waiting.
    const time = consoleOf(page).locator('#clock-now');
    const before = Date.parse((await time.getAttribute('datetime'))!);
    await advanceClock(page, 'Advance 1 minute');
    await eventually(async () => Date.parse((await time.getAttribute('datetime'))!), (t) => t >= before + 60_000, 'the console to show the advanced time');
    const consoleRow = consoleOf(page).locator('section[data-section="transfers"] tr[data-status="flagged"]', { hasText: 'Christine Darden' });
    assert.equal(await consoleRow.count(), 1);
    assert.equal(await badgeText(badge), 'Under review');

    await press(page, consoleOf(page).getByRole('button', { name: 'Release ($600.00, Christine Darden)' }));
    await waitForBadge(badge, 'Pending');
    await advanceClock(page, 'Advance 10 seconds');
    await waitForBadge(badge, 'Completed');
    await assertClean();
  });
});
