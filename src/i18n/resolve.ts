import { DEFAULT_LOCALE, RTL_LOCALES, SUPPORTED_LOCALES, type Locale } from './types.ts';

/** What of a parsed tag is used: its canonical form and its language subtag. */
interface ParsedTag {
  tag: string;
  language: string;
}

/**
 * Parsed tags, by tag as given. Every `t()`, money and date of an element asks for its locale, and
 * parsing a tag with `Intl.Locale` each time was the largest cost of rendering a list's rows. A
 * page sees a handful of tags; the cap only guards against a caller that invents them without end.
 */
const parsed = new Map<string, ParsedTag | undefined>();
const MAX_PARSED = 64;

function canonical(tag: string): ParsedTag | undefined {
  if (parsed.has(tag)) return parsed.get(tag);
  let loc: ParsedTag | undefined;
  try {
    const l = new Intl.Locale(tag.trim());
    loc = { tag: l.toString(), language: l.language };
  } catch {
    loc = undefined; // not a BCP 47 tag: treat like no lang at all
  }
  if (parsed.size >= MAX_PARSED) parsed.clear();
  parsed.set(tag, loc);
  return loc;
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
  const full = loc.tag.toLowerCase();
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
  if (loc && loc.language === catalog.split('-')[0]) return loc.tag;
  return catalog;
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}
