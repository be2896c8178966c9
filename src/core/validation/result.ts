/**
 * The shape every check returns. A reason is a short stable code, not a sentence: the UI maps it
 * to an i18n message next to the field, the ledger maps it to a DotsError `validation`.
 */
export type Reason =
  | 'required' // empty after normalising
  | 'format' // wrong characters or shape
  | 'checksum' // right shape, check digits do not add up
  | 'length' // right characters, wrong count
  | 'country' // unknown or unsupported country
  | 'invalid' // right shape but cannot exist (IRS reserved ranges, 31 February, ...)
  | 'future' // a date after today
  | 'under_age' // younger than the minimum age
  | 'too_long'; // far beyond any legitimate value; refused before any parsing

export type Check<T = string> = { ok: true; value: T } | { ok: false; reason: Reason };

export const ok = <T>(value: T): Check<T> => ({ ok: true, value });
export const fail = <T = never>(reason: Reason): Check<T> => ({ ok: false, reason });

/**
 * Inputs longer than this are refused up front, so no regex or library ever sees megabytes of
 * pasted text. Generous: the longest legitimate value here (an email) is 254 characters.
 */
export const MAX_INPUT_LENGTH = 320;

/** Common guard: non-strings and blank strings are `required`, huge ones `too_long`. */
export function guard(input: unknown, max = MAX_INPUT_LENGTH): Check<string> {
  if (typeof input !== 'string') return fail('required');
  if (input.length > max) return fail('too_long');
  // invisible bidi and zero-width marks alone are as empty as spaces (normalising drops them)
  if (input.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu, '').trim() === '') return fail('required');
  return ok(input);
}
