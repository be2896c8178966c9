/**
 * A tiny loopback static server for the bench pages. `mounts` maps a URL prefix to a folder; the
 * files come from the demo server's `readStatic`, which serves `.ts` as JavaScript (types
 * stripped, nothing bundled), so the page scripts are type-checked with the rest of scripts/ yet
 * run as they are written.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readStatic, type Mount } from '../../demo-server/static-files.ts';

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * `stubs` answers fixed JSON to every request under a prefix (the peer's API, so that it gets as
 * far as its first screen without its servers).
 */
export async function serve(mounts: Record<string, string>, stubs: Record<string, unknown> = {}): Promise<Served> {
  const list: Mount[] = Object.entries(mounts)
    .map(([prefix, dir]) => ({ prefix, dir }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer(async (req, res) => {
    try {
      const pathname = new URL(req.url ?? '/', 'http://x').pathname;
      const path = decodeURIComponent(pathname);
      const stub = Object.keys(stubs).sort((a, b) => b.length - a.length).find((p) => path.startsWith(p));
      if (stub) {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
        res.end(JSON.stringify(stubs[stub]));
        return;
      }
      // The demo server's static files: the same mounts, path checks, types and TypeScript compile.
      const file = await readStatic(list, pathname);
      res.writeHead(file.status, { 'content-type': file.type, 'cache-control': 'no-store' });
      res.end(file.body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
