import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dots-checkbox/define.ts';

const meta: Meta = { title: 'Building blocks/Checkbox', component: 'dots-checkbox' };
export default meta;

export const Default: StoryObj = {
  render: () => html`<dots-checkbox name="certify" label="I certify that the information above is correct" required></dots-checkbox>`,
};
export const WithLink: StoryObj = {
  render: () => html`<dots-checkbox name="terms" label="I agree to the" required>
    <a slot="label" href="#terms">terms of service</a>
  </dots-checkbox>`,
};
export const Invalid: StoryObj = {
  render: () => html`<dots-checkbox name="certify" label="I certify" hint="Required by the IRS" required submitted .error=${'errors.checkbox.required'}></dots-checkbox>`,
};
