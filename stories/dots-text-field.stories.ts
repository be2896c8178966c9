import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/dots-text-field/define.ts';

type Args = { label: string; hint: string; value: string; error: string; required: boolean; submitted: boolean; lang: string; theme: string };

const meta: Meta<Args> = {
  title: 'Building blocks/Text field',
  component: 'dots-text-field',
  args: { label: 'First name', hint: 'As it appears on your ID', value: '', error: '', required: true, submitted: false, lang: 'en', theme: '' },
  argTypes: {
    lang: { control: 'select', options: ['en', 'es', 'fr', 'pt-BR', 'ar'] },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
  },
  render: (a) => html`<dots-text-field
    name="first_name"
    autocomplete="given-name"
    label=${a.label}
    hint=${a.hint}
    .value=${a.value}
    .error=${a.error || null}
    ?required=${a.required}
    ?submitted=${a.submitted}
    lang=${a.lang}
    theme=${ifDefined(a.theme || undefined)}
  ></dots-text-field>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Invalid: Story = { args: { value: 'x', error: 'errors.first_name.required', submitted: true } };
export const Optional: Story = { args: { required: false, label: 'Middle name', hint: '' } };
export const Email: Story = {
  render: () => html`<dots-text-field name="email" type="email" autocomplete="email" label="Email" hint="We send receipts here" required></dots-text-field>`,
};
export const Arabic: Story = { args: { lang: 'ar', label: 'common.phone.label', hint: 'common.phone.hint' } };
export const Dark: Story = { args: { theme: 'dark', error: 'errors.required', submitted: true } };
