/**
 * Turns a list of API step names into a flow definition: the implicit sign-in first when there is
 * no user yet, then each step's screens. Init reads the app settings and creates (or reads) the
 * backend's flow record; each finished step is added to its `completed_steps`.
 */
import { FlowStep } from '../ledger/enums.ts';
import type { FlowDefinition, StepDefinition } from '../machine/types.ts';
import { call, countryOfUser, emptyContext, type DotsContext } from './context.ts';
import { loadValidationRules } from '../validation/libraries.ts';
import { SIGN_IN_GROUP, signInSteps } from './sign-in.ts';
import { idVerificationHead, later, managePayoutsHead, payoutHead, redirectHead, w8benHead, w9Head } from './step-heads.ts';

export type StepName = FlowStep;

type Step = StepDefinition<DotsContext>;

/**
 * The screens of each API step, in order. Their code loads while the person is on sign-in's phone
 * screen, the one screen in the first download (sign-in.ts); the actor waits for a step's code
 * before entering it.
 */
export const STEP_DEFINITIONS: Readonly<Record<StepName, readonly Step[]>> = {
  compliance: [
    later(w9Head, () => import('./compliance.ts').then((m) => m.w9Step)),
    later(w8benHead, () => import('./compliance.ts').then((m) => m.w8benStep)),
  ],
  'id-verification': [later(idVerificationHead, () => import('./id-verification.ts').then((m) => m.idVerificationStep))],
  'manage-payouts': [later(managePayoutsHead, () => import('./manage-payouts.ts').then((m) => m.managePayoutsStep))],
  payout: [later(payoutHead, () => import('./payout.ts').then((m) => m.payoutStep))],
  redirect: [later(redirectHead, () => import('./redirect.ts').then((m) => m.redirectStep))],
};

/** The onboarding preset: (sign-in,) compliance, manage-payouts. */
export const ONBOARDING_STEPS: readonly StepName[] = ['compliance', 'manage-payouts'];

/**
 * Step names from an attribute or a property: `"compliance manage-payouts"`, `"compliance,payout"`
 * or an array. Unknown names and repeats are dropped (order kept); `sign-in` is implicit and
 * ignored here. Returns the valid names and the refused ones, so a host can be told.
 */
export function parseStepNames(input: string | readonly string[] | null | undefined): { steps: StepName[]; unknown: string[] } {
  const list = typeof input === 'string' ? input.split(/[\s,]+/) : [...(input ?? [])];
  const steps: StepName[] = [];
  const unknown: string[] = [];
  for (const raw of list) {
    const name = String(raw).trim();
    if (!name || name === SIGN_IN_GROUP) continue;
    const parsed = FlowStep.safeParse(name);
    if (!parsed.success) unknown.push(name);
    else if (!steps.includes(parsed.data)) steps.push(parsed.data);
  }
  return { steps, unknown };
}

export interface BuildFlowOptions {
  /** Add the sign-in step first (when the host gives no user id). */
  signIn: boolean;
  /** Names the flow for drafts and resumed snapshots; defaults to one made from the steps. */
  id?: string;
}

export function buildFlow(steps: readonly StepName[], options: BuildFlowOptions): FlowDefinition<DotsContext> {
  const defs: Step[] = [];
  if (options.signIn) defs.push(...signInSteps);
  for (const name of steps) defs.push(...STEP_DEFINITIONS[name]);
  if (defs.length === 0) throw new Error('dots-flows: a flow needs at least one step');
  return {
    id: options.id ?? `dots:${options.signIn ? 'sign-in,' : ''}${steps.join(',')}`,
    steps: defs,
    context: emptyContext([...steps]),
    prepare: loadValidationRules,
    async init(io) {
      const { adapter, signal } = io;
      const settings = await adapter.getAppSettings(call(signal));
      const record = io.flowId
        ? await adapter.getFlow(io.flowId, call(signal))
        : await adapter.createFlow(
            { steps: io.context.flowSteps, ...(io.userId ? { user_id: io.userId } : {}), ...(io.context.payoutLinkId ? { payout_link_id: io.context.payoutLinkId } : {}) },
            call(signal),
          );
      const user = io.userId ? await adapter.getUser(io.userId, call(signal)) : null;
      await loadValidationRules(); // countryOfUser reads the phone metadata
      const country = io.context.country ?? (user ? countryOfUser(user) : null);
      return { flowId: record.id, context: { settings, user, country } };
    },
    async record(io, groups) {
      if (!io.flowId) return {};
      const completed = groups.filter((g): g is StepName => FlowStep.safeParse(g).success);
      await io.adapter.updateFlow(
        { flow_id: io.flowId, completed_steps: completed, ...(io.userId ? { user_id: io.userId } : {}) },
        call(io.signal),
      );
      return {};
    },
  };
}
