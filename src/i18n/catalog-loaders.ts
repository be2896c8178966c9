import type { Catalog } from './catalog-types.ts';
import type { Locale } from './types.ts';

/**
 * How each catalog but English arrives: as its own module, imported when an element first needs
 * that locale (a host's bundler makes each one a lazy chunk, and so does the script-tag build:
 * `dist/cdn/chunks/locale-<locale>-<hash>.js`).
 */
export const catalogLoaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  es: () => import('./locales/es/index.ts').then((m) => m.default),
  fr: () => import('./locales/fr/index.ts').then((m) => m.default),
  'pt-BR': () => import('./locales/pt-BR/index.ts').then((m) => m.default),
  ar: () => import('./locales/ar/index.ts').then((m) => m.default),
};
