/**
 * Digits as people type them: full-width (from Japanese/Chinese IMEs), Arabic-Indic and other
 * decimal scripts, with spaces, dashes and dots used as group separators, and invisible bidi or
 * zero-width marks that come along when copying from right-to-left text.
 */

// Zero code points of the decimal digit blocks a payee is likely to type in. Each block holds
// 0..9 contiguously, which is what lets us map by offset.
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x07c0, // NKo
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Oriya
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0e50, // Thai
  0x0ed0, // Lao
  0x0f20, // Tibetan
  0x1040, // Myanmar
  0x17e0, // Khmer
  0x1810, // Mongolian
  0xff10, // Full-width
];

/** Whitespace of every kind, ASCII/typographic dashes and dots a person uses to group digits. */
const SEPARATORS = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d.\u00b7\u30fb]/gu;
/** Bidi controls, zero-width characters and the BOM: invisible, never meaningful in a number. */
const INVISIBLES = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

function toAsciiDigit(ch: string): string {
  const cp = ch.codePointAt(0)!;
  for (const zero of DIGIT_ZEROS) {
    if (cp >= zero && cp <= zero + 9) return String(cp - zero);
  }
  return ch;
}

/** Map script digits to ASCII and drop separators and invisible marks. Other characters stay. */
export function normalizeDigits(s: string): string {
  if (typeof s !== 'string') return '';
  let out = '';
  for (const ch of s.replace(INVISIBLES, '').replace(SEPARATORS, '')) out += toAsciiDigit(ch);
  return out;
}

/** Only map digits and strip invisibles; keep separators (for inputs where spaces matter). */
export function asciiDigits(s: string): string {
  if (typeof s !== 'string') return '';
  let out = '';
  for (const ch of s.replace(INVISIBLES, '')) out += toAsciiDigit(ch);
  return out;
}

export const isAsciiDigits = (s: string): boolean => /^[0-9]+$/.test(s);
