/** Boundary checks: zod and validation-module failures become DotsError `validation`. */
import '../../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';
import { DotsError } from './errors.ts';
import type { Check, Reason } from '../validation/index.ts';
import { issueText } from '../validation/issue-text.ts';

export function parse<S extends z.core.$ZodType>(schema: S, input: unknown, what = 'input'): z.infer<S> {
  const r = z.safeParse(schema, input, { error: issueText }); // the function form takes classic and mini schemas alike
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  // A scalar input has no path: name it by what it is.
  const field = issue?.path.length ? issue.path.join('.') : what !== 'input' ? what : undefined;
  const message = `Invalid ${what}${field ? ` (${field})` : ''}: ${issue ? issue.message : 'bad value'}`;
  throw new DotsError('validation', message, field ? { field } : {});
}

const REASON_TEXT: Record<Reason, string> = {
  required: 'is required',
  format: 'has an invalid format',
  checksum: 'fails its checksum',
  length: 'has the wrong length',
  country: 'has an unknown or unsupported country',
  invalid: 'is not a valid value',
  future: 'is in the future',
  under_age: 'is under the minimum age',
  too_long: 'is too long',
};

/** Unwrap a validation-module check or throw `validation` naming the field and the reason. */
export function must<T>(check: Check<T>, field: string): T {
  if (check.ok) return check.value;
  throw new DotsError('validation', `${field} ${REASON_TEXT[check.reason]} (${check.reason})`, { field });
}

/** Stable JSON (sorted keys) to compare request bodies for idempotency. */
export function fingerprint(op: string, body: unknown): string {
  return `${op}:${stable(body)}`;
}

function stable(v: unknown): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stable(x)}`).join(',')}}`;
}

export const clone = <T>(v: T): T => structuredClone(v);
