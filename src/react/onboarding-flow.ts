import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers the element (and what it renders) when a wrapper of this module is used: a bundler
// that skips the side-effect-free index still keeps it, and an app gets only what it uses.
import '../components/onboarding-flow/define.ts';
import { DotsOnboardingFlow as DotsOnboardingFlowElement } from '../components/onboarding-flow/onboarding-flow.ts';
import { flowEvents } from './events.ts';

/** `<dots-onboarding-flow>`: sign-in, tax form and payout method. */
export const DotsOnboardingFlow = createComponent({
  react: React,
  tagName: 'dots-onboarding-flow',
  elementClass: DotsOnboardingFlowElement,
  events: flowEvents,
  displayName: 'DotsOnboardingFlow',
});
