/**
 * The checks every adapter makes at its edge: inputs through the zod input schemas (a failure is
 * a `validation` DotsError naming the field), outputs through the record schemas (a failure is
 * `bad_response`: the backend broke the contract), and AbortSignal handling.
 */
import '../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';
import { DotsError, isDotsError } from '../core/ledger/errors.ts';
import { IdInput } from './types.ts';

/** `a.b.0.c` from a zod issue path, the way flows name nested fields. */
export function fieldOf(path: readonly PropertyKey[]): string | undefined {
  return path.length ? path.map(String).join('.') : undefined;
}

/** `string`, `number`, `null`, `array`, ...: the kind of a value, never the value (it may be PII). */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
  return typeof v;
}

const SIZE_UNIT: Record<string, string> = { string: ' characters', array: ' items', set: ' items', file: ' bytes' };

const oneOf = (values: readonly unknown[]) =>
  values.length === 1 ? `expected ${JSON.stringify(values[0])}` : `expected one of ${values.map((v) => JSON.stringify(v)).join(' | ')}`;

/**
 * A union no option accepted. Each option's issues already carry `issueText` texts. When every
 * option refused the value's type: `expected number or string, received boolean`. When one got
 * past the type and failed a rule, its issue is the useful one (`"15.00"` as cents: the integer
 * pattern), with its path inside the value.
 */
function unionText(issue: { errors?: readonly (readonly z.core.$ZodIssue[])[]; options?: readonly unknown[]; input?: unknown }): string {
  if (issue.options?.length) return oneOf(issue.options); // a discriminated union: the discriminator's values
  const branches = (issue.errors ?? []).filter((b) => b.length > 0);
  if (branches.length === 0) return 'matches none of the allowed shapes';
  const typeOnly = (b: readonly z.core.$ZodIssue[]) => b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0;
  const closer = branches.find((b) => !typeOnly(b));
  if (!closer) {
    const expected = [...new Set(branches.map((b) => (b[0] as z.core.$ZodIssueInvalidType).expected))];
    return `expected ${expected.join(' or ')}, received ${kindOf(issue.input)}`;
  }
  const first = closer[0]!;
  const at = fieldOf(first.path);
  return at ? `${at}: ${first.message}` : first.message;
}

/**
 * The text of a zod issue for a developer (`expected number, received string`), built from its
 * code, expected type and bounds. zod/mini ships no English messages, so this error map is passed
 * to every parse at the adapter edge; a message a schema sets itself (`'An id cannot be empty.'`,
 * an `errors.xxx` key) still wins, since zod asks the schema's own map first.
 */
export const issueText: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${kindOf(issue.input)}`;
    case 'invalid_value':
      return oneOf(issue.values);
    case 'invalid_format': {
      const f = issue as z.core.$ZodIssueInvalidStringFormat & { prefix?: string; suffix?: string; includes?: string };
      if (f.format === 'regex' && f.pattern) return `expected a string matching ${f.pattern}`;
      if (f.format === 'starts_with') return `expected a string starting with ${JSON.stringify(f.prefix)}`;
      if (f.format === 'ends_with') return `expected a string ending with ${JSON.stringify(f.suffix)}`;
      if (f.format === 'includes') return `expected a string including ${JSON.stringify(f.includes)}`;
      return `expected a valid ${f.format}`;
    }
    case 'too_small': {
      const unit = SIZE_UNIT[issue.origin] ?? '';
      if (issue.exact) return `expected exactly ${issue.minimum}${unit}`;
      return unit
        ? `expected at least ${issue.minimum}${unit}`
        : `expected ${issue.origin} ${issue.inclusive === false ? '>' : '>='} ${issue.minimum}`;
    }
    case 'too_big': {
      const unit = SIZE_UNIT[issue.origin] ?? '';
      if (issue.exact) return `expected exactly ${issue.maximum}${unit}`;
      return unit
        ? `expected at most ${issue.maximum}${unit}`
        : `expected ${issue.origin} ${issue.inclusive === false ? '<' : '<='} ${issue.maximum}`;
    }
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `unrecognized key${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return unionText(issue);
    case 'invalid_key':
      return `invalid key in ${issue.origin}`;
    case 'invalid_element':
      return `invalid value in ${issue.origin}`;
    default:
      return 'invalid input';
  }
};

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
