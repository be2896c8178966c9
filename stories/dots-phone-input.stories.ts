import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dots-phone-input/define.ts';

const meta: Meta = { title: 'Building blocks/Phone input', component: 'dots-phone-input' };
export default meta;

export const Default: StoryObj = {
  render: () => html`<dots-phone-input name="phone" required hint="common.phone.hint"></dots-phone-input>`,
};
export const Prefilled: StoryObj = {
  render: () => html`<dots-phone-input name="phone" value="+442079460958"></dots-phone-input>`,
};
export const LimitedCountries: StoryObj = {
  render: () => html`<dots-phone-input name="phone" lang="es" country="MX" .countries=${['US', 'MX', 'ES', 'CO', 'AR']}></dots-phone-input>`,
};
export const Invalid: StoryObj = {
  render: () => html`<dots-phone-input name="phone" national="12" submitted></dots-phone-input>`,
};
