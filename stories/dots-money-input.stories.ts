import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dots-money-input/define.ts';

type Args = { value: number | null; currency: string; lang: string; min?: number; max?: number };

const meta: Meta<Args> = {
  title: 'Building blocks/Money input',
  component: 'dots-money-input',
  args: { value: 12345, currency: 'USD', lang: 'en-US' },
  argTypes: {
    lang: { control: 'select', options: ['en-US', 'es', 'fr', 'pt-BR', 'ar'] },
    currency: { control: 'select', options: ['USD', 'EUR', 'BRL', 'JPY'] },
  },
  render: (a) => html`<dots-money-input
    name="amount"
    lang=${a.lang}
    currency=${a.currency}
    .value=${a.value}
    .min=${a.min}
    .max=${a.max}
    required
    @dots-input=${(e: CustomEvent) => console.log('dots-input', e.detail)}
  ></dots-money-input>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Dollars: Story = {};
export const Empty: Story = { args: { value: null } };
export const FrenchEuros: Story = { args: { lang: 'fr', currency: 'EUR', value: 123456 } };
export const WithLimits: Story = { args: { value: null, min: 100, max: 50000 } };
export const Arabic: Story = { args: { lang: 'ar', value: 2500 } };
export const Invalid: Story = {
  render: () => html`<dots-money-input name="amount" lang="en" submitted .error=${{ key: 'errors.amount.over_balance', params: { balance: '$12.00' } }}></dots-money-input>`,
};
