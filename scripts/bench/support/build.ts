/**
 * The production script-tag build the browser benches load: `vite build --mode script` into a
 * folder of this process (never the shared dist/, which other work may be rebuilding).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vite } from '../../size-budget.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh `.tmp/` folder removed when the process exits. */
export function tempDir(name: string): string {
  const dir = join(ROOT, '.tmp', `bench-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  made.push(dir);
  return dir;
}

export { vite };

/** Builds the script-tag build (entry `cdn/dots-flows.js` and its chunks) and returns its outDir. */
export function buildScript(): string {
  const dir = tempDir('script');
  vite(['--mode', 'script'], { DOTS_SCRIPT_OUT_DIR: dir });
  if (!existsSync(join(dir, 'cdn/dots-flows.js'))) throw new Error(`no cdn/dots-flows.js in ${dir}`);
  return dir;
}
