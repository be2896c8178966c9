import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dots-live-region/define.ts';
import '../src/components/dots-button/define.ts';
import type { DotsLiveRegion } from '../src/components/dots-live-region/dots-live-region.ts';

const meta: Meta = { title: 'Building blocks/Live region', component: 'dots-live-region' };
export default meta;

/** The region is visually hidden; a screen reader reads each announcement. */
export const Announce: StoryObj = {
  render: () => html`<dots-live-region id="live"></dots-live-region>
    <dots-button @click=${(e: Event) => ((e.currentTarget as HTMLElement).previousElementSibling as DotsLiveRegion).announce('Step 2 of 3: Tax form')}>
      Announce
    </dots-button>`,
};
