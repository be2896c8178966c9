import en from './locales/en/index.ts';
import es from './locales/es/index.ts';
import fr from './locales/fr/index.ts';
import ptBR from './locales/pt-BR/index.ts';
import ar from './locales/ar/index.ts';
import { formatMessage } from './format.ts';
import type { Catalog, MessageKey, StringOverrides } from './catalog-types.ts';
import type { Locale, Message, MessageParams } from './types.ts';

/** Every shipped catalog, by locale. English is complete by definition. */
export const catalogs: Readonly<Record<Locale, Catalog>> = { en, es, fr, 'pt-BR': ptBR, ar };

function lookup(catalog: Catalog, key: string): Message | undefined {
  const dot = key.indexOf('.');
  if (dot < 0) return undefined;
  const ns = (catalog as Record<string, Record<string, Message> | undefined>)[key.slice(0, dot)];
  return ns?.[key.slice(dot + 1)];
}

/** True when `key` names a message of the English catalog. */
export function isMessageKey(key: string): key is MessageKey {
  return lookup(catalogs.en, key) !== undefined;
}

/** The raw message for a key in a locale, falling back to English. */
export function getMessage(locale: Locale, key: MessageKey | string): Message | undefined {
  return lookup(catalogs[locale], key) ?? lookup(catalogs.en, key);
}

/**
 * Translates `key` for `locale`. Order: the per-instance override, the locale's catalog, English,
 * then the key itself (so a missing message is visible, not blank).
 * `formatLocale` is the tag used for numbers and plural rules (defaults to `locale`).
 */
export function translate(
  locale: Locale,
  key: MessageKey | string,
  params?: MessageParams,
  overrides?: StringOverrides | Record<string, Message>,
  formatLocale: string = locale,
): string {
  const message = (overrides as Record<string, Message> | undefined)?.[key] ?? getMessage(locale, key);
  if (message === undefined) return key;
  return formatMessage(message, formatLocale, params);
}
