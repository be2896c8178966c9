/**
 * Issue 4, end to end: a new payee onboards on the demo page with the keyboard alone, finding
 * every field by its visible label. Sign in with a phone, read the code from the demo's message
 * outbox (the ledger console), fill a W-9, add a bank account, finish; then the ledger console
 * shows the verified payee with a masked default payout method, and neither the full account
 * number nor the tax id is anywhere on the page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useDemo } from './support/index.ts';
import { addBankAccount, consoleOf, demoSection, fileW9, signInAsNewPayee } from './support/demo-steps.ts';
import { deepText, eventually, field, press, tabTo } from './support/person.ts';

const ACCOUNT = '000123454321';
const SSN = '231-54-7788';

describe('onboarding on the demo page (issue 4)', () => {
  const demo = useDemo();

  it('a new payee signs in, files a W-9 and adds a bank account with the keyboard only; the console shows them verified with a masked default method', async () => {
    const { page, assertClean } = await demo.open('/?adapter=mock');
    const flow = demoSection(page, 'onboarding').locator('dots-onboarding-flow');

    await signInAsNewPayee(page, flow, { first_name: 'Dorothy', last_name: 'Vaughan', email: 'dorothy@example.com', phone: '2015550199' });
    await fileW9(page, flow, SSN);
    await addBankAccount(page, flow, ACCOUNT);
    await flow.getByRole('heading', { name: 'You are all set' }).waitFor();
    await demoSection(page, 'onboarding').getByText('Dorothy Vaughan is onboarded.', { exact: false }).waitFor();

    // The operator's side: the payee, verified, with a W-9 and the account masked.
    const row = consoleOf(page).locator('tr', { hasText: 'Dorothy Vaughan' });
    await row.locator('dots-status-badge').getByText('Verified', { exact: true }).waitFor();
    await row.getByText('Default: ACH ••••4321', { exact: true }).waitFor();
    const rowText = (await row.innerText()).replace(/\s+/g, ' ');
    assert.match(rowText, /W-9/);
    assert.match(rowText, /Default: ACH ••••4321/);

    // The account number and the tax id went to the ledger once and are shown nowhere.
    const everything = await deepText(page);
    assert.ok(everything.includes('••••4321'), 'the page shows the masked account');
    assert.equal(everything.includes(ACCOUNT), false, 'the full account number is on the page');
    assert.equal(everything.includes('00012345'), false, 'more than the last four digits of the account are on the page');
    assert.equal(everything.includes('231547788') || everything.includes(SSN), false, 'the tax id is on the page');

    // The host offers the next onboarding: a fresh flow, not a resumed one.
    await press(page, demoSection(page, 'onboarding').getByRole('button', { name: 'Onboard another payee' }));
    await flow.getByRole('heading', { name: 'Sign in with your phone' }).waitFor();
    assert.equal(await field(flow, 'Mobile phone number').inputValue(), '');
    await assertClean();
  });

  it('the flows follow the page\'s language switch, the host page stays English, and claim URLs keep the language', async () => {
    const { page, assertClean } = await demo.open('/?adapter=mock');
    await tabTo(page, page.getByLabel('Language'));
    await page.keyboard.type('Espa');
    await eventually(() => page.evaluate(() => document.documentElement.lang), (l) => l === 'es', 'the page language to be es');

    const flow = demoSection(page, 'onboarding').locator('dots-onboarding-flow');
    await flow.getByRole('heading', { name: 'Inicia sesión con tu teléfono' }).waitFor();
    await consoleOf(page).locator('dots-ledger-inspector').getByRole('heading', { name: 'Inspector del libro contable' }).waitFor();
    // The host's own text is not translated (it is the host's page, not the library's).
    await demoSection(page, 'claim').getByText('No payout link in this page’s address.', { exact: false }).waitFor();
    // A claim URL made now opens the claim in Spanish too.
    const claimLink = consoleOf(page).locator('section[data-section="links"] td a').first();
    await eventually(() => claimLink.getAttribute('href'), (href) => /[?&]locale=es&/.test(href ?? '') && /payout_link=/.test(href ?? ''), 'a claim URL with locale=es');
    await assertClean();
  });
});
