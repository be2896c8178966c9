import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dots-button/define.ts';
import type { DotsButton } from '../src/components/dots-button/dots-button.ts';

const meta: Meta = { title: 'Building blocks/Button', component: 'dots-button' };
export default meta;

export const Primary: StoryObj = { render: () => html`<dots-button>Continue</dots-button>` };
export const Secondary: StoryObj = { render: () => html`<dots-button variant="secondary">Back</dots-button>` };
export const Link: StoryObj = { render: () => html`<dots-button variant="link">Send a new code</dots-button>` };
export const Busy: StoryObj = { render: () => html`<dots-button busy>Continue</dots-button>` };
/** Press it: it is busy for two seconds and ignores further presses meanwhile. */
export const PressToSubmit: StoryObj = {
  render: () => {
    let presses = 0;
    const onClick = (e: Event) => {
      const b = e.currentTarget as DotsButton;
      presses++;
      b.busy = true;
      b.nextElementSibling!.textContent = `Accepted presses: ${presses}`;
      setTimeout(() => (b.busy = false), 2000);
    };
    return html`<dots-button @click=${onClick}>Continue</dots-button><p>Accepted presses: 0</p>`;
  },
};
export const FullWidthDark: StoryObj = { render: () => html`<dots-button full-width theme="dark">Continue</dots-button>` };
