import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLibraryLoaded, loadLibrary, type LibraryName } from '../core/validation/libraries.ts';

/**
 * For elements that read a lazily loaded validation library while rendering (the phone input's
 * calling codes, the country lists): starts the load when the element connects and renders again
 * once it is there. Until then `ready` is false and the element renders what it can without it.
 * A load that fails (offline) is tried again the next time the element connects.
 */
export class ValidationRulesController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #names: readonly LibraryName[];
  #loading: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost, names: readonly LibraryName[] = ['phone']) {
    this.#host = host;
    this.#names = names;
    host.addController(this);
  }

  get ready(): boolean {
    return this.#names.every(isLibraryLoaded);
  }

  /** Settles once the libraries are loaded (or their load failed); never rejects. */
  get loaded(): Promise<void> {
    return this.#loading ?? Promise.resolve();
  }

  hostConnected(): void {
    if (this.ready || this.#loading) return;
    this.#loading = Promise.all(this.#names.map((n) => loadLibrary(n))).then(
      () => this.#host.requestUpdate(),
      () => undefined,
    ).finally(() => {
      this.#loading = undefined;
    });
  }
}
