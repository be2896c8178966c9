// What the bench pages see: the script-tag entry's global (typed by the entry itself) and the
// part of the library's API the page loaded from it (`await DotsFlows.load('mock')`, what a page
// on the mock ledger needs), kept for the benches' probes.
import type { DotsFlowsMock } from '../../../src/script-tag/load.ts';

declare global {
  interface Window {
    dotsLib: DotsFlowsMock;
    /** long tasks seen since the page started (a PerformanceObserver in the page's head) */
    __longtasks: Array<{ start: number; duration: number }>;
    __scriptStart: number;
    __scriptReady: number;
  }
}
