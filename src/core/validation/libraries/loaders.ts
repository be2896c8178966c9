/**
 * How the validation libraries arrive: as lazy modules (a host's bundler makes each a chunk, and
 * so does the script-tag build: `dist/cdn/chunks/validation-phone-<hash>.js`, `validation-bank-…`).
 */
export const libraryLoaders = {
  phone: () => import('./phone.ts'),
  bank: () => import('./bank.ts'),
};
