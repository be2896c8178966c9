/**
 * Every validation function of the library behind one shape, so the catalog can be run against
 * all of them: each returns `{ ok: true, value }` or `{ ok: false, reason }`. `shape` is what an
 * accepted value must look like once normalised (no markup, no invisibles, no stray spaces).
 */
import {
  checkAccountNumber,
  checkBic,
  checkCashTag,
  checkDateOfBirth,
  checkEin,
  checkEmail,
  checkIban,
  checkIsoDate,
  checkPhone,
  checkRoutingNumber,
  checkSsn,
  parsePhone,
  type Check,
} from '../../src/core/validation/index.ts';
import { parseAmount } from '../../src/core/flows/money.ts';
import { safeRedirectUrl } from '../../src/core/flows/redirect.ts';
import { parseMoney } from '../../src/i18n/parse-money.ts';
import { CATALOG_TODAY, type CheckName } from './catalog.ts';

export type Outcome = { ok: true; value: string | number } | { ok: false; reason: string };

export interface CheckSpec {
  run(input: string | number): Outcome;
  /** what an accepted value looks like */
  shape: RegExp | ((v: string | number) => boolean);
  /** the reasons this check may give */
  reasons: readonly string[];
  /** Accepting the normalised value again gives the same value (normalising is idempotent). */
  stable: boolean;
}

const VALIDATION_REASONS = ['required', 'format', 'checksum', 'length', 'country', 'invalid', 'future', 'under_age', 'too_long'] as const;

const asText = (input: string | number): string => (typeof input === 'string' ? input : String(input));
const fromCheck = <T>(c: Check<T>, pick: (v: T) => string): Outcome => (c.ok ? { ok: true, value: pick(c.value) } : { ok: false, reason: c.reason });
const same = (c: Check<string>): Outcome => fromCheck(c, (v) => v);

// An E.164 number; the parsed record's parts must agree with it.
const e164 = /^\+[1-9]\d{6,14}$/;

export const CHECKS: Record<CheckName, CheckSpec> = {
  routing: { run: (i) => same(checkRoutingNumber(asText(i))), shape: /^\d{9}$/, reasons: VALIDATION_REASONS, stable: true },
  account: { run: (i) => same(checkAccountNumber(asText(i))), shape: /^\d{4,17}$/, reasons: VALIDATION_REASONS, stable: true },
  iban: { run: (i) => same(checkIban(asText(i))), shape: /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/, reasons: VALIDATION_REASONS, stable: true },
  bic: { run: (i) => same(checkBic(asText(i))), shape: /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, reasons: VALIDATION_REASONS, stable: true },
  phoneUS: {
    run: (i) => fromCheck(checkPhone(asText(i), 'US'), (p) => (p.e164 === `+${p.country_code}${p.phone_number}` ? p.e164 : `MISMATCH ${JSON.stringify(p)}`)),
    shape: e164,
    reasons: VALIDATION_REASONS,
    stable: true,
  },
  phoneGB: {
    run: (i) => fromCheck(checkPhone(asText(i), 'GB'), (p) => (p.e164 === `+${p.country_code}${p.phone_number}` ? p.e164 : `MISMATCH ${JSON.stringify(p)}`)),
    shape: e164,
    reasons: VALIDATION_REASONS,
    stable: true,
  },
  phoneIntl: {
    run: (i) => fromCheck(parsePhone(asText(i)), (p) => (p.e164 === `+${p.country_code}${p.phone_number}` ? p.e164 : `MISMATCH ${JSON.stringify(p)}`)),
    shape: e164,
    reasons: VALIDATION_REASONS,
    stable: true,
  },
  ssn: { run: (i) => same(checkSsn(asText(i))), shape: /^\d{9}$/, reasons: VALIDATION_REASONS, stable: true },
  ein: { run: (i) => same(checkEin(asText(i))), shape: /^\d{9}$/, reasons: VALIDATION_REASONS, stable: true },
  email: {
    run: (i) => same(checkEmail(asText(i))),
    // printable, no spaces, no markup brackets, no invisibles, one @ with a dotted domain
    shape: /^[^\s<>\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff@]+@[^\s<>@A-Z\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+\.[^\s<>@A-Z]+$/u,
    reasons: VALIDATION_REASONS,
    stable: true,
  },
  cashtag: { run: (i) => same(checkCashTag(asText(i))), shape: /^\$[A-Za-z][A-Za-z0-9_]{0,19}$/, reasons: VALIDATION_REASONS, stable: true },
  isoDate: { run: (i) => same(checkIsoDate(asText(i))), shape: /^\d{4}-\d{2}-\d{2}$/, reasons: VALIDATION_REASONS, stable: true },
  dob: { run: (i) => same(checkDateOfBirth(asText(i), CATALOG_TODAY, 18)), shape: /^(19|20)\d{2}-\d{2}-\d{2}$/, reasons: VALIDATION_REASONS, stable: true },
  amount: {
    // the payout step's parser: text as typed, or cents from the money input
    run: (i) => {
      const r = parseAmount(i, 'USD');
      return r.ok ? { ok: true, value: r.cents } : { ok: false, reason: r.reason };
    },
    shape: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0,
    reasons: ['required', 'nan', 'negative', 'zero', 'decimals'],
    // 1250 cents read back as text would be $1,250.00: the number form is its own input kind
    stable: false,
  },
  money: {
    // the money input's parser (H4), in English
    run: (i) => {
      const r = parseMoney(asText(i), 'en', 'USD');
      return r.ok ? { ok: true, value: r.cents } : { ok: false, reason: r.reason };
    },
    shape: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0,
    reasons: ['required', 'nan', 'negative', 'decimals'],
    stable: false,
  },
  redirect: {
    run: (i) => {
      const url = safeRedirectUrl(i);
      return url === null ? { ok: false, reason: 'refused' } : { ok: true, value: url };
    },
    shape: (v) => typeof v === 'string' && /^https?:\/\/[^\s<>"'`]+$/.test(v) && !/^https?:\/\/[^/]*@/.test(v),
    reasons: ['refused'],
    stable: true,
  },
};

export const CHECK_NAMES = Object.keys(CHECKS) as CheckName[];

/** Runs a check, turning a throw into a visible outcome a test can report. */
export function runCheck(name: CheckName, input: string | number): Outcome | { threw: string } {
  try {
    return CHECKS[name].run(input);
  } catch (e) {
    return { threw: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

export function shapeOk(name: CheckName, value: string | number): boolean {
  const s = CHECKS[name].shape;
  return typeof s === 'function' ? s(value) : typeof value === 'string' && s.test(value);
}
