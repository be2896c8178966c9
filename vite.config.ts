import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from './package.json' with { type: 'json' };

// One config, two library builds:
//  - default mode: the npm ES modules (`dist/index.js`, `dist/define.js`, ... one per `exports` entry,
//    shared chunks), with every dependency and peer dependency left external so the host's bundler
//    dedupes Lit and zod;
//  - `--mode script`: the script-tag build, an ES module entry (`dist/cdn/dots-flows.js`, minified,
//    src/script-tag/index.ts) with every dependency inside and lazy chunks beside it
//    (`dist/cdn/chunks/`): elements are defined as they appear on the page, the API is `load()`ed.
// `npm run dev` serves the demo from source; see scripts/vite-demo-plugin.ts.

const manifest = pkg as { dependencies?: Record<string, string>; peerDependencies?: Record<string, string>; exports: Record<string, unknown> };
const dependencies = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
const isDependency = (id: string) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/**
 * The npm entry points, read from package.json `exports`: `"./x": { "import": "./dist/x.js" }` is
 * built from src/x.ts, or src/x/index.ts. A new entry needs only its exports line.
 */
function libEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const target of Object.values(manifest.exports)) {
    const file = typeof target === 'string' ? target : (target as { import?: string }).import;
    const name = /^\.\/dist\/([\w-]+)\.js$/.exec(file ?? '')?.[1];
    if (!name) continue;
    const source = [`src/${name}.ts`, `src/${name}/index.ts`].find((f) => existsSync(f));
    if (!source) throw new Error(`package.json exports ./dist/${name}.js but neither src/${name}.ts nor src/${name}/index.ts exists`);
    entries[name] = source;
  }
  return entries;
}

/**
 * Chunk names of the script build: a lazy element's chunk is named after its folder
 * (`element-onboarding-flow-<hash>.js`), a catalog `locale-<locale>`, an adapter `adapter-<kind>`, so a
 * network panel (and scripts/size-budget.mjs) can tell them apart. Shared chunks keep Rolldown's name.
 */
function scriptChunkName(facadeModuleId: string | null | undefined): string | undefined {
  const id = (facadeModuleId ?? '').split('\\').join('/');
  const element = /\/src\/components\/(?:steps\/)?([\w-]+)\/define\.ts$/.exec(id);
  if (element) return `element-${element[1]}`;
  const locale = /\/src\/i18n\/locales\/([\w-]+)\/index\.ts$/.exec(id);
  if (locale) return `locale-${locale[1]}`;
  const adapter = /\/src\/adapters\/(\w+)\/index\.ts$/.exec(id);
  if (adapter) return `adapter-${adapter[1]}`;
  const library = /\/src\/core\/validation\/libraries\/(\w+)\.ts$/.exec(id);
  if (library) return `validation-${library[1]}`;
  if (/\/src\/index\.ts$/.test(id)) return 'library';
  return undefined;
}

/** Removes the previous script build's chunks (their names change with every build). */
function cleanScriptDirPlugin(dir: string): Plugin {
  return {
    name: 'dots-clean-script-dir',
    buildStart() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Ships the theme stylesheets (`src/styles/themes/*.css`) as `dist/themes/*.css`. */
function themesPlugin(): Plugin {
  const dir = 'src/styles/themes';
  return {
    name: 'dots-themes',
    generateBundle() {
      if (!existsSync(dir)) return;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.css'))) {
        this.emitFile({ type: 'asset', fileName: `themes/${file}`, source: readFileSync(join(dir, file), 'utf8') });
      }
    },
  };
}

export default defineConfig(async ({ mode, command }): Promise<UserConfig> => {
  if (mode === 'script') {
    const { hoistTransitiveImportsPlugin, scriptChunkGroups } = await import('./scripts/script-chunks.ts');
    const { minifyTemplatesPlugin } = await import('./scripts/minify-templates.ts');
    // Tests build into their own folder so parallel runs never serve a half-written dist/.
    const outDir = process.env.DOTS_SCRIPT_OUT_DIR ?? 'dist';
    return {
      plugins: [cleanScriptDirPlugin(join(outDir, 'cdn')), themesPlugin(), minifyTemplatesPlugin(), hoistTransitiveImportsPlugin()],
      build: {
        outDir,
        emptyOutDir: false,
        sourcemap: true,
        // Vite keeps whitespace in library-mode ES output; the output's own minify removes it.
        minify: false,
        lib: { entry: 'src/script-tag/index.ts', formats: ['es'] },
        rolldownOptions: {
          output: {
            format: 'es',
            entryFileNames: 'cdn/dots-flows.js',
            chunkFileNames: (chunk) => `cdn/chunks/${scriptChunkName(chunk.facadeModuleId) ?? '[name]'}-[hash].js`,
            minify: true,
            comments: { legal: true, annotation: false, jsdoc: false },
            // V8's explicit compile hint: a first screen calls most of these chunks at once, so they are
            // compiled while the file streams in, off the main thread, rather than function by
            // function during the first render (about 5 ms of a 45 ms first screen, BENCHMARKS.md).
            postBanner: (chunk) => (['shared', 'onboarding-first'].includes(chunk.name) ? '//# allFunctionsCalledOnLoad\n' : ''),
            codeSplitting: await scriptChunkGroups(fileURLToPath(new URL('.', import.meta.url))),
          },
        },
      },
    };
  }
  if (command === 'serve') {
    // The demo from source, with the mock API; the production-like demo is `npm start`.
    const { demoDevPlugin } = await import('./scripts/vite-demo-plugin.ts');
    const here = fileURLToPath(new URL('.', import.meta.url));
    return {
      root: join(here, 'demo'),
      server: { host: '127.0.0.1', port: 5173, strictPort: true, open: false, fs: { allow: [here] } },
      plugins: [demoDevPlugin(join(here, 'src/script-tag/index.ts'))],
    };
  }
  const { minifyTemplatesPlugin } = await import('./scripts/minify-templates.ts');
  return {
    plugins: [themesPlugin(), minifyTemplatesPlugin()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      lib: {
        entry: libEntries(),
        formats: ['es'],
      },
      rolldownOptions: {
        external: isDependency,
        // One file per source module (dist/ mirrors src/), so a host's bundler drops whole modules
        // the import graph of what it uses never reaches: with shared chunks, importing one flow
        // kept every top-level zod schema, decorated class and catalog of the library. Files that
        // register elements (`components/**/define.js`, `define.js`) are the ones package.json
        // `sideEffects` lists.
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
        },
      },
    },
  };
});
