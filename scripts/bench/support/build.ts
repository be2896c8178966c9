/**
 * The production script-tag bundle the browser benches load: `vite build --mode iife` into a
 * folder of this process (never the shared dist/, which other work may be rebuilding).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

export function vite(args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', ...args, '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vite build ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Builds the IIFE bundle (readable and minified) and returns its folder. */
export function buildIife(): string {
  const dir = tempDir('iife');
  vite(['--mode', 'iife'], { DOTS_IIFE_OUT_DIR: dir });
  if (!existsSync(join(dir, 'dots-flows.iife.min.js'))) throw new Error(`no dots-flows.iife.min.js in ${dir}`);
  return dir;
}
