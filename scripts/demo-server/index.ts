/**
 * The demo server: the host page (demo/) and the script-tag build (dist/cdn/) under a strict
 * Content-Security-Policy, the CSP violation log at `/__csp-reports`, and the mock Dots API under
 * `/api` (what a host's backend would be: the page gets short-lived tokens from `/api/demo/token`,
 * never the API secret, which stays in this process).
 *
 *   const demo = await startDemoServer({ port: 0 });   // demo.url, demo.reports, demo.mock
 *   await demo.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createMockServer, type MockServer, type MockServerOptions } from '../../src/server/mock-server.ts';
import { CSP_REPORT_PATH, CspReportLog, securityHeaders } from './csp.ts';
import { readStatic, type Mount } from './static-files.ts';

export const API_BASE_PATH = '/api';
/** The script-tag entry, relative to the dist folder (its chunks are in `cdn/chunks/`). */
export const SCRIPT_ENTRY_FILE = 'cdn/dots-flows.js';

export interface DemoServerOptions {
  /** Default 127.0.0.1: the demo is for this machine only. */
  host?: string;
  /** Default 5173; 0 picks a free port. */
  port?: number;
  /** The repository root; default the current directory. */
  root?: string;
  /** The outDir of the script-tag build (holding `cdn/`); default `<root>/dist`. */
  distDir?: string;
  /** The host page; default `<root>/demo`. */
  demoDir?: string;
  /** The mock Dots API under `/api`: options for `createMockServer`, or false for none. */
  api?: false | Omit<MockServerOptions, 'basePath'>;
  /** Also send `report-to` (see CspOptions.reportTo); default false. */
  reportTo?: boolean;
  log?: (line: string) => void;
}

export interface DemoServer {
  readonly url: string;
  /** The CSP violations browsers reported to this server. */
  readonly reports: CspReportLog;
  /** The mock API behind `/api` (its ledger, clock and tokens), or null. */
  readonly mock: MockServer | null;
  close(): Promise<void>;
}

function sendText(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const root = resolve(options.root ?? process.cwd());
  const distDir = resolve(options.distDir ?? join(root, 'dist'));
  const demoDir = resolve(options.demoDir ?? join(root, 'demo'));
  const log = options.log ?? (() => {});
  const mounts: Mount[] = [
    { prefix: '/dist/', dir: distDir },
    { prefix: '/', dir: demoDir },
  ];
  if (!existsSync(join(distDir, SCRIPT_ENTRY_FILE))) {
    log(`warning: ${join(distDir, SCRIPT_ENTRY_FILE)} is missing; build it with \`npx vite build --mode script\`.`);
  }

  const reports = new CspReportLog();
  const mock = options.api === false ? null : createMockServer({ seed: 'demo', ...options.api, basePath: API_BASE_PATH });
  const headers = securityHeaders({ reportPath: CSP_REPORT_PATH, reportTo: options.reportTo ?? false });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.setHeader('cache-control', 'no-store');
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const method = (req.method ?? 'GET').toUpperCase();

    if (url.pathname === CSP_REPORT_PATH) {
      if (method === 'POST') {
        const found = await reports.record(req);
        for (const v of found) log(`CSP violation: ${v.effectiveDirective} blocked ${v.blockedURL || v.sample} at ${v.sourceFile}:${v.lineNumber ?? '?'}`);
        res.writeHead(204).end();
      } else if (method === 'GET') {
        sendText(res, 200, 'application/json; charset=utf-8', JSON.stringify(reports.list()));
      } else if (method === 'DELETE') {
        reports.clear();
        res.writeHead(204).end();
      } else {
        res.writeHead(405, { allow: 'GET, POST, DELETE' }).end();
      }
      return;
    }

    if (url.pathname === API_BASE_PATH || url.pathname.startsWith(`${API_BASE_PATH}/`)) {
      if (mock) mock.handler(req, res);
      else sendText(res, 404, 'text/plain; charset=utf-8', 'No API on this server\n');
      return;
    }

    // Browsers ask for it whatever the page says; a 404 would be a console error on every page.
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }

    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = await readStatic(mounts, url.pathname);
    res.writeHead(file.status, { 'content-type': file.type, 'content-length': Buffer.byteLength(file.body) });
    res.end(method === 'HEAD' ? undefined : file.body);
  }

  const server = createServer((req, res) => {
    const started = Date.now();
    handle(req, res)
      .catch((e: unknown) => {
        log(`error on ${req.method} ${req.url}: ${String(e)}`);
        if (!res.headersSent) sendText(res, 500, 'text/plain; charset=utf-8', 'Internal error\n');
        else res.destroy();
      })
      .finally(() => {
        if (!(req.url ?? '').startsWith(API_BASE_PATH)) log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`);
      });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5173, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}/`;

  return {
    url,
    reports,
    mock,
    async close() {
      const closed = new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      server.closeIdleConnections();
      // closing the mock answers its pending long-polls; anything still open is cut after a grace period
      await mock?.close();
      const cut = setTimeout(() => server.closeAllConnections(), 1000);
      await closed;
      clearTimeout(cut);
    },
  };
}
