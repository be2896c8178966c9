/**
 * An amount of money as a person types it, to integer minor units. One reader for the payout
 * steps (`parseAmount`, no locale) and the money input (`parseMoney`, the locale's separators),
 * so the same text never means two amounts. Never throws.
 */
import { asciiDigits } from './digits.ts';

export type AmountTextReason = 'required' | 'nan' | 'negative' | 'decimals';
export type AmountTextResult = { ok: true; cents: number } | { ok: false; reason: AmountTextReason };

export interface AmountSeparators {
  decimal: string;
  group: string;
}

export interface ReadAmountOptions {
  /**
   * The locale's marks. With them, a lone mark before exactly three digits groups thousands only
   * when it is the locale's grouping mark (`1,234` in English; `1.234` in English has too many
   * decimals). Without them it groups whenever the currency has fewer than three minor digits.
   */
  separators?: AmountSeparators;
  /** An ISO code typed beside the number (`12.50 USD`) is ignored. */
  currency?: string;
}

/** Arabic decimal and thousands marks, full-width full stop and comma, to ASCII. */
const mapMarks = (s: string): string => s.replace(/[\u066b\uff0e]/g, '.').replace(/[\u066c\uff0c]/g, ',');

const SYMBOLS = /[$€£¥₹₩₪₫₱₦₴₸₺₼₽﷼\uff04]|R\$|US\$|CA\$|A\$|MX\$/gu;

/** `1,234` and `12,345,678`: groups of three after a first group that does not start with 0. */
const grouped = (s: string, mark: string): boolean => new RegExp(`^[1-9]\\d{0,2}(?:\\${mark}\\d{3})+$`).test(s);

const count = (s: string, ch: string): number => s.split(ch).length - 1;

/**
 * Reads `12`, `12.5`, `12,50`, `1,234.56`, `1.234,56`, `1 234,56`, `1'234.50`, `$12`,
 * `１２．５０`, `١٢٫٥٠`. Refuses a sign (`-5`, `(5.00)`: `negative`), letters and exponents
 * (`nan`), malformed grouping (`12.3.4`, `1,2,3`, `0,001` is not a grouped number: `nan` or
 * `decimals`), more decimals than the currency has (`decimals`), and numbers past 2^53 cents.
 */
export function readAmountText(text: string, digits: number, options: ReadAmountOptions = {}): AmountTextResult {
  if (typeof text !== 'string') return { ok: false, reason: 'nan' };
  let s = mapMarks(asciiDigits(text)).trim();
  if (s === '') return { ok: false, reason: 'required' };
  if (options.currency && /^[A-Za-z]{3}$/.test(options.currency)) s = s.replace(new RegExp(options.currency, 'gi'), '');
  s = s.replace(/\s/g, '').replace(SYMBOLS, '');
  if (s === '') return { ok: false, reason: 'nan' };
  if (/^[-\u2212\uff0d(]|[-\u2212\uff0d)]$/.test(s)) return { ok: false, reason: 'negative' };
  s = s.replace(/^[+\uff0b]/, '');
  if (!/^[0-9.,'\u2019]+$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'nan' };
  s = s.replace(/['\u2019]/g, ''); // Swiss grouping

  const seps = options.separators ? { decimal: mapMarks(options.separators.decimal), group: mapMarks(options.separators.group) } : null;
  let intPart = s;
  let fracPart = '';
  const dots = count(s, '.');
  const commas = count(s, ',');
  if (dots && commas) {
    // both marks: the last is the decimal mark, once; the other groups the whole part
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (count(s, decimal) > 1) return { ok: false, reason: 'nan' };
    const at = s.lastIndexOf(decimal);
    if (!grouped(s.slice(0, at), group)) return { ok: false, reason: 'nan' };
    intPart = s.slice(0, at).split(group).join('');
    fracPart = s.slice(at + 1);
  } else if (dots || commas) {
    const mark = dots ? '.' : ',';
    if (dots + commas > 1) {
      // a repeated mark can only group thousands
      if (!grouped(s, mark) || (seps && mark !== seps.group)) return { ok: false, reason: 'nan' };
      intPart = s.split(mark).join('');
    } else {
      const at = s.indexOf(mark);
      const whole = s.slice(0, at);
      const after = s.slice(at + 1);
      const couldGroup = after.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
      const groups = couldGroup && (seps ? mark === seps.group && mark !== seps.decimal : digits < 3);
      intPart = groups ? whole + after : whole;
      fracPart = groups ? '' : after;
    }
  }
  if (intPart === '' && fracPart === '') return { ok: false, reason: 'nan' };
  if (fracPart.length > digits) return { ok: false, reason: 'decimals' };
  const cents = Number(intPart || '0') * 10 ** digits + Number(fracPart.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(cents)) return { ok: false, reason: 'nan' };
  return { ok: true, cents };
}
