/**
 * The checks every adapter makes at its edge: inputs through the zod input schemas (a failure is
 * a `validation` DotsError naming the field), outputs through the record schemas (a failure is
 * `bad_response`: the backend broke the contract), and AbortSignal handling.
 */
import '../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';
import { DotsError, isDotsError } from '../core/ledger/errors.ts';
import { IdInput } from './types.ts';
import { fieldOf, issueText } from '../core/validation/issue-text.ts';

export { fieldOf, issueText };


/** `safeParse` with the developer texts of `issueText`; works on zod/mini and classic schemas alike. */
export function safeParseWithText<S extends z.core.$ZodType>(schema: S, value: unknown): z.core.util.SafeParseResult<z.output<S>> {
  return z.safeParse(schema, value, { error: issueText });
}

/** `field: text` for the first issue of a failed parse (`data.amount: expected number, received string`). */
export function firstIssue(error: z.core.$ZodError): { field: string | undefined; text: string } {
  const issue = error.issues[0]!;
  return { field: fieldOf(issue.path), text: issue.message };
}

export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown): z.output<S> {
  const r = safeParseWithText(schema, input);
  if (r.success) return r.data;
  const { field, text } = firstIssue(r.error);
  return throwError(new DotsError('validation', field ? `${field}: ${text}` : text, { field }));
}

/** A bare id argument (`getUser(id)`): checked like the ids inside inputs, named as `field`. */
export function parseId(value: unknown, field: string): string {
  const r = safeParseWithText(IdInput, value);
  if (r.success) return r.data;
  return throwError(new DotsError('validation', `${field}: ${firstIssue(r.error).text}`, { field }));
}

export function parseOutput<S extends z.core.$ZodType>(schema: S, output: unknown, what: string): z.output<S> {
  const r = safeParseWithText(schema, output);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const at = fieldOf(issue.path);
  throw new DotsError('bad_response', `${what} does not match the contract${at ? ` at ${at}` : ''}: ${issue.message}`);
}

function throwError(e: DotsError): never {
  throw e;
}

export function abortedError(signal?: AbortSignal): DotsError {
  const reason = signal?.reason;
  if (isDotsError(reason)) return reason;
  return new DotsError('aborted', 'The request was aborted.', { cause: reason });
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortedError(signal);
}

/** Resolves after `ms`, or rejects with `aborted` as soon as the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Races `work` against the signal: the caller gets `aborted` at once even if the work cannot stop. */
export function abortable<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(abortedError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** Anything thrown that is not a DotsError becomes one, so callers only ever see typed errors. */
export function toDotsError(e: unknown): DotsError {
  if (isDotsError(e)) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new DotsError('server', message || 'Unexpected failure.', { cause: e });
}
