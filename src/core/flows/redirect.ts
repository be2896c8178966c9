/**
 * `redirect`: the last step sends the person to the host's URL, after a countdown or when they
 * press Continue. Only http and https URLs are ever followed (never `javascript:` or `data:`);
 * with anything else the flow finishes where it is.
 */
import type { StepDefinition } from '../machine/types.ts';
import type { DotsContext } from './context.ts';
import { form } from './form.ts';

/** The URL, normalised, when it is absolute http(s) without credentials; otherwise null. */
export function safeRedirectUrl(url: unknown): string | null {
  if (typeof url !== 'string' || !url.trim()) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (u.username || u.password) return null;
  return u.href;
}

export const redirectStep: StepDefinition<DotsContext> = {
  id: 'redirect',
  title: 'redirect.title',
  label: 'redirect.label',
  initial: () => ({}),
  // An unsafe or missing URL never blocks the person: the flow finishes without navigating.
  schema: ({ context }) => form(() => ({ url: safeRedirectUrl(context.redirectUrl) })),
  summary: ({ context }) => ({ url: safeRedirectUrl(context.redirectUrl) }),
};
