/**
 * `redirect`: the last step sends the person to the host's URL, after a countdown or when they
 * press Continue. Only http and https URLs are ever followed (never `javascript:` or `data:`).
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
  schema: ({ context }) =>
    form((f) => {
      const url = safeRedirectUrl(context.redirectUrl);
      if (!url) return f.fail('url', 'redirect.errors.unsafe_url');
      return { url };
    }),
  summary: ({ context }) => ({ url: safeRedirectUrl(context.redirectUrl) }),
};
