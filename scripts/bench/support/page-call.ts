/** Typed calls into a bench page's `window.bench` object. */
import type { Page } from 'playwright-core';

type Fn = (...args: never[]) => unknown;

export function caller<Api extends Record<string, Fn>>(page: Page) {
  return <K extends keyof Api & string>(name: K, ...args: Parameters<Api[K]>): Promise<Awaited<ReturnType<Api[K]>>> =>
    // An anonymous arrow: serialised into the page as it is (no helper references from the TS loader).
    page.evaluate(([n, a]) => (window as unknown as { bench: Record<string, (...x: unknown[]) => unknown> }).bench[n]!(...a), [name, args] as [string, unknown[]]) as never;
}
