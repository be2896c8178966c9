/**
 * Side by side with a peer that installs from npm and renders in the page: the Onfido web SDK
 * (`onfido-sdk-ui`), measured in the same run, the same Chromium, the same way as ours.
 *
 * The peer is installed at bench time into a temporary folder (`npm install --prefix <tmp>
 * --no-save`), never into this project. Version 13.8.7 is the last whose npm package carries the
 * SDK itself (dist/onfido.min.js, its script-tag build); from 14 on the package is a loader that
 * fetches the SDK from the vendor's CDN at run time, which cannot be measured offline (its loader's
 * bytes are reported).
 *
 * Both pages are served from a loopback server, a fresh browser context per run, runs interleaved:
 *   - bytes the page downloads for the first screen: every file of the library or peer it
 *     requested, minified as shipped, gzip and brotli;
 *   - the script: from the tag's start to its load event (fetch on loopback + parse + evaluate);
 *   - mount to first screen: ours, insertion of <dots-onboarding-flow> to the phone input taking
 *     focus; the peer, `Onfido.init(...)` to its welcome screen's heading and primary button
 *     taking focus. The peer needs its API before it shows anything but a spinner: its token's
 *     API URLs point at the loopback server, which answers at once with stub JSON (an empty
 *     object; the SDK configuration with applicant consents turned off). Its error reporting
 *     (Sentry) and anything else off the machine is aborted.
 *   - long tasks over 50 ms from navigation to the first screen, and the JS heap after a full GC.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { measure } from '../size-budget.mjs';
import { buildScript, ROOT } from './support/build.ts';
import { cdpFor, heapAfterGc, launch, machineLine } from './support/browser.ts';
import { caller } from './support/page-call.ts';
import { serve, type Served } from './support/server.ts';
import { kB, MB, median, ms, table } from './support/stats.ts';
import { summarize } from './support/summary.ts';
import type { FlowBenchApi } from './pages/flow-page.ts';
import type { PeerBenchApi } from './pages/peer-page.ts';

const PEER = 'onfido-sdk-ui';
const PEER_VERSION = '13.8.7';
const PEER_LOADER_VERSION = '14.80.0';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);

/** Installs `name@version` into a temporary folder (reused by later runs on this machine). */
function install(name: string, version: string): { dir: string; seconds: number | null } {
  const dir = join(os.tmpdir(), 'dots-flows-bench-peer', `${name}@${version}`);
  if (existsSync(join(dir, 'node_modules', name, 'package.json'))) return { dir, seconds: null };
  const t0 = Date.now();
  const r = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', `${name}@${version}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm install ${name}@${version} failed:\n${r.stderr.slice(-2000)}`);
  return { dir, seconds: (Date.now() - t0) / 1000 };
}

/** Bytes and package count of a node_modules folder. */
function footprint(nodeModules: string): { bytes: number; packages: number } {
  let bytes = 0;
  let packages = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        bytes += statSync(p).size;
        if (e.name === 'package.json' && /node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(p)) packages++;
      }
    }
  };
  walk(nodeModules);
  return { bytes, packages };
}

interface Measured {
  script: number;
  mount: number;
  firstDom: number | null;
  painted: number;
  total: number;
  longTasks: number[];
  heap: number;
  files: Set<string>;
  screen: string;
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Nothing leaves the machine: anything not on loopback is aborted (the peer's Sentry).
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  return context;
}

async function measureOurs(browser: Browser, server: Served): Promise<Measured> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/dist/')) files.add(path);
  });
  await page.goto(`${server.url}/pages/flow.html`);
  await page.waitForFunction(() => 'bench' in window, null, { timeout: 30_000 });
  const call = caller<FlowBenchApi>(page);
  const script = await call('scriptMs');
  // As the peer's script brings its whole SDK, the page defines the flow's element at load (what
  // the README tells a page that inserts it later), and its warm-up with it: both count in
  // "script start -> first screen", so no work of ours falls between the measured intervals.
  const define = await call('defineFlow', true);
  const m = await call('mount');
  const longTasks = (await call('longTasks', 0)).map((t) => t.duration);
  const heap = (await heapAfterGc(await cdpFor(page))).used;
  await context.close();
  return { script: script + define, mount: m.focusable, firstDom: null, painted: m.painted, total: script + define + m.focusable, longTasks, heap, files, screen: 'sign-in: phone number' };
}

async function measurePeer(browser: Browser, server: Served): Promise<Measured> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/peer-pkg/')) files.add(path);
  });
  await page.goto(`${server.url}/peer/onfido.html`);
  await page.waitForFunction(() => 'bench' in window, null, { timeout: 30_000 });
  const call = caller<PeerBenchApi>(page);
  const script = await call('scriptMs');
  const m = await call('mount');
  const longTasks = (await call('longTasks')).map((t) => t.duration);
  const heap = (await heapAfterGc(await cdpFor(page))).used;
  await context.close();
  return { script, mount: m.firstScreen, firstDom: m.firstDom, painted: m.painted, total: script + m.firstScreen, longTasks, heap, files, screen: m.screen };
}

function bytesOf(files: Set<string>, root: (path: string) => string) {
  let min = 0;
  let gzip = 0;
  let brotli = 0;
  for (const f of files) {
    const s = measure(readFileSync(root(f)));
    min += s.min;
    gzip += s.gzip;
    brotli += s.brotli;
  }
  return { min, gzip, brotli };
}

const peer = install(PEER, PEER_VERSION);
const loader = install(PEER, PEER_LOADER_VERSION);
const peerModules = join(peer.dir, 'node_modules');
const dir = buildScript();
const browser = await launch();
const server = await serve(
  { '/dist/': dir, '/pages/': join(ROOT, 'scripts/bench/pages'), '/peer/': join(ROOT, 'scripts/bench/peer'), '/peer-pkg/': peerModules },
  { '/offline-api/': {}, '/offline-api/v3.3/sdk/configurations': { sdk_features: { enable_require_applicant_consents: false } } },
);
try {
  console.log(`peer bench: ${machineLine(browser)}`);
  console.log(
    `peer: ${PEER}@${PEER_VERSION} (${peer.seconds === null ? 'install reused from' : `installed in ${peer.seconds.toFixed(0)} s into`} ${peer.dir}); ours: the script-tag build (cdn/dots-flows.js + chunks) built for this run`,
  );
  await measureOurs(browser, server); // warm-up
  await measurePeer(browser, server);
  const ours: Measured[] = [];
  const theirs: Measured[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await measureOurs(browser, server));
    theirs.push(await measurePeer(browser, server));
  }
  const oursBytes = bytesOf(ours[0]!.files, (p) => join(dir, p.slice('/dist/'.length)));
  const peerBytes = bytesOf(theirs[0]!.files, (p) => join(peerModules, p.slice('/peer-pkg/'.length)));
  const loaderFile = join(loader.dir, 'node_modules', PEER, 'Onfido.js');
  const loaderBytes = measure(readFileSync(loaderFile));
  const peerFootprint = footprint(peerModules);
  const med = (xs: Measured[], f: (m: Measured) => number) => median(xs.map(f));
  const longs = (xs: Measured[]) => {
    const counts = xs.map((m) => m.longTasks.length);
    const maxes = xs.map((m) => Math.max(0, ...m.longTasks));
    return `${median(counts)} (longest ${ms(median(maxes), 0)})`;
  };
  const ratio = (a: number, b: number) => `${(b / a).toFixed(1)}x`;

  console.log(`\n### dots-flows vs ${PEER} ${PEER_VERSION}, first screen (${RUNS} runs each, interleaved; medians)\n`);
  console.log(
    table(
      ['measure', 'dots-flows (script tag)', `${PEER} ${PEER_VERSION} (script tag)`, 'peer / ours'],
      [
        ['files fetched for the first screen', [...ours[0]!.files].map((f) => f.split('/').pop()).join(', '), [...theirs[0]!.files].map((f) => f.split('/').pop()).join(', '), ''],
        ['bytes, minified as shipped', kB(oursBytes.min), kB(peerBytes.min), ratio(oursBytes.min, peerBytes.min)],
        ['bytes, gzip', kB(oursBytes.gzip), kB(peerBytes.gzip), ratio(oursBytes.gzip, peerBytes.gzip)],
        ['bytes, brotli', kB(oursBytes.brotli), kB(peerBytes.brotli), ratio(oursBytes.brotli, peerBytes.brotli)],
        ['script tag: load + evaluate (loopback; ours: the entry, then define() of the flow, its chunks and its warm-up)', ms(med(ours, (m) => m.script)), ms(med(theirs, (m) => m.script)), ratio(med(ours, (m) => m.script), med(theirs, (m) => m.script))],
        ['mount -> first DOM in its container', '(first DOM is the screen)', ms(med(theirs, (m) => m.firstDom ?? 0)) + ' (a spinner)', ''],
        ['mount -> first screen, its first control focusable', ms(med(ours, (m) => m.mount)), ms(med(theirs, (m) => m.mount)), ratio(med(ours, (m) => m.mount), med(theirs, (m) => m.mount))],
        ['script start -> first screen', ms(med(ours, (m) => m.total)), ms(med(theirs, (m) => m.total)), ratio(med(ours, (m) => m.total), med(theirs, (m) => m.total))],
        ['long tasks > 50 ms, navigation to first screen', longs(ours), longs(theirs), ''],
        ['JS heap after a full GC, first screen shown', MB(med(ours, (m) => m.heap)), MB(med(theirs, (m) => m.heap)), ratio(med(ours, (m) => m.heap), med(theirs, (m) => m.heap))],
        ['first screen', ours[0]!.screen, theirs[0]!.screen.slice(0, 80), ''],
      ],
    ),
  );
  console.log(
    `\n${PEER}@${PEER_VERSION} from npm: ${MB(peerFootprint.bytes)} in ${peerFootprint.packages} packages under node_modules (its dependencies serve its npm build; the script-tag build above is self-contained).`,
  );
  console.log(
    `${PEER}@${PEER_LOADER_VERSION} (current): the package's Onfido.js is a loader, ${kB(loaderBytes.min)} min / ${kB(loaderBytes.gzip)} gzip, that fetches the SDK from the vendor's CDN at run time; that download cannot be measured offline.`,
  );

  summarize([
    { figure: `peer ${PEER} ${PEER_VERSION}: bytes min / gzip / brotli (ours)`, value: `${kB(peerBytes.min)} / ${kB(peerBytes.gzip)} / ${kB(peerBytes.brotli)} (${kB(oursBytes.min)} / ${kB(oursBytes.gzip)} / ${kB(oursBytes.brotli)})` },
    { figure: `peer ${PEER} ${PEER_VERSION}: mount -> first screen (ours)`, value: `${ms(med(theirs, (m) => m.mount))} (${ms(med(ours, (m) => m.mount))})` },
    { figure: `peer ${PEER} ${PEER_VERSION}: script start -> first screen (ours)`, value: `${ms(med(theirs, (m) => m.total))} (${ms(med(ours, (m) => m.total))})` },
  ]);
} finally {
  await browser.close();
  await server.close();
}
