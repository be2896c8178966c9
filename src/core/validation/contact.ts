/** Cash App cashtags and email addresses. */
import '../../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';
import { fail, guard, ok, type Check } from './result.ts';

const INVISIBLES = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/**
 * `$cashtag`: a letter then up to 19 letters, digits or underscores. The `$` is added when a
 * person leaves it out (full-width `＄` counts). Value keeps the person's casing.
 */
export function checkCashTag(s: string): Check {
  const g = guard(s, 64);
  if (!g.ok) return g;
  let tag = g.value.replace(INVISIBLES, '').trim().replace(/^\uff04/, '$');
  if (!tag.startsWith('$')) tag = `$${tag}`;
  if (tag.length === 1) return fail('required');
  if (tag.length > 21) return fail('length');
  return /^\$[A-Za-z][A-Za-z0-9_]*$/.test(tag) ? ok(tag) : fail('format');
}

const Email = z.email();

/** Email via zod's `z.email()`; value is trimmed, with the domain in lower case. */
export function checkEmail(s: string): Check {
  const g = guard(s);
  if (!g.ok) return g;
  const email = g.value.replace(INVISIBLES, '').trim();
  if (email.length > 254) return fail('too_long');
  if (!Email.safeParse(email).success) return fail('format');
  const at = email.lastIndexOf('@');
  return ok(email.slice(0, at) + email.slice(at).toLowerCase());
}
