/**
 * End-to-end helpers (node:test + playwright-core) for the demo:
 *
 *   const demo = useDemo();                     // before: build, serve, launch; after: close all
 *   it('...', async () => {
 *     const { page, assertClean } = await demo.open('/?adapter=http');
 *     ...
 *     await assertClean();                       // no CSP violation, console error, exception
 *   });
 */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startDemoServer, type DemoServer, type DemoServerOptions } from '../../../scripts/demo-server/index.ts';
import { launchChromium } from './browser.ts';
import { buildScript, ROOT } from './build.ts';
import { describeProblems, watchContext, watchPage, type PageProblems } from './watch.ts';

export { buildScript, launchChromium, describeProblems, watchContext, watchPage, type PageProblems };

export type DemoOptions = Omit<DemoServerOptions, 'distDir' | 'root' | 'port'>;

/** Builds the script-tag bundle (cached) and serves the demo on a free port. */
export async function startDemo(options: DemoOptions = {}): Promise<DemoServer> {
  const distDir = await buildScript();
  return startDemoServer({ ...options, root: ROOT, distDir, port: 0 });
}

export interface DemoPage {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  /** Fails with a list of every CSP violation, console error, exception and failed request. */
  assertClean(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Wait until the demo's sections are mounted (`<html data-demo-ready="true">`). Default true. */
  waitForReady?: boolean;
  viewport?: { width: number; height: number };
}

export interface DemoHarness {
  readonly server: DemoServer;
  readonly url: string;
  readonly browser: Browser;
  /** Opens `path` (default `/`) of the demo in a fresh browser context, watched. */
  open(path?: string, options?: OpenOptions): Promise<DemoPage>;
}

/** Opens a watched page on any server; closing it closes its context. */
export async function openWatched(browser: Browser, server: DemoServer, url: string, options: OpenOptions = {}): Promise<DemoPage> {
  const context = await browser.newContext(options.viewport ? { viewport: options.viewport } : {});
  await watchContext(context);
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(url);
  if (options.waitForReady !== false) await page.locator('html[data-demo-ready="true"]').waitFor({ state: 'attached' });
  return {
    page,
    context,
    problems,
    async assertClean() {
      // Let queued violation events reach the binding; report-uri POSTs follow the same events.
      await page.locator('body').waitFor({ state: 'attached' });
      await settleReports(server, problems);
      const message = describeProblems(problems, server.reports.list());
      assert.equal(message, '', `The demo page at ${page.url()} was not clean:\n${message}`);
    },
    close: () => context.close(),
  };
}

/** Waits (bounded) until the server has as many reports as the page saw, so both lists agree. */
async function settleReports(server: DemoServer, problems: PageProblems): Promise<void> {
  for (let i = 0; i < 40 && server.reports.size < problems.cspViolations.length; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Registers before/after hooks: one server and one browser for the test file. */
export function useDemo(options: DemoOptions = {}): DemoHarness {
  let server: DemoServer | null = null;
  let browser: Browser | null = null;
  const pages: DemoPage[] = [];

  before(async () => {
    server = await startDemo(options);
    browser = await launchChromium();
  });
  after(async () => {
    await Promise.allSettled(pages.map((p) => p.close()));
    await browser?.close();
    await server?.close();
  });

  const need = <T>(v: T | null, what: string): T => {
    if (!v) throw new Error(`useDemo(): the ${what} is not started (call it at the top of a test file or describe).`);
    return v;
  };

  return {
    get server() {
      return need(server, 'server');
    },
    get url() {
      return need(server, 'server').url;
    },
    get browser() {
      return need(browser, 'browser');
    },
    async open(path = '/', openOptions = {}) {
      const s = need(server, 'server');
      const p = await openWatched(need(browser, 'browser'), s, new URL(path, s.url).href, openOptions);
      pages.push(p);
      return p;
    },
  };
}
