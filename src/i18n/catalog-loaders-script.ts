import type { Catalog } from './catalog-types.ts';
import type { Locale } from './types.ts';
import { loadSibling } from '../script-tag/sibling-script.ts';

/**
 * The script-tag bundle's catalog loaders (it cannot split, so vite.config.ts puts this module in
 * place of catalog-loaders.ts): each locale but English is a classic script next to the bundle,
 * `locales/<locale>.js`, written by the IIFE build (see ../script-tag/sibling-script.ts).
 */
export const catalogLoaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  es: () => loadSibling('locales/es'),
  fr: () => loadSibling('locales/fr'),
  'pt-BR': () => loadSibling('locales/pt-BR'),
  ar: () => loadSibling('locales/ar'),
};
