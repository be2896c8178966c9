/**
 * The `appearance` object's module (its token map and zod schema) is downloaded only by pages
 * that pass one: elements wait for it before they render, as they wait for a catalog.
 */
import type * as Appearance from './appearance.ts';

let loaded: typeof Appearance | undefined;
let loading: Promise<typeof Appearance> | undefined;

/** The module, when it has arrived. */
export const appearanceModule = (): typeof Appearance | undefined => loaded;

/** Fetches the module once; a failed fetch is tried again on the next call. */
export function loadAppearance(): Promise<typeof Appearance> {
  loading ??= import('./appearance.ts').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
