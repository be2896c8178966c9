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
// Bare `zod` is not external: the alias below turns it into src/zod-csp.ts, which imports `zod/v4`.
const isDependency = (id: string) => id !== 'zod' && dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

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
 * Every `import ... from 'zod'` in the library gets src/zod-csp.ts (zod, jitless, for strict CSPs);
 * that module itself imports `zod/v4`, the same zod by its other name.
 */
const zodForCsp = { find: /^zod$/, replacement: fileURLToPath(new URL('./src/zod-csp.ts', import.meta.url)) };

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
      plugins: [themesPlugin()],
      resolve: { alias: [zodForCsp] },
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
      resolve: { alias: [zodForCsp] },
      plugins: [demoDevPlugin(join(here, 'src/define.ts'))],
    };
  }
  return {
    plugins: [themesPlugin()],
    resolve: { alias: [zodForCsp] },
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
        output: {
          // A chunk that registers elements is named define-*.js, the name package.json `sideEffects`
          // lists, so a host's bundler never drops it from `import 'dots-flows/define'`.
          chunkFileNames: (chunk) =>
            chunk.moduleIds.some((id) => /[\\/]define\.ts$/.test(id)) ? 'chunks/define-[hash].js' : 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
