/**
 * Every public tag of the library and the module that defines it (and, through its own imports,
 * the elements it renders). The script-tag entry imports one of these when the tag first appears;
 * each import is a lazy chunk of the script build, so a page downloads only what it uses.
 */
export const elementLoaders = {
  'dots-text-field': () => import('../components/dots-text-field/define.ts'),
  'dots-select': () => import('../components/dots-select/define.ts'),
  'dots-checkbox': () => import('../components/dots-checkbox/define.ts'),
  'dots-money-input': () => import('../components/dots-money-input/define.ts'),
  'dots-phone-input': () => import('../components/dots-phone-input/define.ts'),
  'dots-otp-input': () => import('../components/dots-otp-input/define.ts'),
  'dots-button': () => import('../components/dots-button/define.ts'),
  'dots-stepper': () => import('../components/dots-stepper/define.ts'),
  'dots-error-summary': () => import('../components/dots-error-summary/define.ts'),
  'dots-live-region': () => import('../components/dots-live-region/define.ts'),
  'dots-alert': () => import('../components/dots-alert/define.ts'),
  'dots-transfer-lifecycle': () => import('../components/dots-transfer-lifecycle/define.ts'),
  'dots-sign-in-step': () => import('../components/steps/sign-in/define.ts'),
  'dots-compliance-step': () => import('../components/steps/compliance/define.ts'),
  'dots-id-verification-step': () => import('../components/steps/id-verification/define.ts'),
  'dots-manage-payouts-step': () => import('../components/steps/manage-payouts/define.ts'),
  'dots-payout-step': () => import('../components/steps/payout/define.ts'),
  'dots-redirect-step': () => import('../components/steps/redirect/define.ts'),
  'dots-claim-intro-step': () => import('../components/steps/claim-intro/define.ts'),
  'dots-claim-review-step': () => import('../components/steps/claim-review/define.ts'),
  'dots-flow': () => import('../components/flow/define.ts'),
  'dots-onboarding-flow': () => import('../components/onboarding-flow/define.ts'),
  'dots-payout-claim-flow': () => import('../components/payout-claim-flow/define.ts'),
  'dots-status-badge': () => import('../components/status-badge/define.ts'),
  'dots-transfer-detail': () => import('../components/transfer-detail/define.ts'),
  'dots-transfers': () => import('../components/transfers/define.ts'),
  'dots-ledger-inspector': () => import('../components/ledger-inspector/define.ts'),
} satisfies Record<string, () => Promise<unknown>>;

export type DotsTag = keyof typeof elementLoaders;

export const DOTS_TAGS = /* @__PURE__ */ Object.keys(elementLoaders) as DotsTag[]; // marked pure: the entry does not use it, so its build drops the call

export const isDotsTag = (name: string): name is DotsTag => Object.hasOwn(elementLoaders, name);
