/**
 * The lazy element registry of the script-tag entry (the "autoloader" pattern): it watches a
 * document for elements whose tag it knows but the page has not defined yet, and imports the
 * module that defines each such tag once.
 *
 * It sees the light DOM of what it watches (the document, with `subtree`), not the inside of
 * shadow roots: elements a host component renders into its own shadow root are invisible to it.
 * Such pages call `define('dots-...')` (or `define()` for every tag) before rendering them. The
 * library's own elements need nothing: each one's define module imports the elements it renders.
 */
export type Loaders = Readonly<Record<string, () => Promise<unknown>>>;

export interface Registry<Tag extends string> {
  /**
   * Imports the modules that define `tags` (every known tag when none are given); resolves once
   * all of them are defined, rejects when a tag is unknown or its module failed to load.
   */
  define(...tags: Tag[]): Promise<void>;
  /**
   * Defines what `root` holds now and what is added to it later (childList, subtree). Returns
   * what stops watching it.
   */
  watch(root: Document | Element | DocumentFragment): () => void;
}

type Logger = Pick<Console, 'error'>;

/** The URL a failed `import()` names (Chromium, Firefox and Safari put it in the message). */
function failedUrl(error: unknown, fallback: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return /\b(?:https?|file):\/\/[^\s'"`)]+/.exec(message)?.[0] ?? fallback;
}

export function createRegistry<Tag extends string>(loaders: Loaders & Record<Tag, () => Promise<unknown>>, options: { base?: string; logger?: Logger } = {}): Registry<Tag> {
  const base = options.base ?? (typeof document === 'undefined' ? '' : document.baseURI);
  const logger = options.logger ?? console;
  const started = new Map<string, Promise<void>>();

  const known = (name: string): name is Tag => Object.hasOwn(loaders, name);

  function defineOne(tag: Tag): Promise<void> {
    if (customElements.get(tag)) return Promise.resolve();
    let pending = started.get(tag);
    if (!pending) {
      // ICU's first use (src/i18n/warm-up.ts) goes in the gap while the chunks arrive, not in the
      // first render. Its own line here: the entry shares no module with the chunks.
      if (started.size === 0) setTimeout(() => new Intl.NumberFormat());
      pending = loaders[tag]().then(
        () => {
          if (!customElements.get(tag)) throw new Error(`dots-flows: the module for <${tag}> loaded but did not define it`);
        },
        (error: unknown) => {
          const url = failedUrl(error, base);
          // Forgotten, so the next element or define() tries again (the network may be back).
          started.delete(tag);
          // One message per attempt, however many elements or define() calls wait on it.
          logger.error(`dots-flows: could not load <${tag}> from ${url}: ${error instanceof Error ? error.message : String(error)}`);
          throw new Error(`dots-flows: could not load <${tag}> from ${url}`, { cause: error });
        },
      );
      started.set(tag, pending);
    }
    return pending;
  }

  /** Starts the import for each undefined, known element in `root` (itself included). */
  function scan(root: ParentNode | Element): void {
    const found = new Set<Tag>();
    if (root instanceof Element && known(root.localName) && !customElements.get(root.localName)) found.add(root.localName);
    for (const el of root.querySelectorAll(':not(:defined)')) if (known(el.localName)) found.add(el.localName);
    // Failures are logged once by defineOne; a page that wants to handle them calls define().
    for (const tag of found) defineOne(tag).catch(() => {});
  }

  return {
    define(...tags) {
      const wanted = tags.length ? tags : (Object.keys(loaders) as Tag[]);
      const unknown = wanted.filter((t) => !known(t));
      if (unknown.length) return Promise.reject(new TypeError(`dots-flows: no element ${unknown.map((t) => `<${t}>`).join(', ')}`));
      return Promise.all(wanted.map(defineOne)).then(() => undefined);
    },
    watch(root) {
      const observer = new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
      });
      observer.observe(root, { childList: true, subtree: true });
      if (root instanceof Document && root.readyState === 'loading') {
        // Parsed elements arrive through the observer too; the scan at DOMContentLoaded is the safety net.
        root.addEventListener('DOMContentLoaded', () => scan(root), { once: true });
      }
      scan(root);
      return () => observer.disconnect();
    },
  };
}
