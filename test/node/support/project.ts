/** Paths and small helpers shared by the Node tests of the build, package and tooling. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** Runs a command in the repository; throws with its output when it fails. */
export function run(cmd: string, args: string[], options: SpawnSyncOptions = {}): string {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}:\n${String(r.stdout ?? '').slice(-4000)}\n${String(r.stderr ?? '').slice(-4000)}`);
  }
  return String(r.stdout ?? '');
}

export function listFiles(dir: string, test: (path: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (test(path)) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

/** Every tag the components register: `customElements.define('dots-x', ...)` in their define.ts. */
export function definedTags(): string[] {
  const tags = new Set<string>();
  for (const file of listFiles(join(ROOT, 'src/components'), (p) => p.endsWith('/define.ts'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/customElements\.define\(\s*['"]([a-z][a-z0-9-]*-[a-z0-9-]*)['"]/g)) tags.add(m[1]!);
  }
  return [...tags].sort();
}

/** A package.json `sideEffects` glob as a RegExp over package-relative paths (`*`, `**`). */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  const g = glob.replace(/^\.\//, '');
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      re += g[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += g[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
