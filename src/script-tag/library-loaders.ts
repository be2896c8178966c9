import type { libraryLoaders as Loaders } from '../core/validation/libraries/loaders.ts';
import { loadSibling } from './sibling-script.ts';

/**
 * The script-tag bundle's validation library loaders (vite.config.ts puts this module in place of
 * core/validation/libraries/loaders.ts): `libs/phone.js` and `libs/bank.js` beside the bundle.
 */
export const libraryLoaders: typeof Loaders = {
  phone: () => loadSibling('libs/phone'),
  bank: () => loadSibling('libs/bank'),
};
