/**
 * Steps whose body arrives later (`StepDefinition.body`): merging them into the definition, once
 * per definition, and telling whether a step can be entered yet.
 */
import type { FlowDefinition, StepDefinition } from './types.ts';

/** True when the step has everything the reducer may use (no body left to load). */
export const isResolved = <C>(step: StepDefinition<C> | undefined): boolean => !step?.body;

/** True when no step of the definition is waiting for its body. */
export const allResolved = <C>(def: FlowDefinition<C>): boolean => def.steps.every((s) => isResolved(s));

const resolved = new WeakMap<FlowDefinition<never>, Promise<FlowDefinition<never>>>();

/**
 * The definition with every step's body loaded and merged: a new definition object (the given one
 * is left as it is), or the same one when nothing is lazy. What the step already has wins over its
 * body: the reducer used it before the body came (when it shows, its starting values...), and a
 * flow that wraps a step's `when` wraps the step, so a body repeating its own must not undo that. Concurrent and repeated calls share one
 * load; a failed load (a chunk that could not be fetched) is forgotten, so the next call tries again.
 */
export function resolveSteps<C>(def: FlowDefinition<C>): Promise<FlowDefinition<C>> {
  if (allResolved(def)) return Promise.resolve(def);
  const key = def as FlowDefinition<never>;
  let load = resolved.get(key) as Promise<FlowDefinition<C>> | undefined;
  if (!load) {
    load = Promise.all(def.steps.map(async (step): Promise<StepDefinition<C>> => {
      if (!step.body) return step;
      const { body: _loader, ...head } = step;
      const { body: _nested, ...rest } = await step.body();
      return { ...rest, ...head };
    })).then((steps) => ({ ...def, steps }));
    load.catch(() => resolved.delete(key));
    resolved.set(key, load as Promise<FlowDefinition<never>>);
  }
  return load;
}
