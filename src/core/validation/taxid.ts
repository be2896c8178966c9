/** US tax ids: shape plus the ranges the IRS/SSA never issue. */
import { fail, guard, ok, type Check } from './result.ts';
import { isAsciiDigits, normalizeDigits } from './digits.ts';

// SSNs published in advertising and therefore refused by the SSA/IRS.
const ADVERTISED_SSNS = new Set(['078051120', '219099999']);

/**
 * Social Security Number, `123-45-6789` or 9 digits. Never issued: area 000, 666 or 900-999
 * (9xx are ITINs, not SSNs), group 00, serial 0000. Value: 9 digits.
 */
export function checkSsn(s: string): Check {
  const g = guard(s);
  if (!g.ok) return g;
  const d = normalizeDigits(g.value);
  if (!isAsciiDigits(d)) return fail('format');
  if (d.length !== 9) return fail('length');
  const area = d.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return fail('invalid');
  if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return fail('invalid');
  if (ADVERTISED_SSNS.has(d)) return fail('invalid');
  return ok(d);
}

// EIN campus prefixes the IRS assigns (irs.gov "How EINs are assigned and valid EIN prefixes").
const EIN_PREFIXES = new Set(
  [
    '01-06', '10-16', '20-27', '30-48', '50-68', '71-77', '80-88', '90-95', '98-99',
  ].flatMap((range) => {
    const [from, to] = range.split('-').map(Number) as [number, number];
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, '0'));
  }),
);

/** Employer Identification Number, `12-3456789` or 9 digits, with a valid IRS prefix. */
export function checkEin(s: string): Check {
  const g = guard(s);
  if (!g.ok) return g;
  const d = normalizeDigits(g.value);
  if (!isAsciiDigits(d)) return fail('format');
  if (d.length !== 9) return fail('length');
  if (!EIN_PREFIXES.has(d.slice(0, 2))) return fail('invalid');
  return ok(d);
}

/** Either kind, as a W-9 asks: `tax_id_type` picks the rule. */
export const checkTaxId = (s: string, type: 'ssn' | 'ein'): Check => (type === 'ssn' ? checkSsn(s) : checkEin(s));
