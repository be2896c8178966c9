import { currencyDigits } from './intl.ts';

export type MoneyParseResult =
  | { ok: true; cents: number }
  | { ok: false; reason: 'required' | 'nan' | 'negative' | 'decimals' };

const separatorsCache = new Map<string, { decimal: string; group: string }>();

/** The locale's decimal and grouping separators, as Intl writes them. */
export function separators(locale: string): { decimal: string; group: string } {
  let s = separatorsCache.get(locale);
  if (!s) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    s = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    separatorsCache.set(locale, s);
  }
  return s;
}

// Arabic-Indic and Extended Arabic-Indic digits, and the Arabic decimal/thousands marks.
function asciiNumerals(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',');
}

/**
 * Reads an amount a person typed, in their locale, into integer minor units. Accepts `12`,
 * `12.5`, `1,234.56`, `1.234,56`, `12,5` (a decimal comma), spaces and currency signs; refuses
 * signs, letters and more decimals than the currency has, with a reason. A lone separator
 * followed by exactly three digits is read as grouping only when it is the locale's grouping
 * mark (`1,234` in English is 1234; in French `1.234` has too many decimals and says so).
 */
export function parseMoney(text: string, locale: string, currency: string): MoneyParseResult {
  const digits = currencyDigits(currency);
  let s = asciiNumerals(text).trim();
  if (s === '') return { ok: false, reason: 'required' };
  // Currency code or symbol anywhere, and every kind of space (French groups with U+202F).
  s = s.replace(new RegExp(currency, 'gi'), '').replace(/[\s\u00a0\u202f\u2009]/g, '').replace(/[$€£¥₹₩₪₫₱₦₴₸₺₼₽﷼]|R\$|US\$|CA\$|A\$|MX\$/gu, '');
  if (s === '') return { ok: false, reason: 'nan' };
  if (/^[-\u2212(]|[-\u2212)]$/.test(s)) return { ok: false, reason: 'negative' };
  if (/^\+/.test(s)) s = s.slice(1);
  if (!/^[0-9.,']+$/.test(s)) return { ok: false, reason: 'nan' };
  s = s.replace(/'/g, ''); // Swiss grouping

  const { decimal, group } = separators(locale);
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimalMark: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) {
    decimalMark = lastDot > lastComma ? '.' : ',';
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const count = s.split(mark).length - 1;
    const after = s.length - s.lastIndexOf(mark) - 1;
    const looksGrouped = mark === group && after === 3 && /^\d{1,3}([.,]\d{3})+$/.test(s);
    if (count > 1) decimalMark = looksGrouped ? null : 'invalid';
    else decimalMark = looksGrouped && mark !== decimal ? null : mark;
  }
  if (decimalMark === 'invalid') return { ok: false, reason: 'nan' };

  let intPart = s;
  let fracPart = '';
  if (decimalMark) {
    const i = s.lastIndexOf(decimalMark);
    intPart = s.slice(0, i);
    fracPart = s.slice(i + 1);
    const other = decimalMark === '.' ? ',' : '.';
    if (fracPart.includes(other) || intPart.includes(decimalMark)) return { ok: false, reason: 'nan' };
    // Grouping in the integer part must be well formed: 1,234,567 yes, 12,34 no.
    if (intPart.includes(other) && !/^\d{1,3}([.,]\d{3})+$/.test(intPart)) return { ok: false, reason: 'nan' };
    intPart = intPart.split(other).join('');
  } else {
    intPart = s.replace(/[.,]/g, '');
  }
  if (intPart === '' && fracPart === '') return { ok: false, reason: 'nan' };
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fracPart)) return { ok: false, reason: 'nan' };
  if (fracPart.length > digits) return { ok: false, reason: 'decimals' };
  const cents = Number(intPart || '0') * 10 ** digits + Number(fracPart.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(cents)) return { ok: false, reason: 'nan' };
  return { ok: true, cents };
}

/** Cents as the editable text of a money input: locale separators, all minor digits, no symbol. */
export function formatMoneyInput(cents: number, locale: string, currency: string): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cents / 10 ** digits);
}
