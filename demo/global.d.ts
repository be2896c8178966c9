// The script-tag bundle (/dist/dots-flows.iife.js) defines this global before any demo module runs.
import type * as Library from '../src/define.ts';
import type { BackendAdapter } from '../src/adapters/types.ts';
import type { AdapterKind } from './lib/context.ts';

declare global {
  interface Window {
    DotsFlows: typeof Library;
    /** The demo's current backend, for the console and end-to-end tests. */
    dotsDemo?: { adapter: BackendAdapter; adapterKind: AdapterKind };
  }
}
