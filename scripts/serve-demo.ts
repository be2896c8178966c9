/**
 * `npm start` (after `vite build --mode script`) or `npm run serve-demo [-- --port 5173] [--quiet]`:
 * serves the demo on http://127.0.0.1:5173/ under a strict CSP, with the mock Dots API at /api.
 * `--manual-clock` runs the API's ledger on a manual clock (`POST /api/demo/clock/advance`),
 * `--magic-code` lets the sandbox sign-in code through, as `npm run mock-server` does.
 */
import { parseArgs } from 'node:util';
import { ManualClock } from '../src/core/ledger/clock.ts';
import { startDemoServer } from './demo-server/index.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    quiet: { type: 'boolean', default: false },
    'manual-clock': { type: 'boolean', default: false },
    'magic-code': { type: 'boolean', default: false },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 5173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}

const log = values.quiet ? (line: string) => { if (line.startsWith('CSP') || line.startsWith('warning') || line.startsWith('error')) console.log(line); } : (line: string) => console.log(line);

try {
  const demo = await startDemoServer({
    port,
    host: values.host,
    log,
    api: {
      ...(values['manual-clock'] ? { clock: new ManualClock(Date.now()) } : {}),
      ...(values['magic-code'] ? { app: { name: 'Demo app', sandbox_magic_code: true } } : {}),
    },
  });
  console.log(`dots-flows demo on ${demo.url} (mock Dots API at ${demo.url}api, CSP reports at ${demo.url}__csp-reports)`);
  const stop = () => void demo.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  console.error(err.code === 'EADDRINUSE' ? `Port ${port} is in use: stop the other server or pass --port.` : String(e));
  process.exit(1);
}
