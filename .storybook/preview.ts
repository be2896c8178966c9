import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from 'virtual:custom-elements-manifest';
import { globalTypes, initialGlobals, withStoryRoot } from './toolbar.ts';
import './preview.css';

// Controls and the docs tables (properties, attributes, events, slots, parts, CSS properties).
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  decorators: [withStoryRoot],
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // axe on every story; a violation fails the story in test runs
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
