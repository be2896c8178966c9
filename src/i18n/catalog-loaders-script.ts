import type { Catalog } from './catalog-types.ts';
import type { Locale } from './types.ts';

/**
 * The script-tag bundle's catalog loaders (it cannot split, so vite.config.ts puts this module in
 * place of catalog-loaders.ts): each locale but English is a classic script next to the bundle,
 * `locales/<locale>.js`, written by the IIFE build. It hands its catalog to the hook below. Under
 * a strict CSP it needs what the bundle needs (script-src for the bundle's origin) and, where
 * Trusted Types are required, the `dots-flows` policy. A host may also load such a script itself,
 * after the bundle, to have the locale ready before anything renders.
 */
type Hook = (locale: string, catalog: Catalog) => void;
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

export const CATALOG_HOOK = Symbol.for('dots-flows.catalog');

// The bundle's own URL, read while the bundle runs: `document.currentScript` is only set then.
const base = typeof document === 'undefined' ? undefined : (document.currentScript as HTMLScriptElement | null)?.src || undefined;
const received = new Map<string, Catalog>();
const waiting = new Map<string, (catalog: Catalog) => void>();

(globalThis as unknown as Record<symbol, Hook>)[CATALOG_HOOK] = (locale, catalog) => {
  received.set(locale, catalog);
  waiting.get(locale)?.(catalog);
  waiting.delete(locale);
};

const allowed = new Set<string>();
let policy: ScriptUrlPolicy | null | undefined;

/** The URL as Trusted Types want it, through the library's own policy when the page has them. */
function trustedScriptUrl(url: string): unknown {
  allowed.add(url);
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy } }).trustedTypes;
    try {
      policy = tt?.createPolicy('dots-flows', {
        createScriptURL: (u) => {
          if (!allowed.has(u)) throw new TypeError(`dots-flows: not a catalog URL: ${u}`);
          return u;
        },
      }) ?? null;
    } catch {
      policy = null; // the page's CSP does not allow the name: the plain URL works where TT are not enforced
    }
  }
  return policy ? policy.createScriptURL(url) : url;
}

function load(locale: Exclude<Locale, 'en'>): Promise<Catalog> {
  const have = received.get(locale);
  if (have) return Promise.resolve(have);
  if (!base) return Promise.reject(new Error('dots-flows: the script-tag bundle cannot tell its own URL, so it cannot load locales/'));
  const url = new URL(`locales/${locale}.js`, base).href;
  return new Promise<Catalog>((resolve, reject) => {
    const script = document.createElement('script');
    const fail = () => {
      waiting.delete(locale);
      script.remove();
      reject(new Error(`dots-flows: could not load ${url}`));
    };
    waiting.set(locale, resolve);
    script.addEventListener('load', () => {
      script.remove();
      if (!received.has(locale)) fail();
    });
    script.addEventListener('error', fail);
    try {
      (script as unknown as { src: unknown }).src = trustedScriptUrl(url);
      (document.head ?? document.documentElement).append(script);
    } catch {
      fail();
    }
  });
}

export const catalogLoaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  es: () => load('es'),
  fr: () => load('fr'),
  'pt-BR': () => load('pt-BR'),
  ar: () => load('ar'),
};
