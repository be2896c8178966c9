/** Amounts as people type them, to integer minor units. */
import { asciiDigits } from '../validation/index.ts';

export type AmountReason = 'required' | 'nan' | 'negative' | 'zero' | 'decimals';
export type AmountCheck = { ok: true; cents: number } | { ok: false; reason: AmountReason; digits: number };

/** Minor-unit digits of a currency (USD 2, JPY 0, BHD 3) as Intl knows it. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * Parses `12.50`, `12,50`, `1,234.56`, `1.234,56`, `1 234,56`, `١٢٫٥٠`, or a number of cents
 * (what the money input gives). The last `.` or `,` followed by at most `digits` digits is the
 * decimal separator; others group thousands.
 */
export function parseAmount(input: unknown, currency: string): AmountCheck {
  const digits = minorDigits(currency);
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, reason: 'nan', digits };
    if (!Number.isInteger(input)) return { ok: false, reason: 'decimals', digits };
    if (input < 0) return { ok: false, reason: 'negative', digits };
    if (input === 0) return { ok: false, reason: 'zero', digits };
    return Number.isSafeInteger(input) ? { ok: true, cents: input } : { ok: false, reason: 'nan', digits };
  }
  if (typeof input !== 'string' || !input.trim()) return { ok: false, reason: 'required', digits };
  // Arabic decimal separator and full-width forms are common on phones.
  let s = asciiDigits(input).replace(/\u066b/g, '.').replace(/\u066c/g, ',').replace(/[\s\u00a0\u202f']/g, '');
  s = s.replace(/^[$€£¥]|[$€£¥]$/g, '');
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'nan', digits };
  let whole = s;
  let frac = '';
  const seps = s.match(/[.,]/g) ?? [];
  const kinds = new Set(seps);
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  if (kinds.size === 2) {
    // Both kinds: the last one is the decimal separator (1,234.56 and 1.234,56).
    whole = s.slice(0, last);
    frac = s.slice(last + 1);
    if (whole.includes(s[last]!)) return { ok: false, reason: 'nan', digits };
  } else if (seps.length === 1) {
    const after = s.slice(last + 1);
    // One separator before exactly three digits groups thousands (1,234); otherwise it is decimal.
    if (!(after.length === 3 && digits < 3)) {
      whole = s.slice(0, last);
      frac = after;
    }
  }
  whole = whole.replace(/[.,]/g, '');
  if (frac.length > digits) return { ok: false, reason: 'decimals', digits };
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(frac)) return { ok: false, reason: 'nan', digits };
  const cents = Number(whole || '0') * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(cents)) return { ok: false, reason: 'nan', digits };
  if (negative && cents > 0) return { ok: false, reason: 'negative', digits };
  if (cents === 0) return { ok: false, reason: 'zero', digits };
  return { ok: true, cents };
}
