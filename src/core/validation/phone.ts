/**
 * Phone numbers through libphonenumber-js (its default "min" metadata), loaded on demand: see
 * libraries.ts. Every function here needs `loadLibrary('phone')` to have finished.
 */
import type { CountryCode } from 'libphonenumber-js';
import { library } from './libraries.ts';
import { fail, guard, ok, type Check } from './result.ts';
import { normalizeDigits } from './digits.ts';

export interface ParsedPhone {
  /** `+12015550123` */
  e164: string;
  /** calling code without `+`, e.g. `1`: the API's `country_code` */
  country_code: string;
  /** national significant number, digits only: the API's `phone_number` */
  phone_number: string;
  /** ISO 3166-1 alpha-2 when the number identifies one country, else undefined */
  country: string | undefined;
}

function clean(input: string): string {
  // Parentheses are typed around area codes; `＋` comes from full-width keyboards.
  return normalizeDigits(input.replace(/[()\uff08\uff09]/g, '')).replace(/^\uff0b/, '+');
}

function result(text: string, country: CountryCode | undefined): Check<ParsedPhone> {
  if (!/^\+?[0-9]+$/.test(text)) return fail('format');
  const digits = text.replace('+', '');
  if (digits.length < 4) return fail('length');
  if (digits.length > 17) return fail('length');
  const { parsePhoneNumberFromString, validatePhoneNumberLength } = library('phone');
  const opts = country ? { defaultCountry: country } : undefined;
  let parsed;
  try {
    parsed = parsePhoneNumberFromString(text, opts);
  } catch {
    return fail('format');
  }
  if (!parsed) {
    // A leading + with an unknown calling code lands here too.
    return fail(text.startsWith('+') ? 'country' : 'format');
  }
  if (!parsed.isValid()) {
    let length;
    try {
      length = validatePhoneNumberLength(text, opts);
    } catch {
      length = undefined;
    }
    if (length === 'TOO_SHORT' || length === 'TOO_LONG' || length === 'INVALID_LENGTH') return fail('length');
    if (length === 'INVALID_COUNTRY') return fail('country');
    return fail('format');
  }
  return ok({
    e164: parsed.number,
    country_code: parsed.countryCallingCode,
    phone_number: parsed.nationalNumber,
    country: parsed.country,
  });
}

/**
 * A national number typed in a country picked from a list (ISO alpha-2). An international number
 * (`+44...`) is accepted too: people paste them.
 */
export function checkPhone(national: string, countryIso2: string): Check<ParsedPhone> {
  const g = guard(national, 64);
  if (!g.ok) return g;
  const iso = typeof countryIso2 === 'string' ? countryIso2.trim().toUpperCase() : '';
  if (!library('phone').isSupportedCountry(iso)) return fail('country');
  return result(clean(g.value), iso);
}

/** Any typed phone, international (`+`) or national in `defaultCountry` when given. */
export function parsePhone(input: string, defaultCountry?: string): Check<ParsedPhone> {
  const g = guard(input, 64);
  if (!g.ok) return g;
  let country: CountryCode | undefined;
  if (defaultCountry !== undefined) {
    const iso = typeof defaultCountry === 'string' ? defaultCountry.trim().toUpperCase() : '';
    if (!library('phone').isSupportedCountry(iso)) return fail('country');
    country = iso;
  }
  const text = clean(g.value);
  if (!country && !text.startsWith('+')) return fail('country');
  return result(text, country);
}

/** `{country_code, phone_number}` as the API stores it, back to E.164 (no validation). */
export const toE164 = (countryCode: string, phoneNumber: string): string => `+${countryCode}${phoneNumber}`;

/** The calling code of a country (`US` -> `1`), or null for an unknown country. */
export function callingCodeOf(countryIso2: string): string | null {
  const iso = typeof countryIso2 === 'string' ? countryIso2.trim().toUpperCase() : '';
  const { isSupportedCountry, getCountryCallingCode } = library('phone');
  return isSupportedCountry(iso) ? getCountryCallingCode(iso) : null;
}

/** Every region libphonenumber-js knows (ISO 3166-1 alpha-2, a few more such as XK), unsorted. */
export const phoneRegions = (): readonly string[] => library('phone').getCountries();
