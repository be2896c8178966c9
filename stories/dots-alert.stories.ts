import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dots-alert/define.ts';

const meta: Meta = { title: 'Building blocks/Alert', component: 'dots-alert' };
export default meta;

export const NetworkError: StoryObj = {
  render: () => html`<dots-alert .error=${{ code: 'network', message: 'fetch failed', retryable: true }} @dots-retry=${() => console.log('retry')}></dots-alert>`,
};
export const Retrying: StoryObj = {
  render: () => html`<dots-alert busy .error=${{ code: 'timeout', retryable: true }}></dots-alert>`,
};
export const NotRetryable: StoryObj = {
  render: () => html`<dots-alert .error=${{ code: 'link_claimed', retryable: false }}></dots-alert>`,
};
export const Variants: StoryObj = {
  render: () => html`
    <dots-alert variant="success" message="common.done"></dots-alert>
    <dots-alert variant="warning" message="errors.backend.rate_limited" dismissible></dots-alert>
    <dots-alert variant="info" message="common.phone.hint"></dots-alert>
  `,
};
export const SpanishDark: StoryObj = {
  render: () => html`<dots-alert lang="es" theme="dark" .error=${{ code: 'server', retryable: true }}></dots-alert>`,
};
