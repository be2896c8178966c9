import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers the elements. Each wrapper module imports it, so a bundler that skips the index
// (tree-shaking a side-effect-free barrel) still keeps the registration with the wrapper.
import '../define.ts';
import { DotsTransferLifecycle as DotsTransferLifecycleElement } from '../components/dots-transfer-lifecycle/dots-transfer-lifecycle.ts';
import { DotsTransfers as DotsTransfersElement } from '../components/transfers/transfers.ts';
import { DotsTransferDetail as DotsTransferDetailElement } from '../components/transfer-detail/transfer-detail.ts';
import { DotsStatusBadge as DotsStatusBadgeElement } from '../components/status-badge/status-badge.ts';
import { DotsLedgerInspector as DotsLedgerInspectorElement } from '../components/ledger-inspector/ledger-inspector.ts';
import { inspectorEvents, transfersEvents } from './events.ts';

export const DotsTransferLifecycle = createComponent({
  react: React,
  tagName: 'dots-transfer-lifecycle',
  elementClass: DotsTransferLifecycleElement,
  displayName: 'DotsTransferLifecycle',
});

export const DotsTransfers = createComponent({
  react: React,
  tagName: 'dots-transfers',
  elementClass: DotsTransfersElement,
  events: transfersEvents,
  displayName: 'DotsTransfers',
});

export const DotsTransferDetail = createComponent({
  react: React,
  tagName: 'dots-transfer-detail',
  elementClass: DotsTransferDetailElement,
  displayName: 'DotsTransferDetail',
});

export const DotsStatusBadge = createComponent({
  react: React,
  tagName: 'dots-status-badge',
  elementClass: DotsStatusBadgeElement,
  displayName: 'DotsStatusBadge',
});

/** The mock ledger's console, for demos and developers. */
export const DotsLedgerInspector = createComponent({
  react: React,
  tagName: 'dots-ledger-inspector',
  elementClass: DotsLedgerInspectorElement,
  events: inspectorEvents,
  displayName: 'DotsLedgerInspector',
});
