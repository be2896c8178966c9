import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers the element (and what it renders) when a wrapper of this module is used: a bundler
// that skips the side-effect-free index still keeps it, and an app gets only what it uses.
import '../components/dots-transfer-lifecycle/define.ts';
import '../components/transfers/define.ts';
import '../components/transfer-detail/define.ts';
import '../components/status-badge/define.ts';
import { DotsTransferLifecycle as DotsTransferLifecycleElement } from '../components/dots-transfer-lifecycle/dots-transfer-lifecycle.ts';
import { DotsTransfers as DotsTransfersElement } from '../components/transfers/transfers.ts';
import { DotsTransferDetail as DotsTransferDetailElement } from '../components/transfer-detail/transfer-detail.ts';
import { DotsStatusBadge as DotsStatusBadgeElement } from '../components/status-badge/status-badge.ts';
import { transfersEvents } from './events.ts';

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
