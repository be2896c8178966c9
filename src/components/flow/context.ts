/**
 * The adapter as a @lit/context value: an ancestor provides it once and every flow below uses it,
 * so a page with several flows configures the backend in one place.
 */
import { createContext, ContextProvider } from '@lit/context';
import type { BackendAdapter } from '../../adapters/types.ts';

export const adapterContext = createContext<BackendAdapter | undefined>(Symbol.for('dots-flows:adapter'));

/**
 * Provides `adapter` to every dots flow inside `host` (any element, e.g. `document.body`).
 * Returns the provider; `provider.setValue(other)` switches the backend for all of them.
 */
export function provideAdapter(host: HTMLElement, adapter: BackendAdapter): ContextProvider<typeof adapterContext> {
  return new ContextProvider(host, { context: adapterContext, initialValue: adapter });
}
