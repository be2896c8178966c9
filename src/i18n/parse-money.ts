import { readAmountText } from '../core/validation/amount.ts';
import { currencyDigits } from './intl.ts';
import { numberFormat } from './intl-cache.ts';

export type MoneyParseResult =
  | { ok: true; cents: number }
  | { ok: false; reason: 'required' | 'nan' | 'negative' | 'decimals' };

const separatorsCache = new Map<string, { decimal: string; group: string }>();

/** The locale's decimal and grouping separators, as Intl writes them. */
export function separators(locale: string): { decimal: string; group: string } {
  let s = separatorsCache.get(locale);
  if (!s) {
    const parts = numberFormat(locale).formatToParts(12345.6);
    s = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    separatorsCache.set(locale, s);
  }
  return s;
}

/**
 * Reads an amount a person typed, in their locale, into integer minor units. Accepts `12`,
 * `12.5`, `1,234.56`, `1.234,56`, `12,5` (a decimal comma), spaces and currency signs; refuses
 * signs, letters, malformed grouping and more decimals than the currency has, with a reason. A
 * lone separator followed by exactly three digits is read as grouping only when it is the
 * locale's grouping mark (`1,234` in English is 1234; in French `1.234` has too many decimals and
 * says so). The reader is the payout steps' own (`readAmountText`), given the locale's marks.
 */
export function parseMoney(text: string, locale: string, currency: string): MoneyParseResult {
  return readAmountText(text, currencyDigits(currency), { separators: separators(locale), currency });
}

/** Cents as the editable text of a money input: locale separators, all minor digits, no symbol. */
export function formatMoneyInput(cents: number, locale: string, currency: string): string {
  const digits = currencyDigits(currency);
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cents / 10 ** digits);
}
