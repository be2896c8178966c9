/**
 * `redirect`: the last step sends the person to the host's URL, after a countdown or when they
 * press Continue. Only http and https URLs are ever followed (never `javascript:` or `data:`);
 * with anything else the flow finishes where it is.
 */
import type { StepDefinition } from '../machine/types.ts';
import type { DotsContext } from './context.ts';
import { form } from './form.ts';
import { safeRedirectUrl } from './safe-redirect.ts';
import { redirectHead } from './step-heads.ts';

export { safeRedirectUrl };

export const redirectStep: StepDefinition<DotsContext> = {
  ...redirectHead,
  // An unsafe or missing URL never blocks the person: the flow finishes without navigating.
  schema: ({ context }) => form(() => ({ url: safeRedirectUrl(context.redirectUrl) })),
  summary: ({ context }) => ({ url: safeRedirectUrl(context.redirectUrl) }),
};
