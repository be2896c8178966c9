// Contract harnesses for the mock adapter: the operator hooks act on the ledger directly, as a
// host page (or the ledger inspector) holding the same ledger would.
import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import { Ledger } from '../../src/core/ledger/ledger.ts';
import { ManualClock } from '../../src/core/ledger/clock.ts';
import { MockAdapter, createMockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import type { ContractHarness } from '../adapter-contract.ts';

let dbCounter = 0;
export const freshDbName = (label: string) => `dots-test-${label}-${Date.now().toString(36)}-${(dbCounter += 1)}`;

export function mockHarness(adapter: MockAdapter, clock: ManualClock, makeOther: () => Promise<MockAdapter>): ContractHarness {
  const ledger = adapter.ledger;
  const app = () => adapter.appId;
  const extra: MockAdapter[] = [];
  return {
    adapter,
    async readCode(phone) {
      const code = ledger.lastCodeFor(app(), phone);
      if (!code) throw new Error(`no code was sent to ${phone.phone_number}`);
      return code;
    },
    async fundUser(userId, amount) {
      await adapter.operate((l, appId) => {
        l.refillApp(appId, amount);
        l.transferToUser(appId, userId, amount);
      });
    },
    async createPayoutLink(input) {
      const link = await adapter.operate((l, appId) => {
        l.refillApp(appId, input.amount);
        return l.createPayoutLink(appId, {
        amount: input.amount,
        ...(input.memo ? { memo: input.memo } : {}),
        ...(input.allow_partial ? { allow_partial: true } : {}),
        ...(input.payee ? { payee: input.payee } : {}),
        });
      });
      return { id: link.id, token: link.token };
    },
    async settle() {
      await adapter.operate(() => clock.advance(60_000));
    },
    async otherApp() {
      const other = await makeOther();
      extra.push(other);
      return other;
    },
    async teardown() {
      for (const a of [adapter, ...extra]) a.close();
    },
  };
}

export async function memoryHarness(): Promise<ContractHarness> {
  const clock = new ManualClock(Date.now());
  const ledger = new Ledger({ clock, seed: `contract-${(dbCounter += 1)}` });
  const adapter = await createMockAdapter({ ledger, persist: 'memory', app: { name: 'Contract app' } });
  return mockHarness(adapter, clock, () => createMockAdapter({ ledger, persist: 'memory', app: { name: 'Other app' } }));
}

export async function indexedDbHarness(): Promise<ContractHarness> {
  const clock = new ManualClock(Date.now());
  const dbName = freshDbName('contract');
  const adapter = await createMockAdapter({ clock, dbName, persist: 'indexeddb', seed: dbName, app: { name: 'Contract app' } });
  return mockHarness(adapter, clock, () =>
    createMockAdapter({ clock: new ManualClock(Date.now()), dbName, persist: 'indexeddb', seed: `${dbName}-b`, app: { name: 'Other app' } }),
  );
}
