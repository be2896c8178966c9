/**
 * `npm run dev`: the demo from source with hot reload. The page asks for the script-tag entry
 * (/dist/cdn/dots-flows.js); here that tag loads its source, src/script-tag/index.ts, whose lazy
 * imports Vite serves from source too, so the demo code runs unchanged. The mock Dots API answers
 * under /api as in `npm start`. No CSP here (Vite's style injection needs inline styles): `npm
 * start` is the strict one.
 */
import type { Plugin } from 'vite';
import { createMockServer, type MockServer } from '../src/server/mock-server.ts';

const SCRIPT_TAG = /<script\s+type="module"\s+src="\/dist\/cdn\/dots-flows\.js"\s*><\/script>/;

export function demoDevPlugin(entryModule: string): Plugin {
  let mock: MockServer | null = null;
  return {
    name: 'dots-demo-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      if (!SCRIPT_TAG.test(html)) return html;
      // module scripts run in document order: the global is set before demo/main.ts runs
      return html.replace(SCRIPT_TAG, `<script type="module" src=${JSON.stringify(`/@fs${entryModule}`)}></script>`);
    },
    configureServer(server) {
      mock = createMockServer({ seed: 'demo', basePath: '/api' });
      const handler = mock.handler;
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (path === '/api' || path.startsWith('/api/')) handler(req, res);
        else next();
      });
      server.httpServer?.once('close', () => void mock?.close());
    },
  };
}
