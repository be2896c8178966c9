/**
 * Static files for the demo server: a folder per URL prefix, TypeScript modules compiled on request
 * (so demo/*.ts is served as JavaScript from its own URL: no bundling, no inline script), and no
 * way out of a mounted folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { transform } from 'esbuild';

export interface Mount {
  /** URL prefix, starting and ending with `/`. */
  prefix: string;
  dir: string;
}

export interface StaticFile {
  status: number;
  type: string;
  body: string | Buffer;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.ts': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const notFound = (): StaticFile => ({ status: 404, type: 'text/plain; charset=utf-8', body: 'Not found\n' });

/** Compiled modules by path, reused while the source's mtime and size stay the same. */
const compiled = new Map<string, { key: string; code: string }>();

async function compileTs(path: string, key: string): Promise<string> {
  const hit = compiled.get(path);
  if (hit && hit.key === key) return hit.code;
  const source = await readFile(path, 'utf8');
  const out = await transform(source, {
    loader: 'ts',
    format: 'esm',
    target: 'es2022',
    sourcefile: path,
    sourcemap: 'inline',
    // Same decorator semantics as the library (see tsconfig.json).
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } },
  });
  compiled.set(path, { key, code: out.code });
  return out.code;
}

/** Resolves a URL path inside a mount; null when it escapes the folder or no mount matches. */
export function resolvePath(mounts: readonly Mount[], urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  for (const { prefix, dir } of mounts) {
    if (!decoded.startsWith(prefix)) continue;
    const root = resolve(dir);
    const full = resolve(root, `.${sep}${decoded.slice(prefix.length)}`);
    if (full !== root && !full.startsWith(root + sep)) return null;
    return full;
  }
  return null;
}

export async function readStatic(mounts: readonly Mount[], urlPath: string): Promise<StaticFile> {
  let path = resolvePath(mounts, urlPath);
  if (!path) return notFound();
  let info = await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    path = join(path, 'index.html');
    info = await stat(path).catch(() => null);
  }
  if (!info?.isFile()) return notFound();
  const ext = extname(path);
  const type = TYPES[ext] ?? 'application/octet-stream';
  if (ext === '.ts' && !path.endsWith('.d.ts')) {
    return { status: 200, type, body: await compileTs(path, `${info.mtimeMs}:${info.size}`) };
  }
  return { status: 200, type, body: await readFile(path) };
}
