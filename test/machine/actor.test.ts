import { expect } from '@open-wc/testing';
import { buildFlow, ONBOARDING_STEPS, type DotsContext } from '../../src/core/flows/index.ts';
import { createFlowActor, type FlowActor, type FlowActorOptions } from '../../src/core/machine/index.ts';
import { bench, editing, fill, notices, recordingStore, until, type Bench } from './harness.ts';

const SSN = '123-45-6789';
const ACCOUNT = '000123456789';
const W9 = {
  legal_name: 'Ada Lovelace',
  tax_id: SSN,
  address_line1: '1 Main St',
  city: 'Springfield',
  region: 'IL',
  postal_code: '62701',
  certified: true,
};
const ACH = { platform: 'ach', routing_number: '011000015', account_number: ACCOUNT, account_type: 'checking' };

describe('flow actor with the mock adapter', () => {
  let b: Bench;
  const actors: FlowActor<DotsContext>[] = [];
  beforeEach(async () => {
    b = await bench({ sandbox_magic_code: false });
  });
  afterEach(() => {
    for (const a of actors.splice(0)) a.stop();
    b.close();
  });

  function actor(opts: Partial<FlowActorOptions<DotsContext>> & { steps?: Parameters<typeof buildFlow>[0] } = {}): FlowActor<DotsContext> {
    const { steps, ...rest } = opts;
    const a = createFlowActor<DotsContext>({
      definition: buildFlow(steps ?? ONBOARDING_STEPS, { signIn: !rest.userId }),
      adapter: b.adapter,
      today: '2026-01-15',
      ...rest,
    });
    actors.push(a);
    return a;
  }

  async function signIn(a: FlowActor<DotsContext>, phone = '2015550100'): Promise<void> {
    await editing(a, 'sign-in-phone');
    fill(a, { country: 'US', phone });
    a.send({ type: 'next' });
    await editing(a, 'sign-in-code');
    fill(a, { code: b.codeFor({ country_code: '1', phone_number: phone }) });
    a.send({ type: 'next' });
  }

  it('runs the whole onboarding for a new payee: sign-in, W-9, a bank account; the ledger and flow record follow', async () => {
    const drafts = recordingStore();
    const a = actor({ draft: { store: drafts, key: 'k' } });
    const seen = notices(a);
    a.start();
    await signIn(a);
    await editing(a, 'sign-in-profile');
    fill(a, { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' });
    a.send({ type: 'next' });
    const w9 = await editing(a, 'compliance-w9');
    expect(w9.userId).to.be.a('string');
    expect(w9.values['compliance-w9']?.['legal_name']).to.equal('Ada Lovelace');
    fill(a, { ...W9, tax_id: SSN });
    a.send({ type: 'next' });
    await editing(a, 'manage-payouts');
    fill(a, ACH);
    a.send({ type: 'next' });
    const done = await until(a, (s) => s.status === 'complete');

    const user = b.ledger.getUser(b.appId, done.userId!);
    expect(user.first_name).to.equal('Ada');
    expect(user.compliance.form).to.equal('w9');
    expect(user.compliance.tax_id_last4).to.equal('6789');
    expect(user.default_payout_method).to.equal('ach');
    expect(user.payout_methods[0]?.mask).to.equal('6789');
    const record = b.ledger.getFlow(b.appId, done.flowId!);
    expect(record.user_id).to.equal(done.userId);
    expect(record.completed_steps).to.deep.equal(['compliance', 'manage-payouts']);

    expect(seen.filter((x) => x.type === 'step-complete' && x.groupComplete).map((x) => x.type === 'step-complete' && x.group)).to.deep.equal([
      'sign-in',
      'compliance',
      'manage-payouts',
    ]);
    expect(seen.at(-1)).to.deep.equal({ type: 'complete' });
    // No draft, at any moment, held the tax id, the account number or the one-time code.
    expect(drafts.writes.length).to.be.greaterThan(10);
    for (const w of drafts.writes) {
      expect(w).to.not.contain('123456789');
      expect(w).to.not.contain(SSN);
      expect(w).to.not.contain(ACCOUNT);
    }
    expect(drafts.writes.some((w) => w.includes('Springfield'))).to.equal(true);
    expect(drafts.data.has('k'), 'draft removed on completion').to.equal(false);
    // Notices carry masked facts only.
    expect(JSON.stringify(seen)).to.not.contain(ACCOUNT);
    expect(JSON.stringify(seen)).to.not.contain('123456789');
  });

  it('skips the profile for a recognised phone', async () => {
    b.user({ phone: '2015550177' });
    const a = actor();
    a.start();
    await signIn(a, '2015550177');
    const s = await editing(a, 'compliance-w9');
    expect(s.visible).to.not.include('sign-in-profile');
    expect(s.groups.map((g) => g.id)).to.deep.equal(['sign-in', 'compliance', 'manage-payouts']);
  });

  it('shows the W-8BEN to a payee whose phone is not from the US', async () => {
    const a = actor();
    a.start();
    await editing(a, 'sign-in-phone');
    fill(a, { country: 'GB', phone: '07400 123456' });
    a.send({ type: 'next' });
    await editing(a, 'sign-in-code');
    fill(a, { code: b.codeFor({ country_code: '44', phone_number: '7400123456' }) });
    a.send({ type: 'next' });
    await editing(a, 'sign-in-profile');
    fill(a, { first_name: 'Alan', last_name: 'Turing', email: 'alan@example.co.uk' });
    a.send({ type: 'next' });
    const s = await editing(a, 'compliance-w8ben');
    expect(s.values['compliance-w8ben']?.['address_country']).to.equal('GB');
    expect(s.visible).to.not.include('compliance-w9');
  });

  it('maps a wrong one-time code to the code field, not retryable', async () => {
    const a = actor();
    a.start();
    await editing(a, 'sign-in-phone');
    fill(a, { country: 'US', phone: '2015550101' });
    a.send({ type: 'next' });
    await editing(a, 'sign-in-code');
    const right = b.codeFor({ country_code: '1', phone_number: '2015550101' });
    fill(a, { code: right === '111111' ? '222222' : '111111' });
    a.send({ type: 'next' });
    const s = await until(a, (x) => x.status === 'failed');
    if (s.status !== 'failed') throw new Error('not failed');
    expect(s.error.code).to.equal('code_invalid');
    expect(s.error.retryable).to.equal(false);
    expect(s.errors['code']?.key).to.equal('errors.backend.code_invalid');
  });

  it('shows a retryable backend failure and succeeds on retry without losing input', async () => {
    const userId = b.user();
    const a = actor({ userId, steps: ['compliance'] });
    a.start();
    await editing(a, 'compliance-w9');
    fill(a, W9);
    b.adapter.faults.failNext('server', 1, 'submitCompliance');
    a.send({ type: 'next' });
    const failed = await until(a, (s) => s.status === 'failed');
    if (failed.status !== 'failed') throw new Error('not failed');
    expect(failed.error).to.deep.include({ code: 'server', retryable: true });
    expect(failed.values['compliance-w9']?.['city']).to.equal('Springfield');
    a.send({ type: 'retry' });
    await until(a, (s) => s.status === 'complete');
    expect(b.ledger.getUser(b.appId, userId).compliance.form).to.equal('w9');
  });

  it('a double Continue on the payout makes one transfer', async () => {
    const userId = b.user({ cents: 50_00, bank: true });
    const a = actor({ userId, steps: ['payout'] });
    a.start();
    await editing(a, 'payout');
    a.send({ type: 'next' });
    a.send({ type: 'next' });
    a.send({ type: 'next' });
    const done = await until(a, (s) => s.status === 'complete');
    const transfers = b.ledger.listTransfers(b.appId, { user_id: userId, type: 'payout' }).data;
    expect(transfers).to.have.length(1);
    expect(transfers[0]?.amount).to.equal(50_00);
    expect(done.context.transfer?.id).to.equal(transfers[0]?.id);
  });

  it('a payout resumed from a draft taken mid-submit reuses its idempotency key: still one transfer', async () => {
    const userId = b.user({ cents: 80_00, bank: true });
    const drafts = recordingStore();
    const a = actor({ userId, steps: ['payout'], draft: { store: drafts, key: 'pay' } });
    a.start();
    await editing(a, 'payout');
    fill(a, { amount_mode: 'partial', amount: '30' });
    a.send({ type: 'next' });
    await until(a, (s) => s.status === 'complete');
    const midSubmit = drafts.writes.map((w) => JSON.parse(w)).find((s) => s.status === 'submitting' && s.pending.kind === 'submit');
    expect(midSubmit, 'a draft written while the payout was in flight').to.not.equal(undefined);
    // The tab "reloads" with that draft: the same request is sent again, with the same key.
    const again = recordingStore();
    again.set('pay', JSON.stringify(midSubmit));
    const resumed = actor({ userId, steps: ['payout'], draft: { store: again, key: 'pay' } });
    resumed.start();
    const s = await until(resumed, (x) => x.status === 'complete');
    const transfers = b.ledger.listTransfers(b.appId, { user_id: userId, type: 'payout' }).data;
    expect(transfers).to.have.length(1);
    expect(s.context.transfer?.id).to.equal(transfers[0]?.id);
    // Money left the wallet exactly once.
    expect(b.ledger.getWallet(b.appId, userId).withdrawable_amount).to.equal(50_00);
  });

  it('a new intent after a failed payout gets a new key; the same intent keeps it', async () => {
    const userId = b.user({ cents: 40_00, bank: true });
    const a = actor({ userId, steps: ['payout'] });
    a.start();
    await editing(a, 'payout');
    fill(a, { amount_mode: 'partial', amount: '10' });
    b.adapter.faults.failNext('timeout', 2, 'createPayout');
    a.send({ type: 'next' });
    const f1 = await until(a, (s) => s.status === 'failed');
    if (f1.status !== 'failed') throw new Error('not failed');
    a.send({ type: 'retry' });
    const f2 = await until(a, (s) => s.status === 'failed' && s.seq > f1.seq);
    if (f2.status !== 'failed') throw new Error('not failed');
    expect(f2.pending.idempotencyKey).to.equal(f1.pending.idempotencyKey);
    fill(a, { amount: '12' });
    a.send({ type: 'next' });
    const s = await until(a, (x) => x.status === 'complete');
    expect(s.intents['payout']?.key).to.not.equal(f1.pending.idempotencyKey);
    expect(b.ledger.listTransfers(b.appId, { user_id: userId, type: 'payout' }).data.map((t) => t.amount)).to.deep.equal([12_00]);
  });

  it('resumes a typed draft after re-creating the actor: what was typed is back, secrets are not', async () => {
    const userId = b.user();
    const drafts = recordingStore();
    const a = actor({ userId, steps: ['compliance', 'manage-payouts'], draft: { store: drafts, key: 'd' } });
    a.start();
    await editing(a, 'compliance-w9');
    fill(a, { ...W9, certified: false });
    a.stop();
    const b2 = actor({ userId, steps: ['compliance', 'manage-payouts'], draft: { store: drafts, key: 'd' } });
    b2.start();
    const s = await editing(b2, 'compliance-w9');
    expect(s.values['compliance-w9']?.['city']).to.equal('Springfield');
    expect(s.values['compliance-w9']?.['tax_id']).to.equal('');
  });

  it('resumes from a host-saved snapshot, and refuses one belonging to another user', async () => {
    const userId = b.user();
    const a = actor({ userId, steps: ['compliance', 'manage-payouts'] });
    a.start();
    await editing(a, 'compliance-w9');
    fill(a, { legal_name: 'Saved Name' });
    const saved = JSON.parse(JSON.stringify(a.getStorableSnapshot()));
    a.stop();
    const resumed = actor({ userId, steps: ['compliance', 'manage-payouts'], snapshot: saved });
    expect(resumed.getSnapshot().values['compliance-w9']?.['legal_name']).to.equal('Saved Name');
    const other = actor({ userId: b.user(), steps: ['compliance', 'manage-payouts'], snapshot: saved });
    expect(other.getSnapshot().values['compliance-w9']?.['legal_name']).to.equal('');
  });

  it('aborts the running call when the person goes back', async () => {
    const userId = b.user();
    const a = actor({ userId, steps: ['id-verification', 'compliance'] });
    a.start();
    await editing(a, 'id-verification');
    fill(a, { document_type: 'passport', document_country: 'US', document_number: 'X1234567' });
    a.send({ type: 'next' });
    await editing(a, 'compliance-w9');
    fill(a, W9);
    b.adapter.faults.configure({ latencyMs: 300 });
    a.send({ type: 'next' });
    expect(a.getSnapshot().status).to.equal('submitting');
    a.send({ type: 'back' });
    const s = a.getSnapshot();
    expect(s.current).to.equal('id-verification');
    b.adapter.faults.configure({ latencyMs: 0, enabled: false });
    await new Promise((r) => setTimeout(r, 400));
    expect(b.ledger.getUser(b.appId, userId).compliance.form, 'the aborted submit changed nothing').to.equal(null);
    expect(a.getSnapshot().current).to.equal('id-verification');
  });

  it('manage-payouts: add, make default and remove without leaving the step, honouring exclusions', async () => {
    b.ledger.updateApp(b.appId, { payout_options_exclude_list: ['venmo'] });
    const userId = b.user();
    const a = actor({ userId, steps: ['manage-payouts'] });
    const seen = notices(a);
    a.start();
    await editing(a, 'manage-payouts');
    fill(a, ACH);
    a.send({ type: 'action', name: 'add' });
    let s = await until(a, (x) => x.status === 'editing' && (x.context.payoutMethods?.length ?? 0) === 1);
    expect(s.values['manage-payouts']?.['account_number']).to.equal('');
    expect(s.values['manage-payouts']?.['adding']).to.equal(false);
    fill(a, { adding: true, platform: 'paypal', paypal_email: 'ada@example.com' });
    a.send({ type: 'action', name: 'add' });
    s = await until(a, (x) => x.status === 'editing' && (x.context.payoutMethods?.length ?? 0) === 2);
    const paypal = s.context.payoutMethods!.find((m) => m.platform === 'paypal')!;
    a.send({ type: 'action', name: 'set-default', payload: { id: paypal.id } });
    s = await until(a, (x) => x.status === 'editing' && x.context.user?.default_payout_method_id === paypal.id);
    const bank = s.context.payoutMethods!.find((m) => m.platform === 'ach')!;
    a.send({ type: 'action', name: 'remove', payload: { id: bank.id } });
    s = await until(a, (x) => x.status === 'editing' && (x.context.payoutMethods?.length ?? 0) === 1);
    expect(seen.filter((x) => x.type === 'announce').map((x) => x.type === 'announce' && x.message.key)).to.deep.equal([
      'payouts.added.ach',
      'payouts.added.paypal',
      'payouts.default_set.paypal',
      'payouts.removed.ach',
    ]);
    fill(a, { adding: true, platform: 'venmo', venmo_phone: '2015550123' });
    a.send({ type: 'action', name: 'add' });
    expect(a.getSnapshot().errors['platform']?.key).to.equal('payouts.errors.platform.required');
    fill(a, { adding: false });
    a.send({ type: 'next' });
    await until(a, (x) => x.status === 'complete');
    expect(b.ledger.getUser(b.appId, userId).default_payout_method).to.equal('paypal');
  });

  it('hides steps the host hides and prefills what it knows', async () => {
    const a = actor({ steps: ['compliance', 'manage-payouts'], hidden: ['compliance'], prefill: { email: 'host@example.com', phone: '2015550123', tax_id: '123456789' } });
    a.start();
    const s = await editing(a, 'sign-in-phone');
    expect(s.groups.map((g) => g.id)).to.deep.equal(['sign-in', 'manage-payouts']);
    expect(s.values['sign-in-phone']?.['phone']).to.equal('2015550123');
    expect(s.values['sign-in-profile']?.['email']).to.equal('host@example.com');
    expect(s.values['compliance-w9']?.['tax_id']).to.equal('');
  });
});
