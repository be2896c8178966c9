/** The locales the library ships complete catalogs for. English is the source of truth. */
export const SUPPORTED_LOCALES = ['en', 'es', 'fr', 'pt-BR', 'ar'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Locales written right to left. */
export const RTL_LOCALES: readonly Locale[] = ['ar'];

/**
 * A message that varies with a `count` parameter. Categories are those of `Intl.PluralRules`;
 * `other` is always required because every language has it.
 */
export type PluralMessage = { other: string } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>;
export type Message = string | PluralMessage;

/** The shape every namespace file has: flat keys (dots allowed inside a key) to messages. */
export type Namespace = Record<string, Message>;

/**
 * A translation of an English namespace: exactly the same keys (a missing key is a type error,
 * an extra key is an excess-property error under `satisfies`). A plural English message must
 * stay plural; a plain one may become plural where the language needs it.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? Message : PluralMessage };

/** Interpolation parameters; numbers are formatted for the locale. `count` also picks the plural form. */
export type MessageParams = Record<string, string | number>;
