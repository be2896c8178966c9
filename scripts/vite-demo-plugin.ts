/**
 * `npm run dev`: the demo from source with hot reload. The page asks for the script-tag bundle
 * (/dist/dots-flows.iife.js); here that tag becomes a module that imports src/define.ts and sets
 * `window.DotsFlows`, so the demo code runs unchanged. The mock Dots API answers under /api as in
 * `npm start`. No CSP here (Vite's style injection needs inline styles): `npm start` is the strict one.
 */
import type { Plugin } from 'vite';
import { createMockServer, type MockServer } from '../src/server/mock-server.ts';

const GLOBAL_ID = '/@dots-flows/global';
const RESOLVED = '\0dots-flows-global';
const IIFE_TAG = /<script\s+src="\/dist\/dots-flows\.iife(?:\.min)?\.js"\s*><\/script>/;

export function demoDevPlugin(defineModule: string): Plugin {
  let mock: MockServer | null = null;
  return {
    name: 'dots-demo-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      if (!IIFE_TAG.test(html)) return html;
      // module scripts run in document order: the global is set before demo/main.ts runs
      return html.replace(IIFE_TAG, `<script type="module" src="${GLOBAL_ID}"></script>`);
    },
    resolveId(id) {
      return id === GLOBAL_ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      return `import * as DotsFlows from ${JSON.stringify(`/@fs${defineModule}`)};\nwindow.DotsFlows = DotsFlows;\n`;
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
