import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dots-select/define.ts';

const options = [
  { value: 'individual', label: 'Individual' },
  { value: 'business', label: 'Business' },
];

const meta: Meta = {
  title: 'Building blocks/Select',
  component: 'dots-select',
};
export default meta;

export const Default: StoryObj = {
  render: () => html`<dots-select name="kind" label="Account type" required .options=${options}></dots-select>`,
};
export const Invalid: StoryObj = {
  render: () => html`<dots-select name="kind" label="Account type" required submitted .error=${'errors.select.required'} .options=${options}></dots-select>`,
};
export const Spanish: StoryObj = {
  render: () => html`<dots-select lang="es" name="kind" label="Tipo de cuenta" .options=${options}></dots-select>`,
};
