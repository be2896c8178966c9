import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from './package.json' with { type: 'json' };

// One config, two library builds:
//  - default mode: the npm ES modules (`dist/index.js`, `dist/define.js`, ... one per `exports` entry,
//    shared chunks), with every dependency and peer dependency left external so the host's bundler
//    dedupes Lit and zod;
//  - `--mode iife`: the single-file script-tag bundle, everything inlined, exposing `window.DotsFlows`,
//    readable (`dots-flows.iife.js`) and minified (`dots-flows.iife.min.js`) from one build.
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
 * Script-tag bundle: an IIFE cannot split, so src/i18n/catalog-loaders.ts (dynamic imports) is
 * replaced by catalog-loaders-script.ts, and each catalog but English is written as a classic
 * script next to the bundle, `locales/<locale>.js`, that hands its catalog to the bundle's hook.
 */
const catalogLoadersForScript = {
  find: /^\.\/catalog-loaders\.ts$/,
  replacement: fileURLToPath(new URL('./src/i18n/catalog-loaders-script.ts', import.meta.url)),
};

/** Same for the phone and bank validation libraries: `libs/phone.js` and `libs/bank.js`. */
const libraryLoadersForScript = {
  find: /^\.\/libraries\/loaders\.ts$/,
  replacement: fileURLToPath(new URL('./src/script-tag/library-loaders.ts', import.meta.url)),
};

/** What the IIFE build writes beside the bundle (path without .js -> the source that makes it). */
async function siblingScripts(): Promise<Record<string, string>> {
  const { SUPPORTED_LOCALES } = await import('./src/i18n/types.ts');
  const scripts: Record<string, string> = {
    'libs/phone': "import * as lib from './src/core/validation/libraries/phone.ts';",
    'libs/bank': "import * as lib from './src/core/validation/libraries/bank.ts';",
  };
  for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
    scripts[`locales/${locale}`] = `import lib from './src/i18n/locales/${locale}/index.ts';`;
  }
  return scripts;
}

function siblingScriptsPlugin(): Plugin {
  return {
    name: 'dots-sibling-scripts',
    async generateBundle(_options, bundle) {
      if (!('dots-flows.iife.min.js' in bundle)) return; // once, with the minified output
      const { build } = await import('esbuild');
      const root = fileURLToPath(new URL('.', import.meta.url));
      for (const [path, source] of Object.entries(await siblingScripts())) {
        const out = await build({
          stdin: {
            contents: `${source}\nglobalThis[Symbol.for('dots-flows.sibling')]?.(${JSON.stringify(path)}, lib);`,
            resolveDir: root,
            sourcefile: `${path}.js`,
            loader: 'ts',
          },
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2022',
          legalComments: 'none',
          write: false,
          logLevel: 'silent',
        });
        this.emitFile({ type: 'asset', fileName: `${path}.js`, source: out.outputFiles[0]!.text });
      }
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
  if (mode === 'iife') {
    return {
      plugins: [themesPlugin(), siblingScriptsPlugin()],
      resolve: { alias: [catalogLoadersForScript, libraryLoadersForScript] },
      build: {
        // Tests build into their own folder so parallel runs never serve a half-written dist/.
        outDir: process.env.DOTS_IIFE_OUT_DIR ?? 'dist',
        emptyOutDir: false,
        sourcemap: true,
        // Minification is per output below, so one build gives both files.
        minify: false,
        lib: { entry: 'src/define.ts', name: 'DotsFlows' },
        rolldownOptions: {
          output: [
            { format: 'iife', name: 'DotsFlows', entryFileNames: 'dots-flows.iife.js' },
            {
              format: 'iife',
              name: 'DotsFlows',
              entryFileNames: 'dots-flows.iife.min.js',
              minify: true,
              comments: { legal: true, annotation: false, jsdoc: false },
            },
          ],
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
      plugins: [demoDevPlugin(join(here, 'src/define.ts'))],
    };
  }
  return {
    plugins: [themesPlugin()],
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
