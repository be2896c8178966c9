/** The step machine: flows as data, a pure reducer, and an actor that runs adapter effects. */
export * from './types.ts';
export { reduce, initialSnapshot, computeVisible, groupOf, stepById, envOf, groupsDone, canGoBack, type ReducerEnv, type InitialOptions } from './reducer.ts';
export { validateStep, issueToMessage, schemaOf, FORM_FIELD, type Validation } from './validate.ts';
export { maskValue, stripValues, toStorable, sensitiveFields } from './sensitive.ts';
export { readSnapshot, SnapshotSchema, webStorageDraftStore, memoryDraftStore, type WebStorageLike } from './storage.ts';
export { resolveSteps, isResolved, allResolved } from './lazy-steps.ts';
export { createFlowActor, type FlowActor, type FlowActorOptions, type SnapshotListener, type NoticeListener } from './actor.ts';
