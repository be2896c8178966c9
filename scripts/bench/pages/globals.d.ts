// What the bench pages see: the script-tag entry's global (typed by the entry itself) and the
// library's API the page loaded from it (`await DotsFlows.load()`), kept for the benches' probes.
import type { DotsFlowsLibrary } from '../../../src/script-tag/index.ts';

declare global {
  interface Window {
    dotsLib: DotsFlowsLibrary;
    /** long tasks seen since the page started (a PerformanceObserver in the page's head) */
    __longtasks: Array<{ start: number; duration: number }>;
    __scriptStart: number;
    __scriptReady: number;
  }
}
