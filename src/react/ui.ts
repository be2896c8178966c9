import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers the elements. Each wrapper module imports it, so a bundler that skips the index
// (tree-shaking a side-effect-free barrel) still keeps the registration with the wrapper.
import '../define.ts';
import { DotsButton as DotsButtonElement } from '../components/dots-button/dots-button.ts';
import { DotsStepper as DotsStepperElement } from '../components/dots-stepper/dots-stepper.ts';
import { DotsErrorSummary as DotsErrorSummaryElement } from '../components/dots-error-summary/dots-error-summary.ts';
import { DotsLiveRegion as DotsLiveRegionElement } from '../components/dots-live-region/dots-live-region.ts';
import { DotsAlert as DotsAlertElement } from '../components/dots-alert/dots-alert.ts';
import { alertEvents, errorSummaryEvents } from './events.ts';

/** Clicks arrive as React's own `onClick`. */
export const DotsButton = createComponent({
  react: React,
  tagName: 'dots-button',
  elementClass: DotsButtonElement,
  displayName: 'DotsButton',
});

export const DotsStepper = createComponent({
  react: React,
  tagName: 'dots-stepper',
  elementClass: DotsStepperElement,
  displayName: 'DotsStepper',
});

export const DotsErrorSummary = createComponent({
  react: React,
  tagName: 'dots-error-summary',
  elementClass: DotsErrorSummaryElement,
  events: errorSummaryEvents,
  displayName: 'DotsErrorSummary',
});

export const DotsLiveRegion = createComponent({
  react: React,
  tagName: 'dots-live-region',
  elementClass: DotsLiveRegionElement,
  displayName: 'DotsLiveRegion',
});

export const DotsAlert = createComponent({
  react: React,
  tagName: 'dots-alert',
  elementClass: DotsAlertElement,
  events: alertEvents,
  displayName: 'DotsAlert',
});
