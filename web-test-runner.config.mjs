import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { findChromium, chromiumArgs } from './scripts/find-chromium.mjs';
import { dotsMockServerPlugin } from './test/adapters/mock-server-plugin.mjs';
import { forcedColorsPlugin } from './test/helpers/forced-colors-plugin.mjs';

const executablePath = findChromium();

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }), dotsMockServerPlugin(), forcedColorsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, args: chromiumArgs },
      // Each test page gets its own browser context, hence its own window: two tabs of one window
      // leave the hidden one without animation frames, and `nextFrame()` there never resolves.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  // Chromium fires "ResizeObserver loop completed with undelivered notifications" as an error event
  // when an observer's callback changes the size of something observed in the same frame; those
  // notifications are delivered in the next frame, so nothing is lost. The list virtualizer
  // (@lit-labs/virtualizer) does this while a list settles beside other elements, and the test
  // framework would fail whichever test was running then. Every other error still fails it.
  testRunnerHtml: (testFramework) => `<!doctype html><html><body>
    <script>
      window.addEventListener('error', (e) => {
        if (/^ResizeObserver loop/.test(e.message ?? '')) e.stopImmediatePropagation();
      }, true);
    </script>
    <script type="module" src="${testFramework}"></script>
  </body></html>`,
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 15 * 60 * 1000,
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    summaryReporter({ outFile: process.env.DOTS_WTR_SUMMARY ?? '.wtr-summary.json' }),
  ],
};
