// Adapters: the contract, the in-browser mock, and the Dots v2 HTTP adapter.
export * from './types.ts';
export { MockAdapter, createMockAdapter, type MockAdapterOptions } from './mock/mock-adapter.ts';
export { FaultInjector, type FaultOptions, type FaultState } from './mock/faults.ts';
export { HttpAdapter, EXTENSION_PREFIX, type HttpAdapterOptions } from './http/http-adapter.ts';
export { errorFromResponse, retryAfterMs, type FetchLike } from './http/transport.ts';
