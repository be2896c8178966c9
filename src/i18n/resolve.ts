import { DEFAULT_LOCALE, RTL_LOCALES, SUPPORTED_LOCALES, type Locale } from './types.ts';

function canonical(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag.trim());
  } catch {
    return undefined; // not a BCP 47 tag: treat like no lang at all
  }
}

/**
 * Maps any language tag to the nearest shipped catalog: an exact match first
 * (case-insensitive), then the same language (`pt`, `pt-PT` -> `pt-BR`, `ar-EG` -> `ar`,
 * `en-GB` -> `en`), else `undefined`.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const loc = canonical(tag);
  if (!loc) return undefined;
  const full = loc.toString().toLowerCase();
  const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === full);
  if (exact) return exact;
  return SUPPORTED_LOCALES.find((l) => l.split('-')[0] === loc.language);
}

/** Like {@link matchLocale} but falls back to English. */
export function resolveLocale(tag: string | null | undefined): Locale {
  return matchLocale(tag) ?? DEFAULT_LOCALE;
}

/**
 * The tag to hand to `Intl` for numbers, money and dates: the requested tag when it is of the
 * catalog's language (so `en-GB` gets British dates with English words), else the catalog locale.
 */
export function formattingLocale(tag: string | null | undefined, catalog: Locale): string {
  const loc = tag ? canonical(tag) : undefined;
  if (loc && loc.language === catalog.split('-')[0]) return loc.toString();
  return catalog;
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}
