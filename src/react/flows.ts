import * as React from 'react';
import { createComponent } from '@lit/react';
import { DotsFlow as DotsFlowElement } from '../components/flow/flow.ts';
import { DotsOnboardingFlow as DotsOnboardingFlowElement } from '../components/onboarding-flow/onboarding-flow.ts';
import { flowEvents } from './events.ts';

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
