import type { BackendAdapter } from '../../src/adapters/types.ts';

export type AdapterKind = 'mock' | 'http';
export type ThemeName = 'light' | 'dark';
export const LOCALES = ['en', 'es', 'fr', 'pt-BR', 'ar'] as const;
export type DemoLocale = (typeof LOCALES)[number];

/** What a section gets when it is mounted. */
export interface DemoContext {
  /** The library's API (`await window.DotsFlows.load()`). */
  readonly lib: DotsLib;
  /** The backend the flows on the page use; a new one after each adapter switch. */
  readonly adapter: BackendAdapter;
  readonly adapterKind: AdapterKind;
  /** Aborted when the section is unmounted (for example on an adapter switch): clean up on it. */
  readonly signal: AbortSignal;
  /** A line in the page's status area. */
  status(message: string, kind?: 'info' | 'error'): void;
}

/**
 * One part of the demo page. Add a module under demo/sections/ and list it in sections/index.ts.
 * `mount` fills `host` (a <div> under the section's heading) and may be async.
 */
export interface DemoSection {
  /** Also the fragment (`#onboarding`) and the `data-section` attribute e2e tests select by. */
  id: string;
  title: string;
  description?: string;
  mount(host: HTMLElement, ctx: DemoContext): void | Promise<void>;
}
