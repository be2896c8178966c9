/**
 * Storybook 10 for the web components: every story under stories/, docs pages generated from the
 * custom elements manifest (JSDoc in src/components), the accessibility addon, and a toolbar for
 * locale, theme and text direction (preview.ts). Runs offline: telemetry off.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { customElementsManifestPlugin } from './cem-plugin.ts';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // The root vite.config.ts builds the library (lib mode); Storybook gets a plain app config.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    return { ...config, plugins: [...(config.plugins ?? []), customElementsManifestPlugin()] };
  },
};

export default config;
