import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dots-stepper/define.ts';

const steps = [
  { id: 'signin', label: 'Sign in' },
  { id: 'compliance', label: 'Tax form' },
  { id: 'manage-payouts', label: 'Payout method' },
  { id: 'payout', label: 'Withdraw' },
];

const meta: Meta<{ current: number }> = {
  title: 'Building blocks/Stepper',
  component: 'dots-stepper',
  args: { current: 1 },
  argTypes: { current: { control: { type: 'range', min: 0, max: 3 } } },
  render: (a) => html`<dots-stepper .steps=${steps} .current=${a.current}></dots-stepper>`,
};
export default meta;

export const Default: StoryObj<{ current: number }> = {};
export const Phone: StoryObj<{ current: number }> = {
  render: (a) => html`<div style="max-inline-size: 320px"><dots-stepper .steps=${steps} .current=${a.current}></dots-stepper></div>`,
};
export const Arabic: StoryObj<{ current: number }> = {
  render: (a) => html`<dots-stepper lang="ar" .steps=${[
    { id: 'a', label: 'common.phone.label' },
    { id: 'b', label: 'common.otp.label' },
    { id: 'c', label: 'common.money.label' },
  ]} .current=${Math.min(a.current, 2)}></dots-stepper>`,
};
