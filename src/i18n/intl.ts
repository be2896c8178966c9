/** Intl helpers shared by the localize controller and by code that formats outside an element. */
import { dateTimeFormat, numberFormat } from './intl-cache.ts';

const digitsByCurrency = new Map<string, number>();

/** How many minor units a currency has (USD 2, JPY 0, BHD 3), as Intl knows it. */
export function currencyDigits(currency: string): number {
  // Asked for every amount shown; `resolvedOptions()` builds a new object each time.
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** Formats integer minor units (cents) as money, e.g. 123456 USD in en -> "$1,234.56". */
export function formatMoney(locale: string, cents: number, currency: string, options: Intl.NumberFormatOptions = {}): string {
  const digits = currencyDigits(currency);
  const f = numberFormat(locale, { style: 'currency', currency, ...options });
  return f.format(cents / 10 ** digits);
}

export function formatNumber(locale: string, n: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(n);
}

/**
 * Formats an ISO date or date-time. A bare `YYYY-MM-DD` is a calendar date and is shown as that
 * day everywhere (formatted in UTC), never shifted by the viewer's time zone.
 */
export function formatDate(locale: string, value: string | number | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const dateOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const opts: Intl.DateTimeFormatOptions = dateOnly ? { timeZone: 'UTC', ...options } : options;
  const date = value instanceof Date ? value : new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return String(value);
  return dateTimeFormat(locale, opts).format(date);
}
