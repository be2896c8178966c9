import { groupOf } from '../../core/machine/reducer.ts';
import type { FlowDefinition } from '../../core/machine/types.ts';

/**
 * The screen of each step that loads on demand, by group. Sign-in's phone screen is part of the
 * flow's first download (flow/define.ts); its code and profile screens, and the other steps, arrive
 * with their step's rules (code splitting per step).
 */
export type StepViews = Readonly<Record<string, () => Promise<unknown>>>;

export const STEP_VIEWS: StepViews = {
  'sign-in': () => import('../steps/sign-in/define.ts'),
  compliance: () => import('../steps/compliance/define.ts'),
  'id-verification': () => import('../steps/id-verification/define.ts'),
  'manage-payouts': () => import('../steps/manage-payouts/define.ts'),
  payout: () => import('../steps/payout/define.ts'),
  redirect: () => import('../steps/redirect/define.ts'),
};

/**
 * The definition with each lazy step's screen loaded together with its body, so the machine never
 * shows a step whose element is not defined yet. `views`: each group's screen loader (by default
 * the steps of `<dots-flow>`).
 */
export function withStepViews<C>(def: FlowDefinition<C>, views: StepViews = STEP_VIEWS): FlowDefinition<C> {
  return {
    ...def,
    steps: def.steps.map((step) => {
      const body = step.body;
      const view = views[groupOf(step)];
      if (!body || !view) return step;
      return { ...step, body: async () => (await Promise.all([body(), view()]))[0] };
    }),
  };
}
