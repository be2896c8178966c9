import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dots-transfer-lifecycle/define.ts';

const meta: Meta = { title: 'Transfers/Lifecycle diagram', component: 'dots-transfer-lifecycle' };
export default meta;

export const Table: StoryObj = { render: () => html`<dots-transfer-lifecycle show-text></dots-transfer-lifecycle>` };
export const Completed: StoryObj = {
  render: () => html`<dots-transfer-lifecycle
    show-text
    .transfer=${{ status: 'completed', status_history: [{ status: 'created' }, { status: 'pending' }, { status: 'completed' }] }}
  ></dots-transfer-lifecycle>`,
};
export const FlaggedThenFailed: StoryObj = {
  render: () => html`<dots-transfer-lifecycle status="failed" .history=${['created', 'flagged', 'pending']}></dots-transfer-lifecycle>`,
};
export const WaitingForReview: StoryObj = {
  render: () => html`<dots-transfer-lifecycle status="flagged" .history=${['created']}></dots-transfer-lifecycle>`,
};
export const ArabicDark: StoryObj = {
  render: () => html`<div style="background:#111318;padding:1rem">
    <dots-transfer-lifecycle lang="ar" theme="dark" show-text status="pending" .history=${['created']}></dots-transfer-lifecycle>
  </div>`,
};
