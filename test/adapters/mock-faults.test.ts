// Fault injection and cancellation in the mock adapter.
import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import { expect } from '@open-wc/testing';
import { ManualClock } from '../../src/core/ledger/clock.ts';
import { DotsError } from '../../src/core/ledger/errors.ts';
import { Ledger } from '../../src/core/ledger/ledger.ts';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import { FaultInjector } from '../../src/adapters/mock/faults.ts';
import { expectDotsError, freshPhone } from '../adapter-contract.ts';

let adapter: MockAdapter;
beforeEach(async () => {
  adapter = await createMockAdapter({ ledger: new Ledger({ clock: new ManualClock(Date.now()), seed: 'faults' }), persist: 'memory' });
});
afterEach(() => adapter.close());

async function outcomes(seed: string, n: number): Promise<string[]> {
  const f = new FaultInjector({ seed, failureRate: 0.4, timeoutRate: 0.2, timeoutMs: 0 });
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    try {
      await f.before('getUser');
      out.push('ok');
    } catch (e) {
      out.push((e as DotsError).code);
    }
  }
  return out;
}

describe('mock adapter: fault injection', () => {
  it('forces an error code for the next N calls, then recovers', async () => {
    adapter.faults.failNext('rate_limited', 2);
    const e = await expectDotsError(adapter.getAppSettings(), 'rate_limited');
    expect(e.retryable).to.equal(true);
    await expectDotsError(adapter.getAppSettings(), 'rate_limited');
    expect((await adapter.getAppSettings()).app_id).to.equal(adapter.appId);
  });

  it('can target one method, and a failed call changes nothing', async () => {
    adapter.faults.failNext('server', 1, 'sendVerificationCode');
    await adapter.getAppSettings(); // another method is not affected
    const phone = freshPhone();
    await expectDotsError(adapter.sendVerificationCode(phone), 'server');
    expect(adapter.ledger.outbox(adapter.appId)).to.have.length(0);
    await adapter.sendVerificationCode(phone);
    expect(adapter.ledger.outbox(adapter.appId)).to.have.length(1);
  });

  it('fails every call of a method until cleared', async () => {
    adapter.faults.failMethod('getAppSettings', 'unauthorized');
    await expectDotsError(adapter.getAppSettings(), 'unauthorized');
    await expectDotsError(adapter.getAppSettings(), 'unauthorized');
    adapter.faults.failMethod('getAppSettings', null);
    await adapter.getAppSettings();
  });

  it('a failure rate of 1 fails every call with server; configure switches it off at runtime', async () => {
    adapter.faults.configure({ failureRate: 1 });
    await expectDotsError(adapter.getAppSettings(), 'server');
    adapter.faults.configure({ enabled: false });
    await adapter.getAppSettings();
  });

  it('a timeout rate of 1 makes calls time out', async () => {
    adapter.faults.configure({ timeoutRate: 1, timeoutMs: 10 });
    await expectDotsError(adapter.getAppSettings(), 'timeout');
  });

  it('is deterministic from the seed', async () => {
    const a = await outcomes('seed-a', 40);
    expect(await outcomes('seed-a', 40)).to.deep.equal(a);
    expect(a).to.include('ok');
    expect(a).to.include('server');
    expect(a).to.include('timeout');
    expect(await outcomes('seed-b', 40)).not.to.deep.equal(a);
  });

  it('rejects bad rates', () => {
    expect(() => adapter.faults.configure({ failureRate: 2 })).to.throw(DotsError);
  });
});

describe('mock adapter: AbortSignal', () => {
  it('rejects with aborted when the signal fires during injected latency', async () => {
    adapter.faults.configure({ latencyMs: 60_000 });
    const ctl = new AbortController();
    const pending = adapter.getAppSettings({ signal: ctl.signal });
    ctl.abort();
    await expectDotsError(pending, 'aborted');
  });

  it('rejects with aborted at once for an already aborted signal, before touching the ledger', async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expectDotsError(adapter.sendVerificationCode(freshPhone(), { signal: ctl.signal }), 'aborted');
    expect(adapter.ledger.outbox(adapter.appId)).to.have.length(0);
  });

  it('subscribe delivers only the events of its own app', async () => {
    const other = await createMockAdapter({ ledger: adapter.ledger, persist: 'memory', app: { name: 'Other' } });
    const seen: string[] = [];
    const off = adapter.subscribe((e) => seen.push(e.app_id));
    const phone = freshPhone();
    await other.sendVerificationCode(phone);
    const { session } = await other.verifyCode({ ...phone, code: other.ledger.lastCodeFor(other.appId, phone)! });
    const u = await other.createUser({ ...phone, first_name: 'O', last_name: 'P', email: 'o@example.com', session });
    await other.updateUser({ user_id: u.id, first_name: 'Q' });
    const mine = freshPhone();
    await adapter.sendVerificationCode(mine);
    const v = await adapter.verifyCode({ ...mine, code: adapter.ledger.lastCodeFor(adapter.appId, mine)! });
    const me = await adapter.createUser({ ...mine, first_name: 'M', last_name: 'N', email: 'm@example.com', session: v.session });
    await adapter.updateUser({ user_id: me.id, first_name: 'Z' });
    off();
    expect(seen.length).to.be.greaterThan(0);
    expect(new Set(seen)).to.deep.equal(new Set([adapter.appId]));
    other.close();
  });
});
