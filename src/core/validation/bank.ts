/**
 * US bank account numbers (ABA routing + account) and international IBAN/BIC via ibantools, which
 * loads on demand (libraries.ts): the IBAN and BIC checks need `loadLibrary('bank')` first.
 */
import type { ValidationErrorsIBAN, ValidationErrorsBIC } from 'ibantools';
import { library, type Libraries } from './libraries.ts';
import { fail, guard, ok, type Check, type Reason } from './result.ts';
import { isAsciiDigits, normalizeDigits } from './digits.ts';

// First two digits of a routing number: Federal Reserve districts 01-12, thrifts 21-32,
// electronic 61-72, traveller's cheques 80. Anything else is not issued.
const ROUTING_PREFIX = /^(0[1-9]|1[0-2]|2[1-9]|3[0-2]|6[1-9]|7[0-2]|80)/;

/** ABA routing number: 9 digits, a valid Fed prefix, and the 3-7-1 weighted checksum. */
export function checkRoutingNumber(s: string): Check {
  const g = guard(s);
  if (!g.ok) return g;
  const d = normalizeDigits(g.value);
  if (!isAsciiDigits(d)) return fail('format');
  if (d.length !== 9) return fail('length');
  if (!ROUTING_PREFIX.test(d)) return fail('format');
  const n = [...d].map(Number) as number[];
  const sum = 3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]! + n[8]!);
  return sum % 10 === 0 ? ok(d) : fail('checksum');
}

/** US account number: 4 to 17 digits (the range NACHA allows). */
export function checkAccountNumber(s: string): Check {
  const g = guard(s);
  if (!g.ok) return g;
  const d = normalizeDigits(g.value);
  if (!isAsciiDigits(d)) return fail('format');
  if (d.length < 4 || d.length > 17) return fail('length');
  return ok(d);
}

// Built from the library's own enums once it is loaded: the enum values are its business.
let reasons: { iban: Map<ValidationErrorsIBAN, Reason>; bic: Map<ValidationErrorsBIC, Reason> } | undefined;
function reasonsOf({ ValidationErrorsIBAN: I, ValidationErrorsBIC: B }: Libraries['bank']) {
  return (reasons ??= {
    iban: new Map<ValidationErrorsIBAN, Reason>([
      [I.NoIBANProvided, 'required'],
      [I.NoIBANCountry, 'country'],
      [I.WrongBBANLength, 'length'],
      [I.WrongBBANFormat, 'format'],
      [I.ChecksumNotNumber, 'format'],
      [I.WrongIBANChecksum, 'checksum'],
      [I.WrongAccountBankBranchChecksum, 'checksum'],
      [I.QRIBANNotAllowed, 'format'],
    ]),
    bic: new Map<ValidationErrorsBIC, Reason>([
      [B.NoBICProvided, 'required'],
      [B.NoBICCountry, 'country'],
      [B.WrongBICFormat, 'format'],
    ]),
  });
}

/** IBAN in any spacing/case; value is the electronic format (`DE89370400440532013000`). */
export function checkIban(s: string): Check {
  const g = guard(s);
  if (!g.ok) return g;
  // Digits typed in another script are still digits; spaces are the printed grouping.
  const lib = library('bank');
  const electronic = lib.electronicFormatIBAN(normalizeDigits(g.value));
  if (!electronic) return fail('required');
  if (!/^[A-Z0-9]+$/.test(electronic)) return fail('format');
  if (electronic.length > 34) return fail('length');
  const result = lib.validateIBAN(electronic);
  if (result.valid) return ok(electronic);
  const first = result.errorCodes[0];
  return fail((first === undefined ? undefined : reasonsOf(lib).iban.get(first)) ?? 'format');
}

/** The two-letter country of an IBAN that passed `checkIban`. */
export const ibanCountry = (iban: string): string => iban.slice(0, 2);

/** BIC (SWIFT code), 8 or 11 characters; value is upper case without spaces. */
export function checkBic(s: string): Check {
  const g = guard(s);
  if (!g.ok) return g;
  const bic = g.value.replace(/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu, '').toUpperCase();
  if (!/^[A-Z0-9]+$/.test(bic)) return fail('format');
  if (bic.length !== 8 && bic.length !== 11) return fail('length');
  const lib = library('bank');
  const result = lib.validateBIC(bic);
  if (result.valid) return ok(bic);
  const first = result.errorCodes[0];
  return fail((first === undefined ? undefined : reasonsOf(lib).bic.get(first)) ?? 'format');
}
