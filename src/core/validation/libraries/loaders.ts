/**
 * How the validation libraries arrive: as lazy modules (a host's bundler makes each a chunk). The
 * script-tag bundle, which cannot split, swaps this module for loaders-script.ts (vite.config.ts).
 */
export const libraryLoaders = {
  phone: () => import('./phone.ts'),
  bank: () => import('./bank.ts'),
};
