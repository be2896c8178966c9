// A @web/test-runner plugin that runs the dots-flows mock server for the browser tests: started
// on a free loopback port when the test server starts, stopped when it stops. The page learns its
// URL from GET /__dots_mock_server. Its ledger runs on a manual clock (tests settle payouts with
// POST /demo/clock/advance); each test file makes its own apps, so files never share state.
import { tsImport } from 'tsx/esm/api';

export function dotsMockServerPlugin() {
  let server = null;
  return {
    name: 'dots-mock-server',
    async serverStart() {
      const { createMockServer } = await tsImport('../../src/server/mock-server.ts', import.meta.url);
      const { ManualClock } = await tsImport('../../src/core/ledger/clock.ts', import.meta.url);
      server = createMockServer({ clock: new ManualClock(Date.now()), seed: 'web-test-runner' });
      await server.listen(0);
    },
    async serverStop() {
      await server?.close();
      server = null;
    },
    serve(context) {
      if (context.path === '/__dots_mock_server') {
        return { body: JSON.stringify({ url: server?.url ?? null }), type: 'application/json' };
      }
      return undefined;
    },
  };
}
