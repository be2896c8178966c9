/** Calendar dates typed as ISO `YYYY-MM-DD` (what `<input type=date>` gives). */
import { fail, guard, ok, type Check } from './result.ts';
import { asciiDigits } from './digits.ts';

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parseYmd(s: string): Ymd | 'format' | 'invalid' {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return 'format';
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  // Date.UTC rolls 31 February over into March; a round trip catches it.
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return 'invalid';
  return { y, m: mo, d };
}

const cmp = (a: Ymd, b: Ymd): number => a.y - b.y || a.m - b.m || a.d - b.d;

function todayYmd(today: Date | string): Ymd | null {
  if (today instanceof Date) {
    if (Number.isNaN(today.getTime())) return null;
    return { y: today.getUTCFullYear(), m: today.getUTCMonth() + 1, d: today.getUTCDate() };
  }
  const p = typeof today === 'string' ? parseYmd(today.slice(0, 10)) : 'format';
  return typeof p === 'string' ? null : p;
}

/** Full years between two dates (a 29 February birthday turns a year older on 1 March). */
export function ageOn(birth: Ymd, on: Ymd): number {
  let age = on.y - birth.y;
  if (on.m < birth.m || (on.m === birth.m && on.d < birth.d)) age--;
  return age;
}

/** A real calendar date in `YYYY-MM-DD`; value is the same string with ASCII digits. */
export function checkIsoDate(iso: string): Check {
  const g = guard(iso, 64);
  if (!g.ok) return g;
  const s = asciiDigits(g.value).trim();
  const p = parseYmd(s);
  return typeof p === 'string' ? fail(p) : ok(s);
}

/**
 * Date of birth: a real date, not after `today` (a Date, read in UTC, or `YYYY-MM-DD`), at least
 * `minAge` full years before it, and after 1900 (a typo guard).
 */
export function checkDateOfBirth(iso: string, today: Date | string, minAge = 18): Check {
  const date = checkIsoDate(iso);
  if (!date.ok) return date;
  const birth = parseYmd(date.value) as Ymd;
  const now = todayYmd(today);
  if (!now) return fail('invalid');
  if (birth.y < 1900) return fail('invalid');
  if (cmp(birth, now) > 0) return fail('future');
  if (ageOn(birth, now) < minAge) return fail('under_age');
  return ok(date.value);
}
