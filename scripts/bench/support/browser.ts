/**
 * Headless Debian Chromium through playwright-core (scripts/find-chromium.mjs), the machine line
 * every browser bench prints, and heap figures read over the DevTools protocol after a forced GC.
 */
import os from 'node:os';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../find-chromium.mjs';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    // Timers and frames at full rate even if the page is not considered visible.
    args: [...chromiumArgs, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  });
}

export function machineLine(browser: Browser): string {
  const cpus = os.cpus();
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  return `${new Date().toISOString()} on ${cpus[0]?.model.trim() ?? 'unknown CPU'} (${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB), Chromium ${browser.version()} headless, Node ${process.version}; load average ${load}`;
}

export interface Heap {
  /** bytes of JS heap in use after a full GC */
  used: number;
  total: number;
  nodes: number;
  listeners: number;
  documents: number;
}

/** A full GC (twice: the second collects what the first's finalizers freed), then the heap and DOM counters. */
export async function heapAfterGc(cdp: CDPSession): Promise<Heap> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
  const dom = (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number };
  return { used: heap.usedSize, total: heap.totalSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
}

export async function cdpFor(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  return cdp;
}

/** Waits (up to `maxMs`) for the 1-minute load average to drop to `limit`; returns the load seen. */
export async function waitForQuiet(limit = 3, maxMs = 0): Promise<number> {
  const start = Date.now();
  while (os.loadavg()[0]! > limit && Date.now() - start < maxMs) await new Promise((r) => setTimeout(r, 10_000));
  return os.loadavg()[0]!;
}

/**
 * Live objects whose prototype chain contains `expression` (evaluated in the page, e.g.
 * `dotsLib.DotsFlow.prototype`), after a full GC: a leak check that does not depend on heap noise.
 */
export async function liveInstances(cdp: CDPSession, expression: string): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const proto = (await cdp.send('Runtime.evaluate', { expression })) as { result: { objectId?: string } };
  if (!proto.result.objectId) throw new Error(`${expression} is not an object`);
  const found = (await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId })) as { objects: { objectId: string } };
  const n = (await cdp.send('Runtime.callFunctionOn', { objectId: found.objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true })) as { result: { value: number } };
  await cdp.send('Runtime.releaseObject', { objectId: found.objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: proto.result.objectId });
  return n.result.value;
}
