import type { StepViews } from '../flow/step-views.ts';

/**
 * The claim's screens that load with their steps, by group. The intro and sign-in's phone screen
 * are in the element's first download (define.ts); the status badge and the lifecycle, shown once
 * the claim is made, come with the claim screen.
 */
export const CLAIM_VIEWS: StepViews = {
  'sign-in': () => import('../steps/sign-in/define.ts'),
  compliance: () => import('../steps/compliance/define.ts'),
  'manage-payouts': () => import('../steps/manage-payouts/define.ts'),
  payout: () => Promise.all([import('../steps/claim-review/define.ts'), import('../status-badge/define.ts'), import('../dots-transfer-lifecycle/define.ts')]),
};
