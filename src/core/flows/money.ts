/** Amounts as people type them, to integer minor units. */
import { readAmountText } from '../validation/amount.ts';

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
 * Parses text as typed (`12.50`, `12,50`, `1,234.56`, `1.234,56`, `1 234,56`, `１２．５０`,
 * `١٢٫٥٠`; see `readAmountText`, which the money input's `parseMoney` shares) or a number of
 * cents (what the money input gives). Zero is refused here: a payout of nothing is no payout.
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
  const r = readAmountText(input, digits, { currency });
  if (!r.ok) return { ok: false, reason: r.reason, digits };
  if (r.cents === 0) return { ok: false, reason: 'zero', digits };
  return { ok: true, cents: r.cents };
}
