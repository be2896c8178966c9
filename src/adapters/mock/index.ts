// The in-browser mock ledger adapter (also `load('mock')` of the script-tag entry).
export { MockAdapter, createMockAdapter, type MockAdapterOptions } from './mock-adapter.ts';
export { FaultInjector, type FaultOptions, type FaultState } from './faults.ts';
