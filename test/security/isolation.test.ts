// Tenant isolation through every BackendAdapter method: an adapter bound to app B, given every id
// of app A (users, payout methods, transfers, links by id and token, flow records), reads nothing
// and moves nothing: each call is not_found (a list is empty), A's objects are unchanged
// afterwards, and B's subscribers hear none of A's events. Run on the mock adapter (one ledger in
// memory; one IndexedDB database) and on the HTTP adapter against the mock server; for HTTP also
// a token of one app presented for another, a forged token and a garbage token.
import { expect } from '@open-wc/testing';
import type { BackendAdapter } from '../../src/adapters/types.ts';
import { HttpAdapter } from '../../src/adapters/http/http-adapter.ts';
import { MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import { DotsError } from '../../src/core/ledger/errors.ts';
import type { LedgerEvent } from '../../src/core/ledger/schemas.ts';
import { TEST_ACH, freshPhone, signUp, type ContractHarness } from '../adapter-contract.ts';
import { httpHarness, mockServerUrl, newApp } from '../adapters/http-harness.ts';
import { indexedDbHarness, memoryHarness } from '../adapters/mock-harness.ts';

interface World {
  h: ContractHarness;
  mine: BackendAdapter;
  theirs: BackendAdapter;
  a: { userId: string; pmId: string; transferId: string; linkId: string; linkToken: string; flowId: string; phone: { country_code: string; phone_number: string } };
  b: { userId: string; pmId: string; flowId: string };
}

async function world(setup: () => Promise<ContractHarness>): Promise<World> {
  const h = await setup();
  const mine = h.adapter;
  const theirs = await h.otherApp!();
  const ua = await signUp(h);
  const pmA = await mine.addPayoutMethod({ platform: 'ach', user_id: ua.user.id, ...TEST_ACH });
  await h.fundUser(ua.user.id, 10_000);
  const tA = await mine.createPayout({ user_id: ua.user.id, amount: 1_000, payout_method_id: pmA.id, idempotency_key: `iso-${crypto.randomUUID()}` });
  const link = await h.createPayoutLink({ amount: 500 });
  const fA = await mine.createFlow({ steps: ['payout'], user_id: ua.user.id });

  // B's own payee, made through B's adapter with the code B's app sent
  const phoneB = freshPhone();
  await theirs.sendVerificationCode(phoneB);
  const vB = await theirs.verifyCode({ ...phoneB, code: await codeOf(theirs, phoneB) });
  const uB = await theirs.createUser({ ...phoneB, first_name: 'Eve', last_name: 'Other', email: 'eve@example.com', session: vB.session });
  const pmB = await theirs.addPayoutMethod({ platform: 'ach', user_id: uB.id, ...TEST_ACH });
  const fB = await theirs.createFlow({ steps: ['payout'] });
  return {
    h,
    mine,
    theirs,
    a: { userId: ua.user.id, pmId: pmA.id, transferId: tA.id, linkId: link.id, linkToken: link.token, flowId: fA.id, phone: ua.phone },
    b: { userId: uB.id, pmId: pmB.id, flowId: fB.id },
  };
}

/** The code B's app sent: a mock adapter reads its ledger's outbox; an HTTP one, its app's outbox. */
async function codeOf(theirs: BackendAdapter, phone: { country_code: string; phone_number: string }): Promise<string> {
  if (theirs instanceof MockAdapter) return theirs.ledger.lastCodeFor(theirs.appId, phone)!;
  return httpCode(theirs as HttpAdapter, phone);
}

const httpTokens = new WeakMap<HttpAdapter, string>();
async function httpCode(adapter: HttpAdapter, phone: { country_code: string; phone_number: string }): Promise<string> {
  const base = await mockServerUrl();
  const token = httpTokens.get(adapter)!;
  const r = (await (await fetch(`${base}/demo/outbox`, { headers: { authorization: `Bearer ${token}` } })).json()) as { data: Array<{ to: string; code?: string }> };
  return [...r.data].reverse().find((m) => m.to === `+${phone.country_code}${phone.phone_number}` && m.code)!.code!;
}

/** An HTTP harness whose `otherApp()` adapter remembers its token (to read its own outbox). */
async function httpHarnessWithTokens(): Promise<ContractHarness> {
  const h = await httpHarness();
  return {
    ...h,
    async otherApp() {
      const app = await newApp('Isolation: other app');
      const adapter = new HttpAdapter({ baseUrl: await mockServerUrl(), appId: app.appId, getToken: () => app.getToken(), eventsWaitSeconds: 1 });
      httpTokens.set(adapter, app.token);
      return adapter;
    },
  };
}

/** Every method, with A's ids, from B. */
function attacks(w: World): Array<[string, () => Promise<unknown>]> {
  const { theirs: t, a, b } = w;
  const key = () => `iso-attack-${crypto.randomUUID()}`;
  const address = { line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701', country: 'US' };
  return [
    ['getUser(A user)', () => t.getUser(a.userId)],
    ['updateUser(A user)', () => t.updateUser({ user_id: a.userId, first_name: 'Mallory', metadata: { owned: true } })],
    ['submitCompliance(A user)', () => t.submitCompliance({ form: 'w9', user_id: a.userId, entity_type: 'individual', legal_name: 'Mallory', tax_id_type: 'ssn', tax_id: '123456789', address, certified: true })],
    ['verifyIdentity(A user)', () => t.verifyIdentity({ user_id: a.userId, document_type: 'passport', document_country: 'US', document_number: 'X0000000' })],
    ['listPayoutMethods(A user)', () => t.listPayoutMethods(a.userId)],
    ['addPayoutMethod(A user)', () => t.addPayoutMethod({ platform: 'paypal', user_id: a.userId, email: 'mallory@example.com' })],
    ['removePayoutMethod(A user, A method)', () => t.removePayoutMethod({ user_id: a.userId, payout_method_id: a.pmId })],
    ['removePayoutMethod(B user, A method)', () => t.removePayoutMethod({ user_id: b.userId, payout_method_id: a.pmId })],
    ['setDefaultPayoutMethod(A user, A method)', () => t.setDefaultPayoutMethod({ user_id: a.userId, payout_method_id: a.pmId })],
    ['setDefaultPayoutMethod(B user, A method)', () => t.setDefaultPayoutMethod({ user_id: b.userId, payout_method_id: a.pmId })],
    ['getWallet(A user)', () => t.getWallet(a.userId)],
    ['createPayout(A user, A method)', () => t.createPayout({ user_id: a.userId, amount: 1_000, payout_method_id: a.pmId, idempotency_key: key() })],
    ['createPayout(A user, default method)', () => t.createPayout({ user_id: a.userId, amount: 1_000, idempotency_key: key() })],
    ['createPayout(B user, A method)', () => t.createPayout({ user_id: b.userId, amount: 1_000, payout_method_id: a.pmId, idempotency_key: key() })],
    ['getTransfer(A transfer)', () => t.getTransfer(a.transferId)],
    ['getPayoutLink(A link id)', () => t.getPayoutLink(a.linkId)],
    ['getPayoutLink(A link token)', () => t.getPayoutLink(a.linkToken)],
    ['claimPayoutLink(A link token, B user)', () => t.claimPayoutLink({ link: a.linkToken, user_id: b.userId, payout_method_id: b.pmId, idempotency_key: key() })],
    ['claimPayoutLink(A link id, B user)', () => t.claimPayoutLink({ link: a.linkId, user_id: b.userId, payout_method_id: b.pmId, idempotency_key: key() })],
    ['claimPayoutLink(A link, A user)', () => t.claimPayoutLink({ link: a.linkToken, user_id: a.userId, payout_method_id: a.pmId, idempotency_key: key() })],
    ['createFlow(A user)', () => t.createFlow({ steps: ['payout'], user_id: a.userId })],
    ['createFlow(A link)', () => t.createFlow({ steps: ['payout'], payout_link_id: a.linkId })],
    ['getFlow(A flow)', () => t.getFlow(a.flowId)],
    ['updateFlow(A flow)', () => t.updateFlow({ flow_id: a.flowId, completed_steps: ['payout'] })],
    ['updateFlow(B flow, A user)', () => t.updateFlow({ flow_id: b.flowId, user_id: a.userId })],
  ];
}

/** What A can see of its own objects: compared before and after the attacks. */
async function stateOfA(w: World) {
  const { mine, a } = w;
  return JSON.stringify({
    user: await mine.getUser(a.userId),
    wallet: await mine.getWallet(a.userId),
    methods: await mine.listPayoutMethods(a.userId),
    transfers: (await mine.listTransfers({ user_id: a.userId })).data.map((t) => [t.id, t.status, t.amount]),
    link: await mine.getPayoutLink(a.linkId),
    flow: await mine.getFlow(a.flowId),
  });
}

function isolationSuite(name: string, setup: () => Promise<ContractHarness>) {
  describe(`tenant isolation: ${name}`, function () {
    this.timeout(60_000);
    let w: World;
    beforeEach(async () => {
      w = await world(setup);
    });
    afterEach(async () => {
      await w.h.teardown?.();
    });

    it("every method given the other app's ids is not_found, and the other app's objects are unchanged", async () => {
      const before = await stateOfA(w);
      const problems: string[] = [];
      for (const [label, attack] of attacks(w)) {
        try {
          const got = await attack();
          problems.push(`${label} resolved: ${JSON.stringify(got)?.slice(0, 120)}`);
        } catch (e) {
          if (!(e instanceof DotsError)) problems.push(`${label} threw ${String(e)}`);
          else if (e.code !== 'not_found') problems.push(`${label}: ${e.code} (${e.message}), expected not_found`);
        }
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
      expect(await stateOfA(w)).to.equal(before);
    });

    it("lists and sign-in never reveal the other app's data", async () => {
      const { theirs, a } = w;
      const all = (await theirs.listTransfers({ limit: 100 })).data.map((t) => t.id);
      expect(all).to.not.include(a.transferId);
      const byUser = await theirs.listTransfers({ user_id: a.userId }).then(
        (p) => p.data.map((t) => t.id),
        (e: DotsError) => e.code,
      );
      expect(byUser === 'not_found' || (Array.isArray(byUser) && byUser.length === 0), `listTransfers(A user) gave ${JSON.stringify(byUser)}`).to.equal(true);
      // A's payee signs in to B's app: B does not know them
      await theirs.sendVerificationCode(a.phone);
      const v = await theirs.verifyCode({ ...a.phone, code: await codeOf(theirs, a.phone) });
      expect(v.user_id).to.equal(null);
      expect((await theirs.getAppSettings()).app_id).to.not.equal((await w.mine.getAppSettings()).app_id);
    });

    it("B's subscribers hear none of A's events", async () => {
      const heard: LedgerEvent[] = [];
      const off = w.theirs.subscribe((e) => heard.push(e));
      const mineHeard: LedgerEvent[] = [];
      const offMine = w.mine.subscribe((e) => mineHeard.push(e));
      // give a long-polling adapter its first (cursor) round
      await w.theirs.getAppSettings();
      await w.mine.getAppSettings();
      await w.mine.updateUser({ user_id: w.a.userId, first_name: 'Ada' });
      await w.mine.updateFlow({ flow_id: w.a.flowId, metadata: { step: 'x' } });
      await w.mine.createPayout({ user_id: w.a.userId, amount: 700, payout_method_id: w.a.pmId, idempotency_key: `iso-ev-${crypto.randomUUID()}` });
      await w.h.settle();
      const start = Date.now();
      while (mineHeard.length < 3 && Date.now() - start < 8_000) await new Promise((r) => setTimeout(r, 25));
      off();
      offMine();
      expect(mineHeard.length, 'A heard its own events').to.be.at.least(3);
      const aApp = (await w.mine.getAppSettings()).app_id;
      expect(heard.filter((e) => e.app_id === aApp)).to.deep.equal([]);
    });
  });
}

isolationSuite('mock adapter, one ledger in memory', memoryHarness);
isolationSuite('mock adapter, one IndexedDB database', indexedDbHarness);
isolationSuite('HTTP adapter on the mock server', httpHarnessWithTokens);

describe('tenant isolation: tokens over HTTP', function () {
  this.timeout(30_000);

  it("a token of app B presented for app A's id reads nothing of A", async () => {
    const [a, b] = [await newApp('Token A'), await newApp('Token B')];
    const misused = new HttpAdapter({ baseUrl: await mockServerUrl(), appId: a.appId, getToken: () => b.getToken(), retries: 0 });
    const e = await misused.getAppSettings().then(
      () => null,
      (x: DotsError) => x.code,
    );
    expect(e).to.be.oneOf(['not_found', 'unauthorized']);
  });

  it('a forged, a truncated and a garbage token are unauthorized, even after the one refresh', async () => {
    const app = await newApp('Forged');
    const good = await app.getToken();
    const [payload, sig] = good.split('.');
    const forgedPayload = btoa(JSON.stringify({ app: app.appId, exp: Date.now() + 3_600_000 })).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    for (const token of [`${forgedPayload}.${sig}`, `${payload}.`, payload!, 'null', '<script>', `${good}x`]) {
      let asked = 0;
      const adapter = new HttpAdapter({ baseUrl: await mockServerUrl(), appId: app.appId, getToken: async () => ((asked += 1), token), retries: 0 });
      const code = await adapter.getAppSettings().then(
        () => 'ok',
        (x: DotsError) => x.code,
      );
      expect(code, token).to.equal('unauthorized');
      expect(asked, token).to.equal(2);
    }
  });
});
