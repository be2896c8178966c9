// What the bench pages see: the script-tag bundle's global, typed from the library's own entry.
import type * as Lib from '../../../src/index.ts';

declare global {
  interface Window {
    DotsFlows: typeof Lib;
    /** long tasks seen since the page started (a PerformanceObserver in the page's head) */
    __longtasks: Array<{ start: number; duration: number }>;
    __scriptStart: number;
    __scriptReady: number;
  }
}
