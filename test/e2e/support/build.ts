/**
 * The script-tag build for end-to-end tests, built once per source state: into
 * `.tmp/e2e-dist/<fingerprint>/`, so test processes running side by side (or another helper's
 * `npm run build`) never serve each other a half-written file.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = resolve(import.meta.dirname, '../../..');
const CACHE = join(ROOT, '.tmp/e2e-dist');
const INPUTS = ['src', 'vite.config.ts', 'package.json'];

function walk(path: string, out: string[]): void {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return;
  if (info.isDirectory()) {
    for (const name of readdirSync(path).sort()) walk(join(path, name), out);
  } else {
    out.push(`${path}:${info.size}:${info.mtimeMs}`);
  }
}

/** Changes whenever a file the bundle is built from changes. */
export function sourceFingerprint(): string {
  const lines: string[] = [];
  for (const input of INPUTS) walk(join(ROOT, input), lines);
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

async function withLock<T>(name: string, fn: () => T): Promise<T> {
  const lock = `${name}.lock`;
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // a lock older than two minutes belongs to a process that died mid-build
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(lock, { recursive: true, force: true });
      if (waited > 180_000) throw new Error(`Timed out waiting for ${lock}`);
      await sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const ENTRY = 'cdn/dots-flows.js';

/** Builds (or reuses) the script-tag build and returns its outDir (holding `cdn/dots-flows.js`). */
export async function buildScript(): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const fingerprint = sourceFingerprint();
  const dir = join(CACHE, fingerprint);
  if (existsSync(join(dir, ENTRY))) return dir;
  return withLock(dir, () => {
    if (existsSync(join(dir, ENTRY))) return dir;
    const tmp = `${dir}.${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'script', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, DOTS_SCRIPT_OUT_DIR: tmp },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`vite build --mode script failed:\n${r.stdout}\n${r.stderr}`);
    renameSync(tmp, dir);
    pruneOld(fingerprint);
    return dir;
  });
}

/** Keeps the cache small: other fingerprints' builds older than an hour go. */
function pruneOld(keep: string): void {
  for (const name of readdirSync(CACHE)) {
    if (name === keep || name.endsWith('.lock')) continue;
    const path = join(CACHE, name);
    if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
}
