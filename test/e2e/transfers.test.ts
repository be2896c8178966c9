/**
 * The transfers section of the demo: every transfer of the seeded app, live, and reloaded when
 * the console replaces the whole ledger. "Reset ledger" (keyboard) empties the ledger but keeps
 * the app, which the demo funds again: the list then holds exactly that refill.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useDemo } from './support/index.ts';
import { badgeText, consoleOf, demoSection } from './support/demo-steps.ts';
import { eventually, press } from './support/person.ts';

describe('the transfers section of the demo', () => {
  const demo = useDemo();

  it('lists the app\'s transfers with their statuses, and after a reset in the console only the new refill', async () => {
    const { page, assertClean } = await demo.open('/?adapter=mock');
    const section = demoSection(page, 'transfers');
    const list = section.locator('dots-transfers');
    await section.scrollIntoViewIfNeeded();
    const rows = list.locator('[part="row"]');
    // The seeded demo: refill, three wallet fundings, four payouts (completed, flagged, failed, pending).
    await list.getByText('8 transfers shown', { exact: true }).waitFor();
    await list.getByText('That is every transfer of the app.', { exact: true }).waitFor();
    const statuses: string[] = [];
    await eventually(() => rows.count(), (n) => n === 8, 'eight rows');
    for (let i = 0; i < 8; i++) statuses.push(await badgeText(rows.nth(i).locator('dots-status-badge')));
    for (const s of ['Completed', 'Under review', 'Failed', 'Pending']) assert.ok(statuses.includes(s), `a ${s} transfer in ${statuses.join(', ')}`);

    await press(page, consoleOf(page).getByRole('button', { name: 'Reset ledger' }));
    await page.locator('#demo-status').getByText('Ledger reset. The demo app was funded again with $25,000.00', { exact: false }).waitFor();
    await list.getByText('1 transfer shown', { exact: true }).waitFor();
    await eventually(() => rows.count(), (n) => n === 1, 'one row');
    assert.match((await rows.first().innerText()).replace(/\s+/g, ' '), /\$25,000\.00 .*Account refill/);
    // The app can pay again: its balance is back in the console.
    await consoleOf(page).locator('section[data-section="apps"] tr', { hasText: 'Demo Marketplace' }).getByText('$25,000.00').first().waitFor();
    await assertClean();
  });
});
