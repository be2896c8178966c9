/**
 * `virtual:custom-elements-manifest`: the custom elements manifest, made by the analyzer from
 * custom-elements-manifest.config.mjs when Storybook starts and again when an element changes,
 * so Storybook needs no prior `npm run analyze` and never shows a stale manifest.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

const ID = 'virtual:custom-elements-manifest';
const RESOLVED = `\0${ID}`;
const run = promisify(execFile);

export async function analyzeManifest(root = process.cwd()): Promise<unknown> {
  const cem = createRequire(join(root, 'package.json')).resolve('@custom-elements-manifest/analyzer/cem.js');
  const out = await mkdtemp(join(tmpdir(), 'dots-cem-'));
  try {
    // the analyzer joins --outdir to the working directory
    await run(process.execPath, [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, out), '--quiet'], { cwd: root });
    return JSON.parse(await readFile(join(out, 'custom-elements.json'), 'utf8'));
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

export function customElementsManifestPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'dots-custom-elements-manifest',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      return `export default ${JSON.stringify(await analyzeManifest(root))};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.includes(`${join('src', 'components')}`) || !file.endsWith('.ts')) return;
      const mod = server.moduleGraph.getModuleById(RESOLVED);
      if (mod) server.moduleGraph.invalidateModule(mod);
    },
  };
}
