/**
 * What a payee and an operator do on the demo page, step by step, by visible labels and the
 * keyboard: sign in (the code read from the console's outbox), a W-9, a US bank account; in the
 * ledger console, make a payout link, advance the clock, release a transfer.
 */
import type { Locator, Page } from 'playwright-core';
import { eventually, field, fill, press, tabTo } from './person.ts';

export interface Payee {
  first_name: string;
  last_name: string;
  email: string;
  /** US national number, 10 digits */
  phone: string;
}

/** One section of the demo page (the console has sections of the same names inside it). */
export const demoSection = (page: Page, id: 'onboarding' | 'claim' | 'transfers' | 'ledger'): Locator => page.locator(`#demo-sections > section[data-section="${id}"]`);

export const consoleOf = (page: Page): Locator => demoSection(page, 'ledger');

/** The one-time code for a phone, as the console's outbox shows it: "Code for +1…: 123456". */
export async function codeFromOutbox(page: Page, e164: string): Promise<string> {
  const entry = consoleOf(page).locator('li', { hasText: `Code for ${e164}` }).first();
  const pattern = /Code for \+\d+: (\d{6})/;
  const text = await eventually(() => entry.textContent({ timeout: 15_000 }), (t) => pattern.test(t ?? ''), `a code for ${e164} in the outbox`);
  return pattern.exec(text ?? '')![1]!;
}

/** Phone, code from the outbox, then the profile of a new payee. */
export async function signInAsNewPayee(page: Page, flow: Locator, p: Payee): Promise<void> {
  await fill(page, field(flow, 'Mobile phone number'), p.phone);
  await press(page, flow.getByRole('button', { name: 'Send code' }));
  const code = await codeFromOutbox(page, `+1${p.phone}`);
  await fill(page, field(flow, '6-digit code'), code);
  await press(page, flow.getByRole('button', { name: 'Verify' }));
  await fill(page, field(flow, 'First name'), p.first_name);
  await fill(page, field(flow, 'Last name'), p.last_name);
  await fill(page, field(flow, 'Email address'), p.email);
  await press(page, flow.getByRole('button', { name: 'Continue' }));
}

/** A W-9 for an individual (the legal name comes from the profile). */
export async function fileW9(page: Page, flow: Locator, ssn = '231-54-7788'): Promise<void> {
  await flow.getByRole('heading', { name: 'Tax information (Form W-9)' }).waitFor();
  await fill(page, field(flow, 'Social Security number', { exact: true }), ssn);
  await fill(page, field(flow, 'Street address'), '1 Main St');
  await fill(page, field(flow, 'City'), 'Hampton');
  await fill(page, field(flow, 'State', { exact: true }), 'Virginia');
  await fill(page, field(flow, 'ZIP code'), '23669');
  await tabTo(page, field(flow, 'Under penalties of perjury'));
  await page.keyboard.press('Space');
  await press(page, flow.getByRole('button', { name: 'Continue' }));
}

/** A US bank account (routing number with a valid ABA checksum), then Continue. */
export async function addBankAccount(page: Page, flow: Locator, account: string): Promise<void> {
  await flow.getByRole('heading', { name: 'How you get paid' }).waitFor();
  await fill(page, field(flow, 'Type of payout method'), 'US');
  await fill(page, field(flow, 'Routing number'), '011000015');
  await fill(page, field(flow, 'Account number'), account);
  await press(page, flow.getByRole('button', { name: 'Continue' }));
}

/** Creates a payout link in the console; returns its claim URL as the console shows it. */
export async function createPayoutLink(page: Page, input: { amount: string; memo: string }): Promise<string> {
  const c = consoleOf(page);
  await fill(page, field(c, 'Amount', { exact: true }), input.amount);
  await fill(page, field(c, 'Memo', { exact: true }), input.memo);
  await press(page, c.getByRole('button', { name: 'Create payout link' }));
  const notice = c.locator('section[data-section="links"]').getByText('Payout link created.', { exact: false });
  await notice.waitFor();
  return (await notice.getByRole('link').getAttribute('href'))!;
}

/** Presses one of the console's clock buttons ("Advance 1 second", "Advance 10 seconds", ...). */
export function advanceClock(page: Page, label: 'Advance 1 second' | 'Advance 10 seconds' | 'Advance 1 minute'): Promise<void> {
  return press(page, consoleOf(page).getByRole('button', { name: label, exact: true }));
}

/** The label a status badge shows (inside its shadow root), e.g. "Pending" or "Under review". */
export function badgeText(badge: Locator): Promise<string> {
  return badge.locator('[part="label"]').first().innerText({ timeout: 15_000 }).then((t) => t.trim());
}

/** Waits until the badge shows `label`; fails with the label it kept showing. */
export async function waitForBadge(badge: Locator, label: string): Promise<void> {
  await eventually(() => badgeText(badge), (t) => t === label, `the status "${label}"`);
}
