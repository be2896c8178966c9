/**
 * The BackendAdapter contract suite. Every adapter must pass it; a third party proves an adapter
 * for another payout provider by calling, in a mocha test file (this file from the repository):
 *
 *   import { runAdapterContract } from './adapter-contract.ts';
 *   runAdapterContract('my-provider', async () => ({ adapter, readCode, fundUser, createPayoutLink, settle }));
 *
 * `setup` runs before every test and returns a fresh adapter bound to a fresh app (or one whose
 * state the test cannot collide with) plus four operator hooks. The hooks stand for what a host's
 * backend or a sandbox does, things a browser-side adapter must not be able to do itself:
 *
 * - `readCode(phone)`: the one-time code last sent to that phone (the mock's outbox, a sandbox
 *   inbox, or a documented magic code).
 * - `fundUser(userId, cents)`: move money from the app's wallet to the user's wallet (a balance
 *   transfer made by the host's backend).
 * - `createPayoutLink(input)`: create a payout link as the host's backend would; returns id and token.
 * - `settle()`: let every pending payout reach a final status (advance a clock, or wait on a
 *   sandbox). Payouts to ordinary test accounts must complete.
 *
 * `otherApp()` gives an adapter bound to a second app of the same backend, for the tenant
 * isolation test (pass `{ isolation: false }` to leave that test out). `teardown()`, optional,
 * runs after every test.
 */
import { expect } from '@open-wc/testing';
import {
  AppSettings,
  type BackendAdapter,
  type PhoneInput,
} from '../src/adapters/types.ts';
import { DotsError, ERROR_CODES, type ErrorCode } from '../src/core/ledger/errors.ts';
import { FlowRecord, PayoutLink, PayoutMethod, Transfer, User, Wallet, type LedgerEvent, type LedgerEventType } from '../src/core/ledger/schemas.ts';

export interface ContractPayoutLinkInput {
  amount: number;
  memo?: string;
  allow_partial?: boolean;
  payee?: { first_name?: string; last_name?: string; email?: string; country_code?: string; phone_number?: string };
}

export interface ContractHarness {
  adapter: BackendAdapter;
  readCode(phone: PhoneInput): Promise<string>;
  fundUser(userId: string, amount: number): Promise<void>;
  createPayoutLink(input: ContractPayoutLinkInput): Promise<{ id: string; token: string }>;
  settle(): Promise<void>;
  otherApp?(): Promise<BackendAdapter>;
  teardown?(): Promise<void>;
}

export type ContractSetup = () => Promise<ContractHarness>;

/** A valid ABA routing number (checksum holds) and account numbers sandboxes treat as ordinary. */
export const TEST_ACH = { routing_number: '021000021', account_number: '000123456789', account_type: 'checking' as const };

let phoneCounter = 0;
/** A phone number no earlier test used, so suites that share a backend never collide. */
export function freshPhone(): PhoneInput {
  phoneCounter += 1;
  // exchange 2xx keeps the number valid for libphonenumber; the rest varies per call
  const tail = String((Date.now() % 10_000) * 100 + (phoneCounter % 100)).padStart(6, '0').slice(-6);
  return { country_code: '1', phone_number: `4152${tail}` };
}

export async function expectDotsError(p: Promise<unknown>, code: ErrorCode, field?: string): Promise<DotsError> {
  let caught: unknown;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected a DotsError ${code}`).to.be.instanceOf(DotsError);
  const err = caught as DotsError;
  expect(err.code, err.message).to.equal(code);
  if (field !== undefined) expect(err.field).to.equal(field);
  expect(typeof err.retryable).to.equal('boolean');
  return err;
}

/** Signs a new person up the way the onboarding flow does: code, verify, create. */
export async function signUp(h: ContractHarness, overrides: Partial<{ first_name: string; email: string }> = {}) {
  const phone = freshPhone();
  await h.adapter.sendVerificationCode(phone);
  const code = await h.readCode(phone);
  const verified = await h.adapter.verifyCode({ ...phone, code });
  const user = await h.adapter.createUser({
    ...phone,
    first_name: overrides.first_name ?? 'Ada',
    last_name: 'Lovelace',
    email: overrides.email ?? `ada.${phone.phone_number}@example.com`,
    session: verified.session,
  });
  return { phone, user, session: verified.session };
}

async function withPayoutMethod(h: ContractHarness, userId: string): Promise<PayoutMethod> {
  return h.adapter.addPayoutMethod({ platform: 'ach', user_id: userId, ...TEST_ACH });
}

/** Waits for the first event matching `match`; the bound only keeps a broken adapter from hanging the run. */
function nextEvent(adapter: BackendAdapter, match: (e: LedgerEvent) => boolean, types?: LedgerEventType[], boundMs = 10_000) {
  let off = () => {};
  const promise = new Promise<LedgerEvent>((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error('no matching event arrived'));
    }, boundMs);
    off = adapter.subscribe((e) => {
      if (!match(e)) return;
      clearTimeout(timer);
      off();
      resolve(e);
    }, types);
  });
  return { promise, off: () => off() };
}

const key = (label: string) => `${label}-${crypto.randomUUID()}`;

export interface ContractOptions {
  /** Check tenant isolation through `otherApp()` (default true; a provider with one account per key may turn it off). */
  isolation?: boolean;
}

export function runAdapterContract(name: string, setup: ContractSetup, options: ContractOptions = {}): void {
  describe(`BackendAdapter contract: ${name}`, function () {
    this.timeout(30_000);
    let h: ContractHarness;
    let a: BackendAdapter;

    beforeEach(async () => {
      h = await setup();
      a = h.adapter;
    });
    afterEach(async () => {
      await h.teardown?.();
    });

    describe('app settings', () => {
      it('returns settings that match the schema', async () => {
        const s = AppSettings.parse(await a.getAppSettings());
        expect(s.currency).to.match(/^[A-Z]{3}$/);
        expect(s.min_payout).to.be.at.least(0);
        expect(typeof a.kind).to.equal('string');
      });
    });

    describe('sign-in', () => {
      it('sends a code, refuses a wrong one, accepts the right one and creates a verified user', async () => {
        const phone = freshPhone();
        const sent = await a.sendVerificationCode(phone);
        expect(sent.sent).to.equal(true);
        expect(Number.isNaN(Date.parse(sent.expires_at))).to.equal(false);
        const code = await h.readCode(phone);
        expect(code).to.match(/^\d{6}$/);
        const wrong = code === '000000' ? '111111' : '000000';
        await expectDotsError(a.verifyCode({ ...phone, code: wrong }), 'code_invalid');
        const v = await a.verifyCode({ ...phone, code });
        expect(v.verified).to.equal(true);
        expect(v.user_id).to.equal(null);
        const user = await a.createUser({ ...phone, first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.com', session: v.session });
        User.parse(user);
        expect(user.first_name).to.equal('Grace');
        expect(user.phone_number).to.equal(phone.phone_number);
        expect(user.phone_verified).to.equal(true);
        expect(user.wallet.amount).to.equal(0);
        expect(await a.getUser(user.id)).to.deep.include({ id: user.id, email: 'grace@example.com' });
      });

      it('recognises a returning user by phone', async () => {
        const { phone, user } = await signUp(h);
        await a.sendVerificationCode(phone);
        const v = await a.verifyCode({ ...phone, code: await h.readCode(phone) });
        expect(v.user_id).to.equal(user.id);
      });

      it('rejects malformed input with a validation error naming the field', async () => {
        const phone = freshPhone();
        await expectDotsError(a.verifyCode({ ...phone, code: '12ab' }), 'validation', 'code');
        await expectDotsError(
          a.createUser({ ...phone, first_name: 'A', last_name: 'B', email: 'not-an-email' }),
          'validation',
          'email',
        );
      });

      it('reports an unknown user as not_found', async () => {
        await expectDotsError(a.getUser('00000000-0000-4000-8000-000000000000'), 'not_found');
      });

      it('updates the user', async () => {
        const { user } = await signUp(h);
        const updated = await a.updateUser({ user_id: user.id, first_name: 'Augusta', metadata: { ref: 'x1' } });
        expect(updated.first_name).to.equal('Augusta');
        expect(updated.metadata).to.deep.equal({ ref: 'x1' });
        expect((await a.getUser(user.id)).first_name).to.equal('Augusta');
      });
    });

    describe('compliance', () => {
      it('stores a W-9 keeping only the last four digits of the tax id', async () => {
        const { user } = await signUp(h);
        const after = await a.submitCompliance({
          form: 'w9',
          user_id: user.id,
          entity_type: 'individual',
          legal_name: 'Ada Lovelace',
          tax_id_type: 'ssn',
          tax_id: '123456789',
          date_of_birth: '1990-12-10',
          address: { line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701', country: 'US' },
          certified: true,
        });
        expect(after.compliance.form).to.equal('w9');
        expect(after.compliance.tax_id_collected).to.equal(true);
        expect(after.compliance.tax_id_last4).to.equal('6789');
        expect(JSON.stringify(after)).not.to.contain('123456789');
      });

      it('stores a W-8BEN', async () => {
        const { user } = await signUp(h);
        const after = await a.submitCompliance({
          form: 'w8ben',
          user_id: user.id,
          legal_name: 'Ada Lovelace',
          country_of_citizenship: 'GB',
          foreign_tax_id: 'AB123456C',
          date_of_birth: '1990-12-10',
          address: { line1: '10 Downing St', city: 'London', postal_code: 'SW1A 2AA', country: 'GB' },
          certified: true,
        });
        expect(after.compliance.form).to.equal('w8ben');
        expect(after.compliance.date_of_birth_collected).to.equal(true);
      });

      it('verifies identity', async () => {
        const { user } = await signUp(h);
        const after = await a.verifyIdentity({ user_id: user.id, document_type: 'passport', document_country: 'US', document_number: 'X1234567' });
        expect(after.compliance.id_verified).to.equal(true);
      });
    });

    describe('payout methods', () => {
      it('adds, lists, chooses a default and removes methods, never exposing a full account number', async () => {
        const { user } = await signUp(h);
        const ach = await withPayoutMethod(h, user.id);
        PayoutMethod.parse(ach);
        expect(ach.platform).to.equal('ach');
        expect(ach.mask).to.equal('6789');
        expect(JSON.stringify(ach)).not.to.contain(TEST_ACH.account_number);
        const paypal = await a.addPayoutMethod({ platform: 'paypal', user_id: user.id, email: 'ada@example.com' });
        const list = await a.listPayoutMethods(user.id);
        expect(list.map((m) => m.id)).to.have.members([ach.id, paypal.id]);
        const withDefault = await a.setDefaultPayoutMethod({ user_id: user.id, payout_method_id: paypal.id });
        expect(withDefault.default_payout_method_id).to.equal(paypal.id);
        expect(withDefault.default_payout_method).to.equal('paypal');
        await a.removePayoutMethod({ user_id: user.id, payout_method_id: ach.id });
        expect((await a.listPayoutMethods(user.id)).map((m) => m.id)).to.deep.equal([paypal.id]);
        expect(JSON.stringify(await a.getUser(user.id))).not.to.contain(TEST_ACH.account_number);
      });

      it('refuses a routing number whose checksum fails', async () => {
        const { user } = await signUp(h);
        await expectDotsError(
          a.addPayoutMethod({ platform: 'ach', user_id: user.id, routing_number: '021000022', account_number: '123456789', account_type: 'checking' }),
          'validation',
          'routing_number',
        );
      });

      it('reports an unknown payout method as not_found', async () => {
        const { user } = await signUp(h);
        await expectDotsError(a.setDefaultPayoutMethod({ user_id: user.id, payout_method_id: 'pm-unknown' }), 'not_found');
      });
    });

    describe('money', () => {
      it('reads the wallet, reserves a payout, and completes it once settled', async () => {
        const { user } = await signUp(h);
        const pm = await withPayoutMethod(h, user.id);
        await h.fundUser(user.id, 5000);
        expect(Wallet.parse(await a.getWallet(user.id))).to.deep.equal({ amount: 5000, withdrawable_amount: 5000, pending_amount: 0 });
        const t = await a.createPayout({ user_id: user.id, amount: 2000, payout_method_id: pm.id, idempotency_key: key('payout') });
        Transfer.parse(t);
        expect(t.type).to.equal('payout');
        expect(t.amount).to.equal(2000);
        expect(t.user_id).to.equal(user.id);
        expect(['created', 'pending']).to.include(t.status);
        const reserved = await a.getWallet(user.id);
        expect(reserved.withdrawable_amount).to.equal(3000);
        expect(reserved.amount - reserved.pending_amount).to.equal(3000);
        await h.settle();
        const done = await a.getTransfer(t.id);
        expect(done.status).to.equal('completed');
        expect(done.status_history.map((s) => s.status)).to.include('completed');
        expect(await a.getWallet(user.id)).to.deep.equal({ amount: 3000, withdrawable_amount: 3000, pending_amount: 0 });
      });

      it('returns the first result for a repeated idempotency key and refuses a changed body', async () => {
        const { user } = await signUp(h);
        const pm = await withPayoutMethod(h, user.id);
        await h.fundUser(user.id, 5000);
        const k = key('same');
        const first = await a.createPayout({ user_id: user.id, amount: 1500, payout_method_id: pm.id, idempotency_key: k });
        const again = await a.createPayout({ user_id: user.id, amount: 1500, payout_method_id: pm.id, idempotency_key: k });
        expect(again.id).to.equal(first.id);
        expect((await a.getWallet(user.id)).withdrawable_amount).to.equal(3500);
        await expectDotsError(a.createPayout({ user_id: user.id, amount: 1600, payout_method_id: pm.id, idempotency_key: k }), 'idempotency_mismatch');
      });

      it('refuses a payout larger than the withdrawable balance', async () => {
        const { user } = await signUp(h);
        const pm = await withPayoutMethod(h, user.id);
        await h.fundUser(user.id, 1000);
        await expectDotsError(a.createPayout({ user_id: user.id, amount: 1001, payout_method_id: pm.id, idempotency_key: key('big') }), 'insufficient_funds');
        expect((await a.getWallet(user.id)).amount).to.equal(1000);
      });

      it('pays to the default method when none is named', async () => {
        const { user } = await signUp(h);
        const pm = await withPayoutMethod(h, user.id);
        await a.setDefaultPayoutMethod({ user_id: user.id, payout_method_id: pm.id });
        await h.fundUser(user.id, 1000);
        const t = await a.createPayout({ user_id: user.id, amount: 400, idempotency_key: key('default') });
        expect(t.payout_method_id).to.equal(pm.id);
        expect(t.payout_platform).to.equal('ach');
      });

      it('lists transfers with filters and {data, has_more} pagination', async () => {
        const { user } = await signUp(h);
        const pm = await withPayoutMethod(h, user.id);
        await h.fundUser(user.id, 3000);
        const ids = [];
        for (let i = 0; i < 3; i++) ids.push((await a.createPayout({ user_id: user.id, amount: 100 + i, payout_method_id: pm.id, idempotency_key: key(`p${i}`) })).id);
        const payouts = await a.listTransfers({ user_id: user.id, type: 'payout' });
        expect(payouts.data.map((t) => t.id)).to.have.members(ids);
        expect(payouts.has_more).to.equal(false);
        const first = await a.listTransfers({ user_id: user.id, type: 'payout', limit: 2 });
        expect(first.data).to.have.length(2);
        expect(first.has_more).to.equal(true);
        const rest = await a.listTransfers({ user_id: user.id, type: 'payout', limit: 2, starting_after: first.data[1]!.id });
        expect(rest.data).to.have.length(1);
        expect(rest.has_more).to.equal(false);
        expect([...first.data, ...rest.data].map((t) => t.id)).to.have.members(ids);
        const all = await a.listTransfers({ user_id: user.id });
        expect(all.data.some((t) => t.type === 'balance')).to.equal(true);
        const completed = await a.listTransfers({ user_id: user.id, type: 'payout', status: ['completed'] });
        expect(completed.data).to.have.length(0);
        await expectDotsError(a.getTransfer('00000000-0000-4000-8000-000000000000'), 'not_found');
      });
    });

    describe('payout links', () => {
      it('reads a link by token and by id, claims it once, and pays the claimer', async () => {
        const { user } = await signUp(h);
        const pm = await withPayoutMethod(h, user.id);
        const created = await h.createPayoutLink({ amount: 2500, memo: 'Thanks!' });
        const byToken = PayoutLink.parse(await a.getPayoutLink(created.token));
        const byId = await a.getPayoutLink(created.id);
        expect(byToken.id).to.equal(created.id);
        expect(byId.token).to.equal(created.token);
        expect(byToken.amount).to.equal(2500);
        expect(byToken.memo).to.equal('Thanks!');
        expect(['created', 'sent', 'delivered']).to.include(byToken.status);
        const { link, transfer } = await a.claimPayoutLink({ link: created.token, user_id: user.id, payout_method_id: pm.id, idempotency_key: key('claim') });
        expect(link.status).to.equal('claimed');
        expect(link.claimed_user_id).to.equal(user.id);
        expect(transfer.type).to.equal('payout');
        expect(transfer.payout_link_id).to.equal(created.id);
        expect(transfer.amount).to.equal(2500);
        expect(link.transfer_id).to.equal(transfer.id);
        await expectDotsError(a.claimPayoutLink({ link: created.id, user_id: user.id, payout_method_id: pm.id, idempotency_key: key('again') }), 'link_claimed');
        await h.settle();
        expect((await a.getTransfer(transfer.id)).status).to.equal('completed');
      });

      it('lets exactly one of two simultaneous claims win', async () => {
        const { user } = await signUp(h);
        const pm = await withPayoutMethod(h, user.id);
        const created = await h.createPayoutLink({ amount: 700 });
        const results = await Promise.allSettled([
          a.claimPayoutLink({ link: created.token, user_id: user.id, payout_method_id: pm.id, idempotency_key: key('race-a') }),
          a.claimPayoutLink({ link: created.token, user_id: user.id, payout_method_id: pm.id, idempotency_key: key('race-b') }),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
        const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        expect(loser.reason).to.be.instanceOf(DotsError);
        expect(['link_claimed', 'conflict']).to.include((loser.reason as DotsError).code);
        const payouts = await a.listTransfers({ user_id: user.id, type: 'payout' });
        expect(payouts.data.filter((t) => t.payout_link_id === created.id)).to.have.length(1);
      });

      it('reports an unknown link as not_found', async () => {
        await expectDotsError(a.getPayoutLink('no-such-link-token'), 'not_found');
      });
    });

    describe('flow records', () => {
      it('creates, reads and updates a flow', async () => {
        const { user } = await signUp(h);
        const f = FlowRecord.parse(await a.createFlow({ steps: ['compliance', 'manage-payouts', 'payout'], metadata: { source: 'contract' } }));
        expect(f.steps).to.deep.equal(['compliance', 'manage-payouts', 'payout']);
        expect(f.completed_steps).to.deep.equal([]);
        expect(f.user_id).to.equal(null);
        const u = await a.updateFlow({ flow_id: f.id, user_id: user.id, completed_steps: ['compliance'] });
        expect(u.user_id).to.equal(user.id);
        expect(u.completed_steps).to.deep.equal(['compliance']);
        expect(await a.getFlow(f.id)).to.deep.equal(u);
        await expectDotsError(a.getFlow('00000000-0000-4000-8000-000000000000'), 'not_found');
      });
    });

    describe('events', () => {
      it('delivers user.updated and transfer events, filtered by type, and stops after unsubscribe', async () => {
        const { user } = await signUp(h);
        const userEvent = nextEvent(a, (e) => e.type === 'user.updated' && e.data.id === user.id, ['user.updated']);
        const seenTypes = new Set<string>();
        const offTransfers = a.subscribe((e) => seenTypes.add(e.type), ['transfer.completed']);
        await a.updateUser({ user_id: user.id, last_name: 'Byron' });
        const ev = await userEvent.promise;
        expect(ev.data).to.deep.include({ id: user.id, last_name: 'Byron' });
        const pm = await withPayoutMethod(h, user.id);
        await h.fundUser(user.id, 800);
        const completed = nextEvent(a, (e) => e.type === 'transfer.completed' && e.data.type === 'payout');
        const t = await a.createPayout({ user_id: user.id, amount: 800, payout_method_id: pm.id, idempotency_key: key('ev') });
        await h.settle();
        const done = await completed.promise;
        expect(done.data.id).to.equal(t.id);
        expect([...seenTypes]).to.deep.equal(['transfer.completed']);
        offTransfers();
      });
    });

    describe('errors and cancellation', () => {
      it('rejects with aborted when the signal is already aborted', async () => {
        const ctl = new AbortController();
        ctl.abort();
        await expectDotsError(a.getAppSettings({ signal: ctl.signal }), 'aborted');
      });

      it('uses only documented error codes', async () => {
        const err = await expectDotsError(a.getUser('00000000-0000-4000-8000-000000000000'), 'not_found');
        expect(Object.keys(ERROR_CODES)).to.include(err.code);
        expect(err.message.length).to.be.greaterThan(0);
      });

      if (options.isolation !== false)
        it('keeps apps apart', async () => {
        expect(h.otherApp, 'setup must provide otherApp() unless isolation is off').to.be.a('function');
        const { user } = await signUp(h);
        const other = await h.otherApp!();
        await expectDotsError(other.getUser(user.id), 'not_found');
        await expectDotsError(other.getWallet(user.id), 'not_found');
        });
    });
  });
}
