import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers the element (and what it renders) when a wrapper of this module is used: a bundler
// that skips the side-effect-free index still keeps it, and an app gets only what it uses.
import '../components/payout-claim-flow/define.ts';
import { DotsPayoutClaimFlow as DotsPayoutClaimFlowElement } from '../components/payout-claim-flow/payout-claim-flow.ts';
import { claimFlowEvents } from './events.ts';

/** `<dots-payout-claim-flow>`: claims a payout link (`link`, or `linkFromUrl`). */
export const DotsPayoutClaimFlow = createComponent({
  react: React,
  tagName: 'dots-payout-claim-flow',
  elementClass: DotsPayoutClaimFlowElement,
  events: claimFlowEvents,
  displayName: 'DotsPayoutClaimFlow',
});
