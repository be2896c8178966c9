/**
 * `load()`: the library's JavaScript API from the script-tag entry, as lazy chunks. The whole API
 * (what `import … from 'dots-flows'` gives) or one adapter, for a page that needs only that.
 */
export type DotsFlowsLibrary = typeof import('../index.ts');
export type DotsFlowsMock = typeof import('../adapters/mock/index.ts');
export type DotsFlowsHttp = typeof import('../adapters/http/index.ts');
export type DotsFlowsPart = 'mock' | 'http';

/** Every export of the package entry: adapters, ledger, i18n, element classes, flows. */
export function load(): Promise<DotsFlowsLibrary>;
/** The in-browser mock ledger adapter only (MockAdapter, createMockAdapter, FaultInjector). */
export function load(part: 'mock'): Promise<DotsFlowsMock>;
/** The Dots v2 HTTP adapter only (HttpAdapter and its transport helpers). */
export function load(part: 'http'): Promise<DotsFlowsHttp>;
export function load(part?: DotsFlowsPart): Promise<DotsFlowsLibrary | DotsFlowsMock | DotsFlowsHttp> {
  if (part === undefined) return import('../index.ts');
  if (part === 'mock') return import('../adapters/mock/index.ts');
  if (part === 'http') return import('../adapters/http/index.ts');
  return Promise.reject(new TypeError(`dots-flows: load() takes 'mock', 'http' or nothing, not ${JSON.stringify(part)}`));
}
