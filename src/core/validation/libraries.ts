/**
 * The libraries behind the phone and bank checks (libphonenumber-js with its metadata, ibantools)
 * are most of the weight of a flow, yet no field needs them before a person has typed something.
 * So they load on demand: the flow starts loading them as soon as a field that needs them is on
 * screen, and the checks, which stay synchronous, read them from here. A check that runs before
 * they arrive throws `ValidationRulesNotLoaded` (a programming error: await `loadValidationRules()`
 * or `loadLibrary()` first; the flows and the mock adapter do).
 */
import type * as PhoneModule from './libraries/phone.ts';
import type * as BankModule from './libraries/bank.ts';
import { libraryLoaders } from './libraries/loaders.ts';

export interface Libraries {
  phone: typeof PhoneModule;
  bank: typeof BankModule;
}
export type LibraryName = keyof Libraries;

const loaded: Partial<Libraries> = {};
const pending: { [K in LibraryName]?: Promise<Libraries[K]> } = {};

export class ValidationRulesNotLoaded extends Error {
  constructor(readonly library: LibraryName) {
    super(`dots-flows: the ${library} rules are not loaded yet; await loadValidationRules() before checking ${library} input`);
    this.name = 'ValidationRulesNotLoaded';
  }
}

/** Hands over a library that is already at hand (see libraries/static.ts). */
export function provideLibrary<K extends LibraryName>(name: K, lib: Libraries[K]): void {
  loaded[name] = lib;
}

/** True once `name` can be used synchronously. */
export const isLibraryLoaded = (name: LibraryName): boolean => loaded[name] !== undefined;

/** Loads one library once; a failed load (offline) is retried by the next call. */
export function loadLibrary<K extends LibraryName>(name: K): Promise<Libraries[K]> {
  const have = loaded[name];
  if (have) return Promise.resolve(have);
  let p = pending[name] as Promise<Libraries[K]> | undefined;
  if (!p) {
    p = (libraryLoaders[name]() as Promise<Libraries[K]>).then(
      (lib) => {
        loaded[name] = lib;
        return lib;
      },
      (err: unknown) => {
        delete pending[name];
        throw err;
      },
    );
    (pending as Record<LibraryName, Promise<unknown>>)[name] = p;
  }
  return p;
}

/** Loads every validation library: after this, every check in dots-flows runs synchronously. */
export async function loadValidationRules(): Promise<void> {
  await Promise.all([loadLibrary('phone'), loadLibrary('bank')]);
}

/** The library, or throws `ValidationRulesNotLoaded`. */
export function library<K extends LibraryName>(name: K): Libraries[K] {
  const lib = loaded[name];
  if (!lib) throw new ValidationRulesNotLoaded(name);
  return lib;
}
