import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasCatalog, loadCatalog, translate } from '../i18n/catalog.ts';
import type { MessageKey, StringOverrides } from '../i18n/catalog-types.ts';
import { directionOf, formattingLocale, resolveLocale } from '../i18n/resolve.ts';
import { formatDate, formatMoney, formatNumber } from '../i18n/intl.ts';
import type { Locale, Message, MessageParams } from '../i18n/types.ts';

export type LocalizeHost = ReactiveControllerHost & HTMLElement & { strings?: StringOverrides | undefined };

/** A message reference an owner can pass to an element: a catalog key, literal text, or a key with params. */
export type MessageRef = MessageKey | (string & {}) | { key: MessageKey; params?: MessageParams };

/** Marks elements whose `strings` overrides apply to the dots elements they render (DotsElement sets it). */
export const STRINGS_SCOPE = Symbol.for('dots-flows.strings-scope');

/** The nearest non-empty `lang`, crossing shadow roots up to the document, or null. */
export function closestLang(el: Element): string | null {
  let node: Element | null = el;
  while (node) {
    const found = node.closest('[lang]:not([lang=""])');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return el.ownerDocument.documentElement.getAttribute('lang') || null;
}

/** Composed ancestors (self first), crossing shadow roots. */
function* composedAncestors(el: Element): Generator<Element> {
  let node: Element | null = el;
  while (node) {
    yield node;
    if (node.parentElement) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
}

// One MutationObserver per root (document or shadow root) on the chain of any connected host,
// shared by every controller under it: a `lang` change anywhere above re-resolves only those.
const rootWatchers = new Map<Node, { observer: MutationObserver; controllers: Set<LocalizeController> }>();
const connected = new Set<LocalizeController>();

function watchRoot(root: Node, c: LocalizeController): void {
  let entry = rootWatchers.get(root);
  if (!entry) {
    const controllers = new Set<LocalizeController>();
    const observer = new MutationObserver(() => controllers.forEach((x) => x.refresh()));
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    rootWatchers.set(root, (entry = { observer, controllers }));
  }
  entry.controllers.add(c);
}

function unwatchRoot(root: Node, c: LocalizeController): void {
  const entry = rootWatchers.get(root);
  if (!entry) return;
  entry.controllers.delete(c);
  if (entry.controllers.size === 0) {
    entry.observer.disconnect();
    rootWatchers.delete(root);
  }
}

/**
 * Tells every localized element inside `el` (across shadow roots) that `el.strings` changed, so
 * per-instance overrides set on a flow reach the building blocks it renders.
 */
export function notifyStringsChanged(el: Element): void {
  for (const c of connected) if (c.host !== el && c.isInside(el)) c.host.requestUpdate();
}

/**
 * Gives an element its messages and Intl formatting. The locale comes from the element's `lang`,
 * then the closest `lang` above it (across shadow roots), then `<html lang>`, then English; any
 * tag maps to the nearest shipped catalog (`pt` -> `pt-BR`, `ar-EG` -> `ar`). The host re-renders
 * when any of those `lang` attributes change. Per-instance overrides come from the `strings`
 * property of the host or of any enclosing dots element (nearest wins).
 */
export class LocalizeController implements ReactiveController {
  readonly host: LocalizeHost;
  #lang: Locale = 'en';
  #tag: string | null = null;
  #roots: Node[] = [];
  #loading: Promise<void> | undefined;

  constructor(host: LocalizeHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    this.#roots = [];
    for (let node: Element | null = this.host; node; ) {
      const root = node.getRootNode();
      this.#roots.push(root);
      node = root instanceof ShadowRoot ? root.host : null;
    }
    for (const r of this.#roots) watchRoot(r, this);
    this.#resolve();
  }

  hostDisconnected(): void {
    connected.delete(this);
    for (const r of this.#roots) unwatchRoot(r, this);
    this.#roots = [];
  }

  /** Re-reads the locale; re-renders the host if it changed. */
  refresh(): void {
    const before = `${this.#lang}|${this.#tag}`;
    this.#resolve();
    if (`${this.#lang}|${this.#tag}` !== before) this.host.requestUpdate();
  }

  #resolve(): void {
    this.#tag = closestLang(this.host);
    this.#lang = resolveLocale(this.#tag);
    this.#loading = hasCatalog(this.#lang) ? undefined : this.#load(this.#lang);
  }

  /** Fetches the locale's catalog (English meanwhile), then re-renders the host. */
  #load(lang: Locale): Promise<void> {
    const done: Promise<void> = loadCatalog(lang).then(
      () => undefined,
      (error: unknown) => console.warn(`dots-flows: no ${lang} messages, showing English.`, error),
    );
    void done.then(() => {
      if (this.#loading === done) this.#loading = undefined;
      if (this.#lang === lang) this.host.requestUpdate();
    });
    return done;
  }

  /**
   * Pending while the catalog of the current locale is being loaded; settles when it is in (or
   * could not be loaded: English then). `undefined` when there is nothing to wait for. DotsElement
   * holds its updates on it, so `updateComplete` includes the load and nothing renders in English first.
   */
  get ready(): Promise<void> | undefined {
    return this.#loading;
  }

  isInside(ancestor: Element): boolean {
    for (const a of composedAncestors(this.host)) if (a === ancestor) return true;
    return false;
  }

  /** The catalog locale in use: one of `SUPPORTED_LOCALES`. */
  get lang(): Locale {
    return this.#lang;
  }

  /** The BCP 47 tag used for Intl (the requested tag when of the same language, e.g. `en-GB`). */
  get locale(): string {
    return formattingLocale(this.#tag, this.#lang);
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.#lang);
  }

  #overrides(key: string): Message | undefined {
    for (const el of composedAncestors(this.host)) {
      if (el !== this.host && !(el as unknown as Record<symbol, unknown>)[STRINGS_SCOPE]) continue;
      const strings = (el as Partial<LocalizeHost>).strings as Record<string, Message> | undefined;
      const hit = strings?.[key];
      if (hit !== undefined) return hit;
    }
    return undefined;
  }

  /** Translates a catalog key: `t('common.step_of', { current: 1, total: 3 })`. */
  t(key: MessageKey, params?: MessageParams): string {
    const override = this.#overrides(key);
    return translate(this.#lang, key, params, override === undefined ? undefined : { [key]: override }, this.locale);
  }

  /**
   * Resolves a message reference passed in by an owner: a catalog key is translated, an object
   * `{ key, params }` too, any other string is shown as it is (already-translated text).
   */
  text(ref: MessageRef | null | undefined, params?: MessageParams): string {
    if (ref == null || ref === '') return '';
    if (typeof ref === 'object') return this.t(ref.key, ref.params ?? params);
    const translated = this.t(ref as MessageKey, params);
    return translated;
  }

  /** Integer minor units to money: `money(123456, 'USD')` -> "$1,234.56" in en-US. */
  money(cents: number, currency: string, options?: Intl.NumberFormatOptions): string {
    return formatMoney(this.locale, cents, currency, options);
  }

  number(n: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.locale, n, options);
  }

  /** An ISO date (`YYYY-MM-DD`, shown as that calendar day) or date-time. */
  date(value: string | number | Date, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.locale, value, options);
  }
}
