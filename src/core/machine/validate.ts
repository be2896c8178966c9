/** Runs a step's zod schema over its values and turns zod issues into i18n field errors. */
import type * as z from 'zod/mini';
import type { FieldErrors, MessageRef, ParamValue, StepDefinition, StepEnv, StepValues } from './types.ts';

/** Field name used for an issue that belongs to no field. */
export const FORM_FIELD = '_form';

/** Keys look like `namespace.key`; zod's own English sentences do not, and never reach the screen. */
const KEY = /^[a-z][\w-]*\.[\w.-]+$/i;
const FALLBACK_KEY = 'errors.format';

export type Validation = { ok: true; data: unknown; errors: FieldErrors } | { ok: false; errors: FieldErrors };

export function schemaOf<C>(step: StepDefinition<C>, env: StepEnv<C>): z.ZodMiniType | undefined {
  const s = step.schema;
  return typeof s === 'function' ? s(env) : s;
}

function paramsOf(issue: z.core.$ZodIssue): Record<string, ParamValue> | undefined {
  const out: Record<string, ParamValue> = {};
  const custom = (issue as { params?: Record<string, unknown> }).params;
  if (custom) {
    for (const [k, v] of Object.entries(custom)) {
      if (typeof v === 'string' || typeof v === 'number') out[k] = v;
      else if (v && typeof v === 'object' && 'money' in v && 'currency' in v) out[k] = v as ParamValue;
    }
  }
  if (issue.code === 'too_small' && typeof issue.minimum === 'number') out['min'] ??= issue.minimum;
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') out['max'] ??= issue.maximum;
  return Object.keys(out).length ? out : undefined;
}

export function issueToMessage(issue: z.core.$ZodIssue): MessageRef {
  const key = KEY.test(issue.message) ? issue.message : FALLBACK_KEY;
  const params = paramsOf(issue);
  return params ? { key, params } : { key };
}

/** Validates one step. The first issue per field wins: it is the most basic one (required before format). */
export function validateStep<C>(step: StepDefinition<C>, env: StepEnv<C>, values: StepValues): Validation {
  const schema = schemaOf(step, env);
  if (!schema) return { ok: true, data: values, errors: {} };
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : FORM_FIELD;
    if (!errors[field]) errors[field] = issueToMessage(issue);
  }
  return { ok: false, errors };
}
