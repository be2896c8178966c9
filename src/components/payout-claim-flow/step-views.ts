import { STEP_VIEWS, type StepViews } from '../flow/step-views.ts';

type AfterClaim = typeof import('./after-claim.ts');
let afterClaim: AfterClaim | null = null;

/** The status page and tracking, once loaded (null before: the element then shows it is loading). */
export const afterClaimPart = (): AfterClaim | null => afterClaim;

export const loadAfterClaim = (): Promise<AfterClaim> => import('./after-claim.ts').then((m) => (afterClaim = m));

/**
 * The claim's screens that load with their steps, by group. The intro is in the element's first
 * download (define.ts); sign-in's screens come with its steps; what shows once the claim is made
 * (the status page with its badge and lifecycle, the tracking) comes with the claim screen.
 */
export const CLAIM_VIEWS: StepViews = {
  ...STEP_VIEWS,
  // The claim's `payout` group is its own claim screen, not `<dots-flow>`'s payout step.
  payout: () => Promise.all([import('../steps/claim-review/define.ts'), import('../status-badge/define.ts'), import('../dots-transfer-lifecycle/define.ts'), loadAfterClaim()]),
};
