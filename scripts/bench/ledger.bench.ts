/**
 * Ledger throughput at 1k, 10k and 100k payouts: payouts created per second, settled per second
 * (the manual clock firing their timers), and wallet reads per second with that many transfers
 * in the books. Each figure is the median of several runs on a fresh ledger. The books are
 * checked against a full re-derivation after every run, outside the timed sections.
 */
import '../../src/core/validation/libraries/static.ts'; // the ledger is used directly: its phone and bank rules load up front, as in the mock server
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Ledger, ManualClock } from '../../src/core/ledger/index.ts';

const SIZES = [1_000, 10_000, 100_000];
const RUNS: Record<number, number> = { 1_000: 7, 10_000: 5, 100_000: 3 };
const USERS = 1_000;
const READS = 200_000;

interface Figures {
  create: number;
  settle: number;
  reads: number;
  appReads: number;
  derive: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

function run(n: number): Figures {
  const clock = new ManualClock();
  const ledger = new Ledger({ clock, seed: n });
  const app = ledger.createApp({ name: 'Bench' });
  ledger.refillApp(app.id, 1_000_000_000_00);
  const users: string[] = [];
  for (let i = 0; i < USERS; i++) {
    const u = ledger.createUserDirect(app.id, { first_name: 'U', last_name: String(i), email: `u${i}@bench.test`, country_code: '1', phone_number: `201${String(5_000_000 + i).padStart(7, '0')}` });
    ledger.addPayoutMethod(app.id, { platform: i % 2 ? 'paypal' : 'ach', user_id: u.id, ...(i % 2 ? { email: `u${i}@bench.test` } : { routing_number: '021000021', account_number: `1000${i}`, account_type: 'checking' }) } as never);
    ledger.transferToUser(app.id, u.id, 1_000_000_00);
    users.push(u.id);
  }
  (globalThis as { gc?: () => void }).gc?.();

  let t0 = performance.now();
  for (let i = 0; i < n; i++) {
    ledger.createPayout(app.id, { user_id: users[i % USERS]!, amount: 100 + (i % 900), idempotency_key: `bench-payout-${i}` });
  }
  const create = n / ((performance.now() - t0) / 1000);

  t0 = performance.now();
  clock.runAll();
  const settle = n / ((performance.now() - t0) / 1000);

  let sink = 0;
  t0 = performance.now();
  for (let i = 0; i < READS; i++) sink += ledger.getWallet(app.id, users[(i * 7919) % USERS]!).withdrawable_amount;
  const reads = READS / ((performance.now() - t0) / 1000);
  t0 = performance.now();
  for (let i = 0; i < READS; i++) sink += ledger.getAppWallet(app.id).amount;
  const appReads = READS / ((performance.now() - t0) / 1000);
  if (sink === 42) console.log(''); // keep the reads from being optimised away

  // Full derivation from every transaction, as the invariant checker does: the cost the cache saves.
  t0 = performance.now();
  const report = ledger.checkInvariants();
  const derive = performance.now() - t0;
  if (!report.ok) throw new Error(`books unsound after ${n} payouts: ${report.problems.slice(0, 3).join('; ')}`);
  const done = ledger.listTransfers(app.id, { type: 'payout', status: ['completed'], limit: 1 });
  if (done.data.length !== 1) throw new Error('payouts did not settle');
  ledger.dispose();
  return { create, settle, reads, appReads, derive };
}

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
const cpus = os.cpus();
console.log(`ledger bench: ${new Date().toISOString()} on ${cpus[0]?.model ?? 'unknown CPU'} (${cpus.length} cores), Node ${process.version}`);
console.log(`${USERS} users; each figure the median of several runs on a fresh ledger`);
console.log('');
console.log('| payouts | runs | created/s | settled/s | wallet reads/s | app wallet reads/s | full re-derivation (ms) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
run(1_000); // warm-up: let the JIT settle before measuring
for (const n of SIZES) {
  const runs = Array.from({ length: RUNS[n]! }, () => run(n));
  const m = (k: keyof Figures) => median(runs.map((r) => r[k]));
  console.log(`| ${fmt(n)} | ${runs.length} | ${fmt(m('create'))} | ${fmt(m('settle'))} | ${fmt(m('reads'))} | ${fmt(m('appReads'))} | ${m('derive').toFixed(1)} |`);
}
