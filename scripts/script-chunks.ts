/**
 * How the script-tag build groups modules into chunks. Left to itself the bundler makes one chunk
 * per set of importers: a page with the onboarding flow then fetched about 46 files, each found
 * only once the one importing it had arrived. Instead, what the two ready flows import up front is
 * two chunks: `shared`, what a page with either flow and the HTTP adapter runs in common (Lit,
 * zod, i18n, styles, the step machine, the step views' base), which the other elements reuse, and
 * `onboarding-first`, what the onboarding flow's first screen runs alone (a claim page does not
 * fetch it). The later steps, the adapters, the ledger and the other elements' own code stay their
 * own chunks.
 * The set comes from the import graph (esbuild, static imports whose code is kept), not from
 * folder names, so it follows the code as it changes.
 */
import { build } from 'esbuild';
import { posix, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { upFrontOutputs } from './size-budget.mjs';

/** Absolute paths of the modules `entry` imports statically and uses, itself included. */
export async function modulesUpFront(root: string, entry: string): Promise<Set<string>> {
  const out = await build({
    entryPoints: [resolve(root, entry)],
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: resolve(root, '.tmp/script-chunks'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = out.metafile.outputs;
  const start = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === entry.replace(/^\.\//, ''));
  if (!start) throw new Error(`script-chunks: no output for ${entry}`);
  const modules = new Set<string>();
  for (const file of upFrontOutputs(outputs, start)) {
    // A module the bundle kept nothing of (a barrel's unused re-export) is not needed up front.
    for (const [input, { bytesInOutput }] of Object.entries(outputs[file]?.inputs ?? {})) if (bytesInOutput > 0) modules.add(resolve(root, input));
  }
  return modules;
}

const normalize = (id: string): string => id.split('?')[0]!.split('\\').join('/');

/** rolldown's `output.codeSplitting` for the script build. */
export async function scriptChunkGroups(root: string) {
  const onboarding = await modulesUpFront(root, 'src/components/onboarding-flow/define.ts');
  const claim = await modulesUpFront(root, 'src/components/payout-claim-flow/define.ts');
  const http = await modulesUpFront(root, 'src/adapters/http/index.ts');
  // Modules that register elements stay out of the groups, each the chunk of its tag: a page that
  // loads the API, or shows another element, must not define elements it did not ask for.
  const registers = (id: string) => /\/define\.ts$/.test(id);
  // What a page with either ready flow and the HTTP adapter runs in common: needed by two of the
  // three. A flow's page has the HTTP adapter in production, so it fetches all of this anyway.
  const shared = (path: string) => [onboarding, claim, http].filter((set) => set.has(path)).length >= 2 && (onboarding.has(path) || claim.has(path));
  return {
    groups: [
      { name: 'shared', test: (id: string) => shared(normalize(id)) && !registers(normalize(id)) },
      // The rest of the onboarding flow's first screen; a claim page does not fetch it.
      { name: 'onboarding-first', test: (id: string) => onboarding.has(normalize(id)) && !registers(normalize(id)) },
    ],
  };
}

/**
 * Every chunk a tag's import loads names all the chunks it needs, not only its direct imports,
 * so the browser fetches them in parallel rather than level by level (the facade of
 * `<dots-onboarding-flow>` imported the flow's, which imported sign-in's, which imported the
 * fields'). Rollup calls this hoisting transitive imports; rolldown does not do it. The added
 * `import "./x.js";` go at the end: declarations are hoisted, so they are fetched with the others,
 * and each of those chunks has run by then as a dependency, so the order things run in is kept.
 */
export function hoistTransitiveImportsPlugin(): Plugin {
  return {
    name: 'dots-hoist-transitive-imports',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
      for (const chunk of chunks.values()) {
        if (!chunk.isDynamicEntry) continue;
        const all = new Set<string>();
        const visit = (file: string) => {
          for (const dep of chunks.get(file)?.imports ?? []) {
            if (all.has(dep)) continue;
            all.add(dep);
            visit(dep);
          }
        };
        visit(chunk.fileName);
        const missing = [...all].filter((dep) => !chunk.imports.includes(dep));
        if (!missing.length) continue;
        const here = posix.dirname(chunk.fileName);
        const lines = missing.map((dep) => `import ${JSON.stringify(`./${posix.relative(here, dep)}`)};`).join('');
        // Before the source map comment, which stays last.
        const mapComment = chunk.code.lastIndexOf('\n//# sourceMappingURL=');
        const at = mapComment < 0 ? chunk.code.length : mapComment;
        chunk.code = `${chunk.code.slice(0, at)}\n${lines}${chunk.code.slice(at)}`;
      }
    },
  };
}
