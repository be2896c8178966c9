// The script-tag entry (/dist/cdn/dots-flows.js, an ES module) sets `window.DotsFlows` = { load,
// define, version } before any demo module runs; its declaration comes with the entry's types.
import type { DotsFlowsLibrary } from '../src/script-tag/index.ts';
import type { BackendAdapter } from '../src/adapters/types.ts';
import type { AdapterKind } from './lib/context.ts';

declare global {
  /** The library's API, as `await window.DotsFlows.load()` gives it. */
  type DotsLib = DotsFlowsLibrary;
  interface Window {
    /** The demo's current backend, for the console and end-to-end tests. */
    dotsDemo?: { adapter: BackendAdapter; adapterKind: AdapterKind };
  }
}
