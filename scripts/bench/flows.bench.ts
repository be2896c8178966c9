/**
 * The onboarding flow in headless Chromium, from the production script-tag build
 * (cdn/dots-flows.js and its lazy chunks) on a mock adapter with persist 'memory':
 *   - insertion of <dots-onboarding-flow> to the phone input taking focus (and to the next frame),
 *     on a fresh page each run (cold) and again in the same page (warm);
 *   - a step change: Enter to focus on the next screen's heading, for every screen of a scripted
 *     onboarding driven with real key presses;
 *   - a keystroke to the validation message (a touched email field made invalid by one key, and
 *     back valid by Backspace);
 *   - long tasks (> 50 ms) while the script loads and during the whole onboarding;
 *   - the heap after mounting and removing a flow 200 times (full GC before each reading).
 * Every time is taken in the page from the key event's timestamp. Figures are medians of runs.
 */
import type { Browser, Page } from 'playwright-core';
import { buildScript, ROOT } from './support/build.ts';
import { cdpFor, heapAfterGc, launch, liveInstances, machineLine, type Heap } from './support/browser.ts';
import { caller } from './support/page-call.ts';
import { serve, type Served } from './support/server.ts';
import { int, median, ms, MB, quantile, table } from './support/stats.ts';
import { summarize } from './support/summary.ts';
import type { FlowBenchApi } from './pages/flow-page.ts';

const COLD_RUNS = Number(process.env['BENCH_RUNS'] ?? 9);
const WARM_MOUNTS = 3;
/** The backend latency of the slow-backend first-field figure. */
const SLOW_BACKEND_MS = 200;
/** How much later than define() a page inserts the flow, in the "inserted later" figure. */
const LATER_MS = 1000;
const ONBOARDING_RUNS = Math.max(3, Math.round(COLD_RUNS / 2));
const KEY_REPEATS = 4;
const CHURN = 200;
const CHURN_STEP = 50;
/** Classes whose live instances are counted after the churn (0 expected: the last flow was removed). */
/** Classes whose live instances are counted, and how the page reaches each one's prototype. */
const LIVE_CHECK: Array<[string, string]> = [
  ['DotsOnboardingFlow', "customElements.get('dots-onboarding-flow').prototype"],
  ['DotsSignInStep', "customElements.get('dots-sign-in-step').prototype"],
  ['DotsPhoneInput', "customElements.get('dots-phone-input').prototype"],
  ['DotsStepper', "customElements.get('dots-stepper').prototype"],
  ['DotsButton', "customElements.get('dots-button').prototype"],
  ['MockAdapter', 'dotsLib.MockAdapter.prototype'],
];

async function openPage(browser: Browser, server: Served) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/pages/flow.html`);
  await page.waitForFunction(() => 'bench' in window, null, { timeout: 30_000 }).catch(() => {
    throw new Error(`the bench page did not start: ${errors.join('; ')}`);
  });
  return { page, context, call: caller<FlowBenchApi>(page) };
}

interface FirstField {
  script: number;
  /** insert -> focusable, the element's chunks not loaded before (the page did not define() it) */
  focusable: number;
  /**
   * the same on a page that called define('dots-onboarding-flow') at load and inserts the flow
   * LATER_MS later (define() has warmed the flow up in idle time by then), and how long define() took
   */
  defined: number;
  define: number;
  /** the same, inserted as soon as define() resolved (no idle time for the warm-up before) */
  definedNow: number;
  /** script start -> focusable on that page: script + define + insert */
  definedTotal: number;
  painted: number;
  total: number;
  warm: number;
  /** warm, with every backend answer 200 ms late */
  slowBackend: number;
}

async function firstField(browser: Browser, server: Served): Promise<FirstField> {
  const { context, call } = await openPage(browser, server);
  const script = await call('scriptMs');
  const first = await call('mount');
  const warm: number[] = [];
  for (let i = 0; i < WARM_MOUNTS; i++) warm.push((await call('mount')).focusable);
  const slowBackend = (await call('mount', SLOW_BACKEND_MS)).focusable;
  await context.close();
  const other = await openPage(browser, server);
  const script2 = await other.call('scriptMs');
  const define = await other.call('defineFlow');
  await other.call('wait', LATER_MS);
  const defined = (await other.call('mount')).focusable;
  await other.context.close();
  const third = await openPage(browser, server);
  await third.call('defineFlow');
  const definedNow = (await third.call('mount')).focusable;
  await third.context.close();
  return {
    script,
    focusable: first.focusable,
    defined,
    define,
    definedNow,
    definedTotal: script2 + define + defined,
    painted: first.painted,
    total: script + first.focusable,
    warm: median(warm),
    slowBackend,
  };
}

interface Onboarding {
  steps: Array<{ from: string; to: string; ms: number; paintedMs: number }>;
  shown: number[];
  gone: number[];
  longDuringLoad: Array<{ start: number; duration: number }>;
  longDuringFlow: Array<{ start: number; duration: number; during: string }>;
}

async function onboarding(browser: Browser, server: Served): Promise<Onboarding> {
  const { page, context, call } = await openPage(browser, server);
  const kb = page.keyboard;
  const start = await call('now');
  // What the page was doing from when: a long task is reported with the phase it started in.
  const phases: Array<{ at: number; what: string }> = [{ at: start, what: 'insert + first screen' }];
  await call('mount');
  phases.push({ at: await call('now'), what: 'typing on sign-in-phone' });
  const steps: Onboarding['steps'] = [];
  const step = async (press: () => Promise<void>) => {
    const from = await call('screen');
    phases.push({ at: await call('now'), what: `leaving ${from}` });
    await call('armStep');
    await press();
    const r = await call('measured');
    steps.push({ from, to: r.screen, ms: r.ms, paintedMs: r.paintedMs });
    phases.push({ at: await call('now'), what: `typing on ${r.screen}` });
  };
  const typeInto = async (name: string, text: string) => {
    await call('focus', name);
    await kb.type(text);
  };

  await typeInto('phone', '2015550142');
  await step(() => kb.press('Enter'));
  await typeInto('code', '000000');
  await step(() => kb.press('Enter'));

  await typeInto('first_name', 'Ada');
  await typeInto('last_name', 'Lovelace');
  await typeInto('email', 'ada@example.com');
  await kb.press('Tab'); // leaves the field: it is touched, its message shows from now on
  const shown: number[] = [];
  const gone: number[] = [];
  for (let i = 0; i < KEY_REPEATS; i++) {
    await call('focus', 'email');
    await call('armMessage', 'email', true);
    await kb.type('@');
    shown.push((await call('measured')).ms);
    await call('armMessage', 'email', false);
    await kb.press('Backspace');
    gone.push((await call('measured')).ms);
  }
  await call('focus', 'email');
  await step(() => kb.press('Enter'));

  await typeInto('tax_id', '123-45-6789');
  await typeInto('address_line1', '1 Main St');
  await typeInto('city', 'Springfield');
  await call('choose', 'region', 'IL');
  await typeInto('postal_code', '62701');
  await call('focus', 'certified');
  await kb.press('Space');
  await call('focus', 'postal_code');
  await step(() => kb.press('Enter'));

  await call('choose', 'platform', 'ach');
  await typeInto('routing_number', '011000015');
  await typeInto('account_number', '000123456789');
  await step(() => kb.press('Enter'));
  if ((await call('status')) !== 'complete') throw new Error(`the onboarding did not complete: at ${await call('screen')}`);

  const readyAt = await call('scriptReadyAt');
  const all = await call('longTasks', 0);
  await context.close();
  return {
    steps,
    shown,
    gone,
    longDuringLoad: all.filter((t) => t.start < readyAt),
    longDuringFlow: all
      .filter((t) => t.start >= start)
      .map((t) => ({ ...t, during: [...phases].reverse().find((p) => p.at <= t.start)?.what ?? '?' })),
  };
}

async function churn(browser: Browser, server: Served) {
  const { page, context, call } = await openPage(browser, server);
  const cdp = await cdpFor(page);
  await call('mount');
  await call('churn', 10); // warm-up: one-time allocations (styles, catalogs, JIT) out of the way
  const flowsAtStart = await call('ledgerFlows');
  const readings: Array<{ after: string; heap: Heap }> = [{ after: '0 mounts', heap: await heapAfterGc(cdp) }];
  // Noise: two more readings with nothing done in between.
  const idle = [readings[0]!.heap.used, (await heapAfterGc(cdp)).used, (await heapAfterGc(cdp)).used];
  for (let done = CHURN_STEP; done <= CHURN; done += CHURN_STEP) {
    await call('churn', CHURN_STEP);
    readings.push({ after: `${done} mounts`, heap: await heapAfterGc(cdp) });
  }
  const flowsAtEnd = await call('ledgerFlows');
  // Objects still alive after the last flow was removed (GC first): the leak check proper.
  const live: Array<[string, number]> = [];
  for (const [cls, prototype] of LIVE_CHECK) live.push([cls, await liveInstances(cdp, prototype)]);
  // The ledger keeps one flow record per mount (each flow opens a backend session). Swapping the
  // adapter for a fresh one drops those records: what is left over is what the elements kept.
  await call('replaceAdapter');
  readings.push({ after: `${CHURN} mounts, then the adapter swapped for a fresh one`, heap: await heapAfterGc(cdp) });
  await context.close();
  return { readings, idle, flowsAtStart, flowsAtEnd, live };
}

const browser = await launch();
const dir = buildScript();
const server = await serve({ '/dist/': dir, '/pages/': `${ROOT}/scripts/bench/pages` });
try {
  console.log(`flows bench: ${machineLine(browser)}`);
  console.log('bundle: cdn/dots-flows.js + lazy chunks (production script-tag build, built for this run); adapter: MockAdapter, persist memory');
  await firstField(browser, server); // warm-up run, not counted

  const cold: FirstField[] = [];
  for (let i = 0; i < COLD_RUNS; i++) cold.push(await firstField(browser, server));
  const col = (k: keyof FirstField) => cold.map((r) => r[k]);
  console.log(`\n### First field (${COLD_RUNS} fresh pages; median, min-max)\n`);
  console.log(
    table(
      ['measure', 'median', 'min', 'max'],
      [
        ['script tag: load + evaluate the bundle (loopback)', ...stats(col('script'))],
        ['insert <dots-onboarding-flow> -> phone input focusable (its chunks fetched on insertion)', ...stats(col('focusable'))],
        ['insert -> next frame produced', ...stats(col('painted'))],
        ['script start -> phone input focusable', ...stats(col('total'))],
        ["another fresh page: define('dots-onboarding-flow') at load (fetch + evaluate its chunks)", ...stats(col('define'))],
        [`then, ${LATER_MS} ms later (warmed up in idle time), insert -> phone input focusable`, ...stats(col('defined'))],
        ['that page: script start -> phone input focusable (script + define + insert, without the wait)', ...stats(col('definedTotal'))],
        ['a third fresh page: define() at load, insert as soon as it resolves -> phone input focusable', ...stats(col('definedNow'))],
        [`insert again in the same page (warm, median of ${WARM_MOUNTS})`, ...stats(col('warm'))],
        [`warm, with every backend answer ${SLOW_BACKEND_MS} ms late (the phone screen shows while the flow starts)`, ...stats(col('slowBackend'))],
      ],
    ),
  );

  const runs: Onboarding[] = [];
  for (let i = 0; i < ONBOARDING_RUNS; i++) runs.push(await onboarding(browser, server));
  const transitions = runs[0]!.steps.map((s, i) => ({ label: `${s.from} -> ${s.to}`, ms: runs.map((r) => r.steps[i]!.ms), painted: runs.map((r) => r.steps[i]!.paintedMs) }));
  const allSteps = runs.flatMap((r) => r.steps.map((s) => s.ms));
  console.log(`\n### Step change: Enter -> next heading focused (${ONBOARDING_RUNS} scripted onboardings)\n`);
  console.log(
    table(
      ['screen change', 'median', 'min', 'max', 'to next frame (median)'],
      [...transitions.map((t) => [t.label, ...stats(t.ms), ms(median(t.painted))]), ['all step changes', ...stats(allSteps), ms(median(runs.flatMap((r) => r.steps.map((s) => s.paintedMs))))]],
    ),
  );
  const shown = runs.flatMap((r) => r.shown);
  const gone = runs.flatMap((r) => r.gone);
  console.log(`\n### Keystroke -> validation message (touched email field; ${shown.length} key presses)\n`);
  console.log(
    table(
      ['key press', 'median', 'p95', 'max'],
      [
        ["'@' makes it invalid -> message in the DOM", ms(median(shown)), ms(quantile(shown, 0.95)), ms(Math.max(...shown))],
        ['Backspace makes it valid -> message gone', ms(median(gone)), ms(quantile(gone, 0.95)), ms(Math.max(...gone))],
      ],
    ),
  );
  const flowLong = runs.map((r) => r.longDuringFlow);
  const loadLong = runs.map((r) => r.longDuringLoad);
  const fmtLong = (xs: Array<{ duration: number; during?: string }>) =>
    xs.length ? xs.map((t) => `${t.duration.toFixed(0)} ms${t.during ? ` (${t.during})` : ''}`).join(', ') : 'none';
  console.log(`\n### Long tasks (> 50 ms), per run\n`);
  console.log(
    table(
      ['run', 'while the bundle loads', 'whole onboarding (insert -> complete)'],
      runs.map((_, i) => [String(i + 1), fmtLong(loadLong[i]!), fmtLong(flowLong[i]!)]),
    ),
  );

  const c = await churn(browser, server);
  const start = c.readings[0]!.heap;
  const end = c.readings.at(-2)!.heap;
  const swapped = c.readings.at(-1)!.heap;
  const noise = Math.max(...c.idle) - Math.min(...c.idle);
  console.log(`\n### Heap: mount and remove a flow ${CHURN} times on one adapter (full GC before each reading)\n`);
  console.log(
    table(
      ['after', 'JS heap used', 'DOM nodes', 'JS listeners'],
      c.readings.map((r) => [r.after, `${MB(r.heap.used)} (${int(r.heap.used)} B)`, int(r.heap.nodes), int(r.heap.listeners)]),
    ),
  );
  const growth = end.used - start.used;
  const leftover = swapped.used - start.used;
  console.log(
    `\ngrowth over ${CHURN} mounts: ${(growth / 1000).toFixed(1)} kB (${(growth / CHURN).toFixed(0)} B per mount) while the ledger went from ${c.flowsAtStart} to ${c.flowsAtEnd} flow records; ` +
      `with the adapter swapped for a fresh one: ${(leftover / 1000).toFixed(1)} kB against the start (which held ${c.flowsAtStart} flow records); ` +
      `idle reading-to-reading noise ${(noise / 1000).toFixed(1)} kB; DOM nodes ${start.nodes} -> ${end.nodes}; listeners ${start.listeners} -> ${end.listeners}`,
  );
  console.log(`live objects after the ${CHURN} mounts and a full GC (the last flow removed; one adapter in use): ${c.live.map(([k, n]) => `${k} ${n}`).join(', ')}`);

  summarize([
    { figure: 'insert <dots-onboarding-flow> -> first field focusable (cold page, chunks fetched on insertion)', value: ms(median(col('focusable'))) },
    { figure: `insert -> first field focusable, ${LATER_MS} ms after define('dots-onboarding-flow') at load`, value: ms(median(col('defined'))) },
    { figure: "insert -> first field focusable, at once after define('dots-onboarding-flow')", value: ms(median(col('definedNow'))) },
    { figure: 'script start -> first field focusable', value: ms(median(col('total'))) },
    { figure: 'step change (Enter -> next heading focused)', value: `${ms(median(allSteps))} (max ${ms(Math.max(...allSteps))})` },
    { figure: 'keystroke -> validation message', value: `${ms(median(shown))} (p95 ${ms(quantile(shown, 0.95))})` },
    { figure: 'long tasks > 50 ms during a whole onboarding', value: `${flowLong.reduce((a, x) => a + x.length, 0)} in ${runs.length} runs` },
    { figure: 'long tasks > 50 ms while the bundle loads', value: `${loadLong.reduce((a, x) => a + x.length, 0)} in ${runs.length} runs` },
    { figure: `heap after ${CHURN} mount/remove`, value: `+${(growth / 1000).toFixed(1)} kB with ${c.flowsAtEnd - c.flowsAtStart} more flow records in the ledger; ${(leftover / 1000).toFixed(1)} kB once the adapter is swapped; DOM nodes ${start.nodes} -> ${end.nodes}; live flow elements ${c.live.find(([k]) => k === 'DotsOnboardingFlow')![1]}` },
  ]);
} finally {
  await browser.close();
  await server.close();
}

function stats(xs: number[]): string[] {
  return [ms(median(xs)), ms(Math.min(...xs)), ms(Math.max(...xs))];
}
