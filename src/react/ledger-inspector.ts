import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers the element (and what it renders) when a wrapper of this module is used: a bundler
// that skips the side-effect-free index still keeps it, and an app gets only what it uses.
import '../components/ledger-inspector/define.ts';
import { DotsLedgerInspector as DotsLedgerInspectorElement } from '../components/ledger-inspector/ledger-inspector.ts';
import { inspectorEvents } from './events.ts';

/** The mock ledger's console, for demos and developers. */
export const DotsLedgerInspector = createComponent({
  react: React,
  tagName: 'dots-ledger-inspector',
  elementClass: DotsLedgerInspectorElement,
  events: inspectorEvents,
  displayName: 'DotsLedgerInspector',
});
