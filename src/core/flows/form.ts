/**
 * Step schemas are zod schemas over a step's flat values. Forms have rules across fields (the
 * phone depends on the chosen country, the tax id on its type), so each step's schema is one
 * zod transform that checks fields with the validation helpers and reports issues whose messages
 * are i18n keys: `errors.<kind>.<reason>` (see src/i18n errors namespace) or a step's own key.
 */
import '../../zod-jitless.ts'; // before any schema: no `new Function` probe under a strict CSP
import * as z from 'zod/mini';
import { loadValidationRules, ValidationRulesNotLoaded } from '../validation/libraries.ts';
import { type Check } from '../validation/result.ts';
import type { FieldValue, ParamValue } from '../machine/types.ts';

type Values = Record<string, FieldValue | undefined>;

/**
 * `errors.<kind>.<reason>` for the shared field kinds (`routing_number`, `email`...); a kind with a
 * namespace (`compliance.errors.city`) names a step's own message family instead.
 */
export const errorKey = (kind: string, reason: string): string => (kind.includes('.') ? `${kind}.${reason}` : `errors.${kind}.${reason}`);

/** Collects issues for one parse; every helper returns the clean value or undefined. */
export class FormCheck {
  readonly values: Values;
  readonly #ctx: z.core.ParsePayload<unknown>;
  #count = 0;

  constructor(values: Values, ctx: z.core.ParsePayload<unknown>) {
    this.values = values;
    this.#ctx = ctx;
  }

  get failed(): boolean {
    return this.#count > 0;
  }

  /** Raw text of a field ('' for anything that is not a string). */
  str(field: string): string {
    const v = this.values[field];
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
  }

  fail(field: string, message: string, params?: Record<string, ParamValue>): undefined {
    this.#count++;
    this.#ctx.issues.push({ code: 'custom', message, input: this.values[field], path: [field], ...(params ? { params } : {}) });
    return undefined;
  }

  /** Trimmed text; `required` when empty unless optional, `too_long` past max. */
  text(field: string, kind: string, opts: { max?: number; optional?: boolean } = {}): string | undefined {
    const value = this.str(field).trim();
    if (!value) return opts.optional ? '' : this.fail(field, errorKey(kind, 'required'), { reason: 'required' });
    if (value.length > (opts.max ?? 200)) return this.fail(field, errorKey(kind, 'too_long'), { reason: 'too_long', max: opts.max ?? 200 });
    return value;
  }

  /** Runs a validation helper; its reason becomes `errors.<kind>.<reason>`. */
  check<T>(field: string, kind: string, fn: (s: string) => Check<T>, opts: { optional?: boolean; params?: Record<string, ParamValue> } = {}): T | undefined {
    if (opts.optional && !this.str(field).trim()) return undefined;
    const r = fn(this.str(field));
    return r.ok ? r.value : this.fail(field, errorKey(kind, r.reason), { ...opts.params, reason: r.reason });
  }

  /** One of a fixed list of options. */
  choice<T extends string>(field: string, options: readonly T[], message = errorKey('select', 'required')): T | undefined {
    const v = this.str(field);
    return (options as readonly string[]).includes(v) ? (v as T) : this.fail(field, message, { reason: 'required' });
  }

  /** A box that must be ticked. */
  ticked(field: string, message = errorKey('checkbox', 'required')): true | undefined {
    return this.values[field] === true ? true : this.fail(field, message, { reason: 'required' });
  }
}

/**
 * A step schema: `build` reads the values through a FormCheck and returns the step's output
 * (what `submit` receives). Any reported issue makes the parse fail with those issues.
 */
export function form<T>(build: (f: FormCheck) => T): z.ZodMiniType<T> {
  return z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((values, ctx) => {
      const f = new FormCheck(values as Values, ctx);
      let out: T;
      try {
        out = build(f);
      } catch (e) {
        if (!(e instanceof ValidationRulesNotLoaded)) throw e;
        // Checked before the rules arrived (they load with the flow, so only if that load failed,
        // offline): say so, and try the load again for the next attempt.
        loadValidationRules().catch(() => undefined);
        ctx.issues.push({ code: 'custom', message: 'errors.rules_unavailable', input: values, path: [] });
        return z.NEVER;
      }
      return f.failed ? z.NEVER : out;
    }),
  ) as unknown as z.ZodMiniType<T>;
}
