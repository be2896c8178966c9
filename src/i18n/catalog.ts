import enCore from './locales/en/core.ts';
import { catalogLoaders } from './catalog-loaders.ts';
import { formatMessage } from './format.ts';
import type { Catalog, MessageKey, StringOverrides } from './catalog-types.ts';
import type { Locale, Message, MessageParams } from './types.ts';

// English ships in the bundle (the namespaces of a few elements come with them: addEnglish); the
// other catalogs are loaded when first asked for (loadCatalog), so a page pays only for the
// languages it shows.
const en = { ...enCore } as Catalog;
const loaded: Partial<Record<Locale, Catalog>> = { en };

/**
 * Adds English namespaces that ship with the module using them (the steps after sign-in, the claim
 * flow, the transfer list, the lifecycle diagram, the ledger inspector) rather than with every
 * element.
 */
export function addEnglish(namespaces: { [N in keyof Catalog]?: Partial<Catalog[N]> }): void {
  const target = en as Record<string, object | undefined>;
  // Merged per namespace: a step's stepper label is there from the start, the rest comes later.
  for (const [name, messages] of Object.entries(namespaces)) target[name] = { ...target[name], ...messages };
}
const pending = new Map<Locale, Promise<void>>();

/** The catalogs loaded so far, by locale. English is always there; the others arrive through {@link loadCatalog}. */
export const catalogs: Readonly<Partial<Record<Locale, Catalog>>> = loaded;

/** True when `locale`'s messages are in: translating in it needs no load. */
export function hasCatalog(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/** Adds (or replaces) the catalog of a locale, for hosts that ship catalogs their own way. */
export function registerCatalog(locale: Locale, catalog: Catalog): void {
  loaded[locale] = catalog;
}

/**
 * Loads the catalog of a locale (a lazy chunk from npm; `locales/<locale>.js` next to the
 * script-tag bundle). Elements do it themselves; headless hosts await it before
 * `translate`/`translateMessage` in another language than English (until then: English).
 * Rejects when the catalog cannot be fetched; a later call tries again.
 */
export function loadCatalog(locale: Locale): Promise<void> {
  if (loaded[locale]) return Promise.resolve();
  let load = pending.get(locale);
  if (!load) {
    load = catalogLoaders[locale as Exclude<Locale, 'en'>]()
      .then((catalog) => {
        loaded[locale] ??= catalog;
      })
      .finally(() => pending.delete(locale));
    pending.set(locale, load);
  }
  return load;
}

function lookup(catalog: Catalog | undefined, key: string): Message | undefined {
  const dot = key.indexOf('.');
  if (!catalog || dot < 0) return undefined;
  const ns = (catalog as Record<string, Record<string, Message> | undefined>)[key.slice(0, dot)];
  return ns?.[key.slice(dot + 1)];
}

/** True when `key` names a message of the English catalog. */
export function isMessageKey(key: string): key is MessageKey {
  return lookup(en, key) !== undefined;
}

/** The raw message for a key in a locale, falling back to English (also while the locale is not loaded). */
export function getMessage(locale: Locale, key: MessageKey | string): Message | undefined {
  return lookup(loaded[locale], key) ?? lookup(en, key);
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
