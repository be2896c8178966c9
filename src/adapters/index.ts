// Adapters: the contract, the in-browser mock, and the Dots v2 HTTP adapter.
export * from './types.ts';
export * from './mock/index.ts';
export * from './http/index.ts';
