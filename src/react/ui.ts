import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers the element (and what it renders) when a wrapper of this module is used: a bundler
// that skips the side-effect-free index still keeps it, and an app gets only what it uses.
import '../components/dots-button/define.ts';
import '../components/dots-stepper/define.ts';
import '../components/dots-error-summary/define.ts';
import '../components/dots-live-region/define.ts';
import '../components/dots-alert/define.ts';
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
