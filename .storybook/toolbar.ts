/**
 * The toolbar's locale, theme and direction, applied as attributes on one element wrapping each
 * story: `lang` (the elements' localize controller reads the closest one), `dir`, and `theme`
 * (preview.css maps it to --dots-color-scheme, which every element's tokens follow).
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

export const LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'es', title: 'Español' },
  { value: 'fr', title: 'Français' },
  { value: 'pt-BR', title: 'Português (Brasil)' },
  { value: 'ar', title: 'العربية (RTL)' },
] as const;

const RTL = new Set(['ar']);

export type Direction = 'ltr' | 'rtl';

/** `auto` follows the locale (Arabic right to left); `ltr` and `rtl` force one. */
export function directionFor(locale: string, dir: string | undefined): Direction {
  if (dir === 'ltr' || dir === 'rtl') return dir;
  return RTL.has(locale.split('-')[0]!) ? 'rtl' : 'ltr';
}

export const globalTypes = {
  locale: {
    description: 'Locale of the elements',
    toolbar: { title: 'Locale', icon: 'globe', items: [...LOCALES], dynamicTitle: true },
  },
  theme: {
    description: 'Colour theme',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
      ],
      dynamicTitle: true,
    },
  },
  dir: {
    description: 'Text direction',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'auto', title: 'Direction from locale' },
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals = { locale: 'en', theme: 'light', dir: 'auto' };

export const withStoryRoot: Decorator = (story, { globals }) => {
  const locale = String(globals['locale'] ?? 'en');
  const theme = globals['theme'] === 'dark' ? 'dark' : 'light';
  const dir = directionFor(locale, globals['dir'] as string | undefined);
  return html`<div class="dots-story-root" lang=${locale} dir=${dir} theme=${theme}>${story()}</div>`;
};
