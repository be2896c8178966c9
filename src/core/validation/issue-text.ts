/**
 * Developer-facing texts for zod issues, shared by the adapters' edge and the mock ledger. zod/mini
 * ships no English messages (every default is "Invalid input"), so the text comes from the issue's
 * code, expected type and bounds. Never the value itself: it may be personal data.
 */
import type * as z from 'zod/mini';

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
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
      const unit = SIZE_UNIT[issue.origin] ?? '';
      if (issue.exact) return `expected exactly ${limit}${unit}`;
      if (unit) return `expected ${small ? 'at least' : 'at most'} ${limit}${unit}`;
      const strict = issue.inclusive === false;
      return `expected ${issue.origin} ${small ? (strict ? '>' : '>=') : strict ? '<' : '<='} ${limit}`;
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
