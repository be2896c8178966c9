/**
 * One Intl object per (kind, locale, options) for the whole page. Creating one costs milliseconds
 * (the first of a kind loads the locale's data: ~14 ms for the stepper's first number), using one
 * costs microseconds, so every formatter in src/i18n comes from here.
 */

/** Options seen in practice are a handful per kind; the cap only guards against a caller that varies them without end. */
const MAX_ENTRIES = 256;
const cache = new Map<string, object>();

function cached<T extends object>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  // No options and `{}` are the same formatter.
  const key = `${kind}\u0000${locale}\u0000${JSON.stringify(options ?? {})}`;
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    // Maps keep insertion order: the first key is the oldest entry.
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, f);
  }
  return f;
}

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function pluralRules(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cached('plural', locale, options, () => new Intl.PluralRules(locale, options));
}

export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return cached('names', locale, options, () => new Intl.DisplayNames(locale, options));
}

export function collator(locale: string, options?: Intl.CollatorOptions): Intl.Collator {
  return cached('collator', locale, options, () => new Intl.Collator(locale, options));
}
