import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dots-error-summary/define.ts';
import '../src/components/dots-text-field/define.ts';

const meta: Meta = { title: 'Building blocks/Error summary', component: 'dots-error-summary' };
export default meta;

export const WithFields: StoryObj = {
  render: () => html`
    <dots-error-summary
      .errors=${[
        { target: 'routing', message: 'errors.routing_number.checksum' },
        { target: 'account', message: 'errors.account_number.required' },
      ]}
    ></dots-error-summary>
    <dots-text-field id="routing" name="routing_number" label="Routing number" value="123456789" submitted .error=${'errors.routing_number.checksum'}></dots-text-field>
    <dots-text-field id="account" name="account_number" label="Account number" required submitted .error=${'errors.account_number.required'}></dots-text-field>
  `,
};
export const OneProblemFrench: StoryObj = {
  render: () => html`<dots-error-summary lang="fr" .errors=${[{ message: 'errors.email.format' }]}></dots-error-summary>`,
};
export const Arabic: StoryObj = {
  render: () => html`<dots-error-summary lang="ar" .errors=${[{ message: 'errors.required' }, { message: 'errors.iban.checksum' }, { message: 'errors.bic.format' }]}></dots-error-summary>`,
};
