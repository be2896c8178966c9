// The transfer list bench page: a ledger seeded directly with N transfers of one payee, a mock
// adapter over it (persist 'memory'), and <dots-transfers> from the script-tag bundle. Node asks
// for first render, paging, scrolling frame times; heap is read over the DevTools protocol.
import { frame, longTasksSince, painted, until } from './common.ts';

type Adapter = InstanceType<typeof window.dotsLib.MockAdapter>;
type List = HTMLElement & { adapter: unknown; hasMore: boolean; transfers: readonly unknown[]; loaded: Promise<unknown>; loadMore(): Promise<void> };

// The API from the script-tag entry's lazy chunks; the element is defined by the entry when mounted.
// The whole API: the page seeds the ledger directly (loadValidationRules, MockAdapter).
const lib = await window.DotsFlows.load();
window.dotsLib = lib;

let adapter: Adapter | null = null;
let userId = '';
let list: List | null = null;

const scroller = (): HTMLElement => list!.shadowRoot!.querySelector<HTMLElement>('.list')!;
// 0 while the element's chunk loads (no shadow root yet).
const rows = (): number => list?.shadowRoot?.querySelectorAll('.row').length ?? 0;

/** Frame intervals while `move(i)` scrolls, one move per frame. */
async function scrollFrames(frames: number, move: (i: number, el: HTMLElement) => void): Promise<number[]> {
  const el = scroller();
  const times: number[] = [await frame()];
  for (let i = 0; i < frames; i++) {
    move(i, el);
    times.push(await frame());
  }
  return times.slice(1).map((t, i) => t - times[i]!);
}

const api = {
  now: () => performance.now(),
  longTasks: (since = 0) => longTasksSince(since),

  /**
   * A fresh ledger on a manual clock: one app, one payee with a bank account, `n` transfers of
   * that payee (balance credits and payouts, alternating; payouts then settle). Returns ms taken.
   */
  async seed(n: number): Promise<number> {
    const t0 = performance.now();
    const { Ledger, ManualClock, MockAdapter, loadValidationRules } = lib;
    await loadValidationRules(); // the ledger is used directly: its phone and bank rules first
    const clock = new ManualClock();
    const ledger = new Ledger({ clock, seed: `bench-${n}` });
    const app = ledger.createApp({ name: 'Bench' });
    ledger.refillApp(app.id, 100_000_000_000);
    const user = ledger.createUserDirect(app.id, { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', country_code: '1', phone_number: '2015550142' });
    ledger.addPayoutMethod(app.id, { platform: 'ach', user_id: user.id, routing_number: '011000015', account_number: '000123456789', account_type: 'checking' });
    for (let i = 0; i < n; i++) {
      if (i % 2 === 0) ledger.transferToUser(app.id, user.id, 2_000 + (i % 500));
      else ledger.createPayout(app.id, { user_id: user.id, amount: 1_000 + (i % 700), idempotency_key: `bench-payout-${i}` });
      if (i % 1000 === 999) clock.advance(60_000);
    }
    clock.runAll();
    adapter?.close();
    adapter = new MockAdapter({ ledger, appId: app.id, persist: 'memory' });
    await adapter.ready();
    userId = user.id;
    return performance.now() - t0;
  },

  /** Inserts the list; ms from insertion to the first rows in the DOM and to the next frame. */
  async mount(pageSize = 50): Promise<{ rows: number; ms: number; paintedMs: number }> {
    list?.remove();
    await painted();
    const el = document.createElement('dots-transfers') as List;
    el.adapter = adapter;
    el.setAttribute('user-id', userId);
    el.setAttribute('page-size', String(pageSize));
    const t0 = performance.now();
    document.body.append(el);
    list = el;
    await until(() => rows() > 0, 30_000, 'the first rows');
    const t1 = performance.now();
    const t2 = await painted();
    return { rows: rows(), ms: t1 - t0, paintedMs: t2 - t0 };
  },

  /** Scrolls down `px` per frame for `frames` frames from where the list is; pages load as it goes. */
  async scrollBy(px: number, frames: number): Promise<{ deltas: number[]; loadedBefore: number; loadedAfter: number }> {
    const loadedBefore = list!.transfers.length;
    const deltas = await scrollFrames(frames, (_, el) => {
      el.scrollTop += px;
    });
    return { deltas, loadedBefore, loadedAfter: list!.transfers.length };
  },

  /** Jumps to `frames` evenly spaced places over the whole loaded list, one per frame. */
  async scrollJumps(frames: number): Promise<{ deltas: number[] }> {
    const el = scroller();
    const deltas = await scrollFrames(frames, (i) => {
      el.scrollTop = Math.round(((i + 1) / frames) * (el.scrollHeight - el.clientHeight));
    });
    return { deltas };
  },

  toTop(): Promise<number> {
    scroller().scrollTop = 0;
    return painted();
  },

  /** Calls loadMore() until every transfer is loaded; ms taken and pages fetched. */
  async loadAll(): Promise<{ ms: number; pages: number; loaded: number }> {
    const t0 = performance.now();
    let pages = 0;
    while (list!.hasMore) {
      await list!.loadMore();
      pages++;
    }
    await painted();
    return { ms: performance.now() - t0, pages, loaded: list!.transfers.length };
  },

  stats: () => ({ loaded: list?.transfers.length ?? 0, rows: list ? rows() : 0, scrollHeight: list ? scroller().scrollHeight : 0 }),

  remove(): void {
    list?.remove();
    list = null;
  },
};

export type TransfersBenchApi = typeof api;
(window as unknown as { bench: TransfersBenchApi }).bench = api;
