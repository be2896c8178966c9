import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers the elements. Each wrapper module imports it, so a bundler that skips the index
// (tree-shaking a side-effect-free barrel) still keeps the registration with the wrapper.
import '../define.ts';
import { DotsFlow as DotsFlowElement } from '../components/flow/flow.ts';
import { DotsOnboardingFlow as DotsOnboardingFlowElement } from '../components/onboarding-flow/onboarding-flow.ts';
import { DotsPayoutClaimFlow as DotsPayoutClaimFlowElement } from '../components/payout-claim-flow/payout-claim-flow.ts';
import { claimFlowEvents, flowEvents } from './events.ts';

/** `<dots-flow>`: runs any list of Dots steps (`steps={['compliance', 'manage-payouts']}`). */
export const DotsFlow = createComponent({
  react: React,
  tagName: 'dots-flow',
  elementClass: DotsFlowElement,
  events: flowEvents,
  displayName: 'DotsFlow',
});

/** `<dots-onboarding-flow>`: sign-in, tax form and payout method. */
export const DotsOnboardingFlow = createComponent({
  react: React,
  tagName: 'dots-onboarding-flow',
  elementClass: DotsOnboardingFlowElement,
  events: flowEvents,
  displayName: 'DotsOnboardingFlow',
});

/** `<dots-payout-claim-flow>`: claims a payout link (`link`, or `linkFromUrl`). */
export const DotsPayoutClaimFlow = createComponent({
  react: React,
  tagName: 'dots-payout-claim-flow',
  elementClass: DotsPayoutClaimFlowElement,
  events: claimFlowEvents,
  displayName: 'DotsPayoutClaimFlow',
});
