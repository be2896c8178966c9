import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dots-otp-input/define.ts';

const meta: Meta = { title: 'Building blocks/One-time code', component: 'dots-otp-input' };
export default meta;

export const Default: StoryObj = { render: () => html`<dots-otp-input name="code"></dots-otp-input>` };
export const Invalid: StoryObj = { render: () => html`<dots-otp-input name="code" value="12" submitted></dots-otp-input>` };
export const ServerRejected: StoryObj = {
  render: () => html`<dots-otp-input name="code" value="123456" submitted .error=${'errors.backend.code_invalid'}></dots-otp-input>`,
};
export const Portuguese: StoryObj = { render: () => html`<dots-otp-input lang="pt-BR" name="code"></dots-otp-input>` };
