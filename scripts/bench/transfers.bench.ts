/**
 * <dots-transfers> over 10,000 and 100,000 transfers of one payee, in headless Chromium, from the
 * production script-tag bundle on a mock adapter (persist 'memory') over a ledger seeded in the page:
 *   - first render: insertion to the first rows in the DOM (and to the next frame), a fresh page
 *     per run;
 *   - scrolling, frame intervals from requestAnimationFrame: a steady scroll from the top that
 *     pages in as it goes (page-size 50), then, with every transfer loaded (loadMore() until
 *     hasMore is false), jumps across the whole list, a new place every frame;
 *   - memory: JS heap after a full GC with the ledger alone, with the list showing its first page,
 *     and with every transfer loaded in the list; DOM nodes (the list is virtualised).
 */
import type { Browser } from 'playwright-core';
import { buildScript, ROOT } from './support/build.ts';
import { cdpFor, heapAfterGc, launch, machineLine, type Heap } from './support/browser.ts';
import { caller } from './support/page-call.ts';
import { serve, type Served } from './support/server.ts';
import { int, median, ms, MB, quantile, table } from './support/stats.ts';
import { summarize } from './support/summary.ts';
import type { TransfersBenchApi } from './pages/transfers-page.ts';

const SIZES = [10_000, 100_000];
const RUNS: Record<number, number> = { 10_000: Number(process.env['BENCH_RUNS'] ?? 5), 100_000: Math.max(2, Math.round(Number(process.env['BENCH_RUNS'] ?? 5) * 0.6)) };
const STEADY = { px: 240, frames: 240 };
const JUMPS = 120;
const VSYNC = 1000 / 60;

interface Frames {
  median: number;
  p95: number;
  max: number;
  /** frames missed: an interval of k vsyncs missed k-1 */
  dropped: number;
  frames: number;
}

function frameStats(deltas: number[]): Frames {
  return {
    median: median(deltas),
    p95: quantile(deltas, 0.95),
    max: Math.max(...deltas),
    dropped: deltas.reduce((a, d) => a + Math.max(0, Math.round(d / VSYNC) - 1), 0),
    frames: deltas.length,
  };
}

interface Run {
  seedMs: number;
  first: { rows: number; ms: number; paintedMs: number };
  steady: Frames & { loadedBefore: number; loadedAfter: number };
  loadAll: { ms: number; pages: number; loaded: number };
  jumps: Frames;
  heap: { ledger: Heap; firstPage: Heap; all: Heap };
  longTasks: number;
}

async function run(browser: Browser, server: Served, n: number): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/pages/transfers.html`);
  await page.waitForFunction(() => 'bench' in window, null, { timeout: 30_000 }).catch(() => {
    throw new Error(`the bench page did not start: ${errors.join('; ')}`);
  });
  const call = caller<TransfersBenchApi>(page);
  const cdp = await cdpFor(page);
  const seedMs = await call('seed', n);
  const ledger = await heapAfterGc(cdp);
  const since = await call('now');
  const first = await call('mount', 50);
  const firstPage = await heapAfterGc(cdp);
  const steadyRaw = await call('scrollBy', STEADY.px, STEADY.frames);
  const loadAll = await call('loadAll');
  const all = await heapAfterGc(cdp);
  await call('toTop');
  const jumpsRaw = await call('scrollJumps', JUMPS);
  const longTasks = (await call('longTasks', since)).length;
  await context.close();
  return {
    seedMs,
    first,
    steady: { ...frameStats(steadyRaw.deltas), loadedBefore: steadyRaw.loadedBefore, loadedAfter: steadyRaw.loadedAfter },
    loadAll,
    jumps: frameStats(jumpsRaw.deltas),
    heap: { ledger, firstPage, all },
    longTasks,
  };
}

const browser = await launch();
const dir = buildScript();
const server = await serve({ '/dist/': dir, '/pages/': `${ROOT}/scripts/bench/pages` });
const summary: Array<{ figure: string; value: string }> = [];
try {
  console.log(`transfers bench: ${machineLine(browser)}`);
  console.log(`bundle: cdn/dots-flows.js + lazy chunks; one payee, list 600 px high, viewport 1280x900; frame intervals from requestAnimationFrame (vsync ${VSYNC.toFixed(1)} ms)`);
  await run(browser, server, 1_000); // warm-up, not counted
  const rows: Array<Array<string | number>> = [];
  const memRows: Array<Array<string | number>> = [];
  for (const n of SIZES) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS[n]!; i++) runs.push(await run(browser, server, n));
    const m = (f: (r: Run) => number) => median(runs.map(f));
    const label = `${int(n)} (${runs.length} runs)`;
    rows.push([label, 'first render: insert -> first rows in the DOM', ms(m((r) => r.first.ms)), `next frame ${ms(m((r) => r.first.paintedMs))}; ${m((r) => r.first.rows)} rows rendered`]);
    rows.push([
      label,
      `steady scroll ${STEADY.px} px/frame, ${STEADY.frames} frames, paging in`,
      `median ${ms(m((r) => r.steady.median))}, p95 ${ms(m((r) => r.steady.p95))}`,
      `max ${ms(m((r) => r.steady.max))}; ${m((r) => r.steady.dropped)} vsyncs missed in ${STEADY.frames} frames; loaded ${m((r) => r.steady.loadedBefore)} -> ${m((r) => r.steady.loadedAfter)}`,
    ]);
    rows.push([label, 'load every transfer (loadMore() until hasMore is false)', ms(m((r) => r.loadAll.ms), 0), `${m((r) => r.loadAll.pages)} pages of 50`]);
    rows.push([
      label,
      `jumps across all ${int(n)} rows, a new place every frame (${JUMPS} frames)`,
      `median ${ms(m((r) => r.jumps.median))}, p95 ${ms(m((r) => r.jumps.p95))}`,
      `max ${ms(m((r) => r.jumps.max))}; ${m((r) => r.jumps.dropped)} vsyncs missed in ${JUMPS} frames`,
    ]);
    rows.push([label, 'long tasks > 50 ms from insertion to the end (all of the above)', String(m((r) => r.longTasks)), '']);
    memRows.push([
      int(n),
      MB(m((r) => r.heap.ledger.used)),
      MB(m((r) => r.heap.firstPage.used)),
      MB(m((r) => r.heap.all.used)),
      MB(m((r) => r.heap.all.used - r.heap.ledger.used)),
      `${int(m((r) => r.heap.firstPage.nodes - r.heap.ledger.nodes))} / ${int(m((r) => r.heap.all.nodes - r.heap.ledger.nodes))}`,
      ms(m((r) => r.seedMs), 0),
    ]);
    summary.push(
      { figure: `<dots-transfers> ${int(n)}: first render`, value: ms(m((r) => r.first.ms)) },
      { figure: `<dots-transfers> ${int(n)}: scroll frames (steady, paging in)`, value: `median ${ms(m((r) => r.steady.median))}, p95 ${ms(m((r) => r.steady.p95))}, ${m((r) => r.steady.dropped)} vsyncs missed in ${STEADY.frames} frames` },
      { figure: `<dots-transfers> ${int(n)}: scroll frames (jumps, all loaded)`, value: `median ${ms(m((r) => r.jumps.median))}, p95 ${ms(m((r) => r.jumps.p95))}, ${m((r) => r.jumps.dropped)} vsyncs missed in ${JUMPS} frames` },
      { figure: `<dots-transfers> ${int(n)}: heap, list with all loaded (ledger excluded)`, value: MB(m((r) => r.heap.all.used - r.heap.ledger.used)) },
    );
  }
  console.log('\n### Time and frames (medians over runs)\n');
  console.log(table(['transfers', 'measure', 'time', 'detail'], rows));
  console.log('\n### Memory (JS heap after a full GC; medians)\n');
  console.log(table(['transfers', 'ledger alone', '+ list, first page', '+ list, all loaded', 'list with all loaded, ledger excluded', 'DOM nodes added (first page / all loaded)', 'seeding (setup)'], memRows));
  summarize(summary);
} finally {
  await browser.close();
  await server.close();
}
