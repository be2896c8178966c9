/**
 * The library as a user gets it: `npm run build` then `npm pack`, done once per state of the
 * source and shared by every test that installs the tarball (the React and Vue example apps).
 *
 * The build runs in a copy of the working tree (tracked and untracked files, not ignored ones),
 * never in the repository itself, so it cannot race another test's `npm run build` over `dist/`.
 * The copy is keyed by a hash of those files (tests, stories, docs and demos left out): two test files in one run share one build and one
 * pack, and a changed source file gives a new one.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, run } from './project.ts';

const CACHE = join(tmpdir(), 'dots-flows-pack');
/** Where the example apps' package.json files expect the tarball (`file:../../.tmp/dots-flows.tgz`). */
export const TARBALL = join(ROOT, '.tmp', 'dots-flows.tgz');
const LOCK_STALE_MS = 20 * 60_000;
const NOT_BUILT = ['test/', 'stories/', 'docs/', 'demo/', '.storybook/'];

/** Files of the working tree a build could read: tracked, plus new files not ignored by git. */
function sourceFiles(): string[] {
  const out = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z']);
  return out
    .split('\0')
    .filter(Boolean)
    // What the build never reads: tests, stories, docs, demos. Edits there reuse the pack.
    .filter((f) => !NOT_BUILT.some((dir) => f.startsWith(dir)))
    .filter((f) => existsSync(join(ROOT, f)) && statSync(join(ROOT, f)).isFile())
    .sort();
}

function keyOf(files: string[]): string {
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(f).update('\0');
    hash.update(readFileSync(join(ROOT, f))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A directory lock (mkdir is atomic); a lock older than LOCK_STALE_MS is taken over. */
async function withLock<T>(lock: string, work: () => T): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // released between the two calls
      }
      await sleep(500);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function buildAndPack(files: string[], dir: string): string {
  const tree = join(dir, 'tree');
  rmSync(tree, { recursive: true, force: true });
  for (const f of files) {
    mkdirSync(dirname(join(tree, f)), { recursive: true });
    copyFileSync(join(ROOT, f), join(tree, f));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
  run('npm', ['run', '--silent', 'build'], { cwd: tree });
  // The build is done; a `prepack` script must not run it a second time.
  const name = run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: tree }).trim().split('\n').at(-1)!;
  const tgz = join(dir, 'dots-flows.tgz');
  renameSync(join(dir, name), tgz);
  rmSync(tree, { recursive: true, force: true });
  return tgz;
}

/** Drops packs of older source states (keeps the one in use). */
function pruneOthers(key: string): void {
  if (!existsSync(CACHE)) return;
  for (const name of readdirSync(CACHE)) {
    if (name === key || name === `${key}.lock` || name.endsWith('.lock')) continue;
    const path = join(CACHE, name);
    if (Date.now() - statSync(path).mtimeMs > 60 * 60_000) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Builds and packs the library (or reuses the pack of the same sources), then copies the tarball
 * to `.tmp/dots-flows.tgz`, where the example apps install it from. Returns that path.
 */
export async function packedLibrary(): Promise<string> {
  const files = sourceFiles();
  const key = keyOf(files);
  const dir = join(CACHE, key);
  mkdirSync(CACHE, { recursive: true });
  const tgz = await withLock(join(CACHE, `${key}.lock`), () => {
    const done = join(dir, 'dots-flows.tgz');
    if (existsSync(done)) return done;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return buildAndPack(files, dir);
  });
  pruneOthers(key);
  mkdirSync(dirname(TARBALL), { recursive: true });
  // Copy then rename, so an app installing at the same moment never reads half a file.
  const partial = `${TARBALL}.${process.pid}.part`;
  copyFileSync(tgz, partial);
  renameSync(partial, TARBALL);
  return TARBALL;
}

// `npx tsx test/node/support/packed-library.ts` packs once by hand (to refresh an app's lockfile).
if (import.meta.url === `file://${process.argv[1]}`) void packedLibrary().then((path) => console.log(path));
