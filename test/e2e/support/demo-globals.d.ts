// What the demo page puts on window (see demo/global.d.ts), as far as page.evaluate callbacks in
// end-to-end tests use it. Kept apart from the library's types so Node code need not compile src/.
declare global {
  interface Window {
    DotsFlows?: Record<string, unknown>;
    dotsDemo?: {
      adapterKind: 'mock' | 'http';
      adapter: { getAppSettings(): Promise<unknown> } & Record<string, unknown>;
    };
  }
}
export {};
