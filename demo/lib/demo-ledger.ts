/**
 * The demo's in-browser ledger: seeded with the demo data (a funded "Demo Marketplace" app, a few
 * payees, payouts in several statuses, an open payout link) and run on a manual clock the ledger
 * console advances, so a person can watch a payout settle step by step.
 */
import type { MockAdapter } from '../../src/adapters/mock/mock-adapter.ts';
import type { ManualClock } from '../../src/core/ledger/clock.ts';

/**
 * A new payout waits this long as Created before it is Pending (the library's default is at once),
 * so a person advancing the clock sees every status: Created, Pending, then Completed or Failed
 * (5 s later for bank accounts, 2 s for PayPal, Venmo and Cash App).
 */
export const DEMO_PENDING_DELAY_MS = 1000;

/** Money the demo app starts with, and gets back after a reset of the ledger. */
export const DEMO_APP_FUNDS = 25_000_00;
const CLOCK_KEY = 'dots-flows-demo:clock';

function storedTime(): number {
  try {
    return Number(localStorage.getItem(CLOCK_KEY)) || 0;
  } catch {
    return 0; // storage blocked: the clock starts from the real time
  }
}

function storeTime(ms: number): void {
  try {
    localStorage.setItem(CLOCK_KEY, String(ms));
  } catch {
    /* the clock just restarts from the real time on the next visit */
  }
}

/**
 * A manual clock that starts at the real time, never before where the last visit left it (the
 * ledger in IndexedDB remembers times up to there), and remembers where it is.
 */
export function createDemoClock(lib: DotsLib): ManualClock {
  class DemoClock extends lib.ManualClock {
    override advance(ms: number): void {
      super.advance(ms);
      storeTime(this.now());
    }
  }
  return new DemoClock(Math.max(Date.now(), storedTime()));
}

/**
 * The mock adapter on the seeded ledger. What IndexedDB holds wins over the seed (a reload resumes
 * where the page was); the seed only fills an empty database.
 */
export async function createSeededMockAdapter(lib: DotsLib, dbName: string): Promise<{ adapter: MockAdapter; clock: ManualClock }> {
  const clock = createDemoClock(lib);
  // The demo data is made with the default processing (its payouts settle as it expects), then
  // loaded into the ledger that processes the demo's own payouts.
  const seeded = new lib.Ledger({ clock: new lib.ManualClock(clock.now()), seed: 'demo' });
  await lib.loadValidationRules(); // the seed has phones and bank accounts to check
  seeded.seedDemo();
  const ledger = new lib.Ledger({ clock, seed: 'demo', processing: { pendingDelayMs: DEMO_PENDING_DELAY_MS } });
  ledger.load(seeded.snapshot());
  seeded.dispose();
  const adapter = await new lib.MockAdapter({ ledger, dbName }).ready();
  // Payouts that fell due while the page was closed settle now, not at the next advance.
  clock.advance(0);
  return { adapter, clock };
}

/** After "Reset ledger" (which keeps the app but empties its wallet): fund the app again. */
export function refundApp(adapter: MockAdapter): Promise<unknown> {
  return adapter.operate((ledger, appId) => ledger.refillApp(appId, DEMO_APP_FUNDS, `demo-refill-${Date.now()}`));
}
