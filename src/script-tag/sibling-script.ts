/**
 * The script-tag bundle cannot split, so what it loads on demand (other locales' catalogs, the
 * phone and bank validation libraries) is written next to it as classic scripts by the IIFE build
 * (vite.config.ts). Each hands its value to the hook below under its own path. Under a strict CSP
 * they need what the bundle needs (script-src for the bundle's origin) and, where Trusted Types are
 * required, the `dots-flows` policy. A host may also add such a script itself, after the bundle, to
 * have it ready before anything renders.
 */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
type Hook = (path: string, value: unknown) => void;

export const SIBLING_HOOK = Symbol.for('dots-flows.sibling');

// The bundle's own URL, read while the bundle runs: `document.currentScript` is only set then.
const base = typeof document === 'undefined' ? undefined : (document.currentScript as HTMLScriptElement | null)?.src || undefined;
const received = new Map<string, unknown>();
const waiting = new Map<string, (value: unknown) => void>();

(globalThis as unknown as Record<symbol, Hook>)[SIBLING_HOOK] = (path, value) => {
  received.set(path, value);
  waiting.get(path)?.(value);
  waiting.delete(path);
};

const allowed = new Set<string>();
let policy: ScriptUrlPolicy | null | undefined;

/** The URL as Trusted Types want it, through the library's own policy when the page has them. */
function trustedScriptUrl(url: string): unknown {
  allowed.add(url);
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy } }).trustedTypes;
    try {
      policy =
        tt?.createPolicy('dots-flows', {
          createScriptURL: (u) => {
            if (!allowed.has(u)) throw new TypeError(`dots-flows: not one of its own scripts: ${u}`);
            return u;
          },
        }) ?? null;
    } catch {
      policy = null; // the page's CSP does not allow the name: the plain URL works where TT are not enforced
    }
  }
  return policy ? policy.createScriptURL(url) : url;
}

/** Loads `<path>.js` from beside the bundle once and resolves with what it hands over. */
export function loadSibling<T>(path: string): Promise<T> {
  if (received.has(path)) return Promise.resolve(received.get(path) as T);
  if (!base) return Promise.reject(new Error(`dots-flows: the script-tag bundle cannot tell its own URL, so it cannot load ${path}.js`));
  const url = new URL(`${path}.js`, base).href;
  return new Promise<T>((resolve, reject) => {
    const script = document.createElement('script');
    const fail = () => {
      waiting.delete(path);
      script.remove();
      reject(new Error(`dots-flows: could not load ${url}`));
    };
    waiting.set(path, resolve as (value: unknown) => void);
    script.addEventListener('load', () => {
      script.remove();
      if (!received.has(path)) fail();
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
