/**
 * A tiny loopback static server for the bench pages. `mounts` maps a URL prefix to a folder;
 * `.ts` files are served as JavaScript (esbuild transform: types stripped, nothing bundled), so
 * the page scripts are type-checked with the rest of scripts/ yet run as they are written.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { transform } from 'esbuild';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.ts': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * `stubs` answers fixed JSON to every request under a prefix (the peer's API, so that it gets as
 * far as its first screen without its servers).
 */
export async function serve(mounts: Record<string, string>, stubs: Record<string, unknown> = {}): Promise<Served> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const stub = Object.keys(stubs).sort((a, b) => b.length - a.length).find((p) => path.startsWith(p));
      if (stub) {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
        res.end(JSON.stringify(stubs[stub]));
        return;
      }
      const prefix = prefixes.find((p) => path.startsWith(p));
      if (!prefix) throw Object.assign(new Error('no mount'), { code: 'ENOENT' });
      const root = mounts[prefix]!;
      const file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if (!(await stat(file)).isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      let body: string | Buffer = await readFile(file);
      if (file.endsWith('.ts')) body = (await transform(body.toString('utf8'), { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: file })).code;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch (e) {
      const code = (e as { code?: string }).code;
      res.writeHead(code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' });
      res.end(code === 'ENOENT' ? 'not found' : String(e));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
