// Side-effect-free entry: classes, types, flows, adapters and events. Importing it registers no
// custom element; import `dots-flows/define` (or load the script-tag bundle) for that.
export * from './core/ledger/schemas.ts';
export * from './core/ledger/errors.ts';
export * from './adapters/types.ts';
export * from './core/ledger/index.ts';
export * from './core/validation/index.ts';
