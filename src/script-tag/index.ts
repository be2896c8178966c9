/**
 * The script-tag entry (`dist/cdn/dots-flows.js`, an ES module built by `vite build --mode
 * script`): small, it defines elements as they appear and loads the API on request, each from
 * lazy chunks beside it (`dist/cdn/chunks/`).
 *
 *   <script type="module" src=".../dist/cdn/dots-flows.js"></script>
 *   <dots-onboarding-flow></dots-onboarding-flow>
 *
 * Properties set on an element before its definition arrives (`flow.adapter = …`) are kept: Lit
 * applies them when the element upgrades. Elements inside other components' shadow roots are not
 * seen: call `define(...)` for those tags first.
 */
import { version } from '../../package.json';
import { load } from './load.ts';
import { createRegistry } from './registry.ts';
import { elementLoaders, type DotsTag } from './tags.ts';

export type { DotsFlowsLibrary, DotsFlowsMock, DotsFlowsHttp, DotsFlowsPart } from './load.ts';
export type { DotsTag } from './tags.ts';

const registry = createRegistry(elementLoaders, { base: import.meta.url });

type Warmable = CustomElementConstructor & { warmUp?(): Promise<void> };

/**
 * Defines `tags` now (every tag when none are given); resolves once they are all defined.
 * `<dots-onboarding-flow>` or `<dots-flow>` named here is then warmed up in idle time, once
 * (DotsFlow.warmUp: rendered unseen and taken out), so that inserting it later shows its first
 * field as fast as a second insertion would. The claim flow has no warm-up: its first screen is
 * the payout link's, which only the backend can give.
 */
export const define = async (...tags: DotsTag[]): Promise<void> => {
  await registry.define(...tags);
  for (const tag of tags) (customElements.get(tag) as Warmable).warmUp?.();
};

export { load, version };

/** `window.DotsFlows`, for pages whose own code is a classic script. */
export interface DotsFlowsGlobal {
  load: typeof load;
  define: typeof define;
  version: string;
}

declare global {
  interface Window {
    DotsFlows: DotsFlowsGlobal;
  }
}

// A second copy of the entry (another version on the same page) leaves the first one's global.
window.DotsFlows ??= { load, define, version };
registry.watch(document);
