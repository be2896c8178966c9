import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.ts';
import type { DotsAppearance } from '../src/styles/appearance.ts';

const steps = [
  { id: 'signin', label: 'Sign in' },
  { id: 'compliance', label: 'Tax form' },
  { id: 'payouts', label: 'Payout method' },
];

const sample = (theme?: 'light' | 'dark', lang = 'en') => html`<div lang=${lang} style="display:grid;gap:0.5rem;max-inline-size:32rem">
  <dots-stepper theme=${ifDefined(theme)} .steps=${steps} .current=${1}></dots-stepper>
  <dots-text-field theme=${ifDefined(theme)} name="first_name" label="First name" required></dots-text-field>
  <dots-money-input theme=${ifDefined(theme)} name="amount" .value=${12345}></dots-money-input>
  <dots-phone-input theme=${ifDefined(theme)} name="phone" national="12" submitted></dots-phone-input>
  <dots-alert theme=${ifDefined(theme)} .error=${{ code: 'network', retryable: true }}></dots-alert>
  <div><dots-button theme=${ifDefined(theme)}>Continue</dots-button> <dots-button theme=${ifDefined(theme)} variant="secondary">Back</dots-button></div>
</div>`;

const meta: Meta = { title: 'Theming/Tokens and appearance' };
export default meta;

export const FollowsSystem: StoryObj = { render: () => sample() };
export const Light: StoryObj = { render: () => sample('light') };
export const Dark: StoryObj = { render: () => html`<div style="background:#111318;padding:1rem">${sample('dark')}</div>` };
export const RightToLeft: StoryObj = { render: () => sample(undefined, 'ar') };

const brand: DotsAppearance = {
  colorScheme: 'dark',
  backgroundColor: '#000000',
  surfaceColor: '#141821',
  textColor: '#ffffff',
  textSecondaryColor: '#c7c9d1',
  primaryColor: '#cb8fc6',
  onPrimaryColor: '#1a0d19',
  primaryHoverColor: '#dcb0d8',
  buttonBackgroundColor: '#cb8fc6',
  buttonTextColor: '#1a0d19',
  inputBackgroundColor: '#141a2b',
  inputBorderColor: '#cb8fc6',
  inputTextColor: '#ffffff',
  inputPlaceholderColor: '#a9abb5',
  errorColor: '#ff8a80',
  borderRadius: 10,
  fontFamily: "'Trebuchet MS', system-ui, sans-serif",
  spacing: '1.125rem',
};

/** A heavily customised theme set from JS with `appearance`, modelled on a dark brand. */
export const CustomBrand: StoryObj = {
  render: () => html`<div style="background:#000;padding:1.5rem">
    <div style="display:grid;gap:0.5rem;max-inline-size:32rem">
      <dots-stepper .appearance=${brand} .steps=${steps} .current=${0}></dots-stepper>
      <dots-phone-input .appearance=${brand} name="phone" required></dots-phone-input>
      <dots-button .appearance=${brand} full-width>Submit</dots-button>
    </div>
  </div>`,
};

/** The same brand with CSS custom properties on a wrapper: every nested element inherits them. */
export const CustomBrandWithCss: StoryObj = {
  render: () => html`<div
    style="background:#000;padding:1.5rem;--dots-color-scheme:dark;--dots-color-background:#000;--dots-color-text:#fff;--dots-color-primary:#cb8fc6;--dots-color-on-primary:#1a0d19;--dots-input-background:#141a2b;--dots-input-border:#cb8fc6;--dots-border-radius:10px;--dots-font-family:'Trebuchet MS',system-ui,sans-serif"
  >
    ${sample()}
  </div>`,
};
