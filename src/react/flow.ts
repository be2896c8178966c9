import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers the element (and what it renders) when a wrapper of this module is used: a bundler
// that skips the side-effect-free index still keeps it, and an app gets only what it uses.
import '../components/flow/define.ts';
import { DotsFlow as DotsFlowElement } from '../components/flow/flow.ts';
import { flowEvents } from './events.ts';

/** `<dots-flow>`: runs any list of Dots steps (`steps={['compliance', 'manage-payouts']}`). */
export const DotsFlow = createComponent({
  react: React,
  tagName: 'dots-flow',
  elementClass: DotsFlowElement,
  events: flowEvents,
  displayName: 'DotsFlow',
});
