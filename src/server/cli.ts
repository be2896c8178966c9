/**
 * `npm run mock-server [-- --port 4010] [--seed demo] [--manual-clock] [--magic-code]`
 * Serves the mock ledger over the Dots v2 REST API on 127.0.0.1 (port from --port, then PORT,
 * then 4010) and prints the URL, the default app and a first token.
 */
import { parseArgs } from 'node:util';
import { ManualClock, RealClock } from '../core/ledger/clock.ts';
import { createMockServer } from './mock-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    seed: { type: 'string', default: 'mock-server' },
    'manual-clock': { type: 'boolean', default: false },
    'magic-code': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}

const server = createMockServer({
  clock: values['manual-clock'] ? new ManualClock(Date.now()) : new RealClock(),
  seed: values.seed,
  app: { name: 'Demo app', sandbox_magic_code: values['magic-code'] },
  ...(values.quiet ? {} : { log: (line: string) => console.log(line) }),
});

const url = await server.listen(port);
const { token, expires_at } = server.mintToken();
console.log(`dots-flows mock server listening on ${url}`);
console.log(`app ${server.defaultAppId}; Basic auth ${server.defaultAppId}:${server.apiSecret}`);
console.log(`a token (until ${expires_at}): ${token}`);
console.log(`more tokens: curl -X POST ${url}/demo/token`);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
