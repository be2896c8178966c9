/**
 * demo/react, a React 19 + Vite app, on the packed library: `npm ci` with its committed lockfile
 * (which installs `.tmp/dots-flows.tgz`), its own `npm run build` (tsc over the published
 * declarations, then vite build), then the built app in Chromium, driven by labels.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/support/browser.ts';
import { appDir, codeBlock, codeBlocks, finishOnboarding, installAndBuild, serveStatic, signIn, watchErrors } from './support/example-app.ts';
import { definedTags, ROOT, run } from './support/project.ts';

const APP = appDir('react');
let browser: Browser | undefined;
let server: { url: string; close: () => Promise<void> } | undefined;

/** Every registered tag but the step views, which only run inside a flow (they render its snapshot). */
const publicTags = () => definedTags().filter((t) => !t.endsWith('-step'));

describe('dots-flows/react covers every public element', () => {
  it('has a React wrapper for each tag a define.ts registers', () => {
    const covered = new Set(
      readdirSync(join(ROOT, 'src/react'))
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) => [...readFileSync(join(ROOT, 'src/react', f), 'utf8').matchAll(/tagName: '([a-z-]+)'/g)].map((m) => m[1]!)),
    );
    assert.deepEqual(publicTags().filter((t) => !covered.has(t)), [], 'tags without a React wrapper');
    assert.deepEqual([...covered].filter((t) => !publicTags().includes(t)), [], 'entries for tags nothing registers');
  });
});

describe('demo/react on the packed library', () => {
  before(
    async () => {
      await installAndBuild(APP);
      server = await serveStatic(join(APP, 'dist'));
      browser = await launchChromium();
    },
    { timeout: 600_000 },
  );
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('installs the tarball as a package (React a peer, not a copy of its own) and builds', () => {
    const installed = JSON.parse(readFileSync(join(APP, 'node_modules/dots-flows/package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    assert.ok(installed.exports['./react'], 'the installed package exports dots-flows/react');
    assert.equal(installed.peerDependenciesMeta['react']?.optional, true);
    assert.equal(existsSync(join(APP, 'node_modules/dots-flows/node_modules/react')), false, 'no second React under the library');
    assert.ok(existsSync(join(APP, 'dist/index.html')));
  });

  it('types props and event details: the compiler accepts the right ones (docs/react.md and README examples too) and refuses wrong ones', () => {
    // `.tmp/` is ignored by git; the file lives beside the app so it resolves the app's packages.
    const dir = join(APP, '.tmp');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'types.tsx'),
      `import { DotsOnboardingFlow, DotsFlow, DotsMoneyInput, DotsOtpInput } from 'dots-flows/react';
import type { DotsFlowCompleteDetail } from 'dots-flows/react';

const done = (d: DotsFlowCompleteDetail): string => d.completedSteps.join() + (d.transferId ?? '');
export const ok = [
  <DotsOnboardingFlow noDraft allowExit prefill={{ email: 'a@b.co' }} onDotsFlowComplete={(e) => done(e.detail)} onDotsStepChange={(e) => e.detail.index.toFixed() + e.detail.screen} onDotsFlowExit={(e) => e.detail.reason === 'redirect'} />,
  <DotsFlow steps={['compliance', 'payout']} onDotsFlowError={(e) => e.detail.retryable && e.detail.code} onDotsReady={(e) => e.detail.steps.length} onDotsStepComplete={(e) => e.detail.summary} />,
  <DotsMoneyInput value={1500} currency="EUR" onDotsChange={(e) => e.detail.reason} />,
  <DotsOtpInput onDotsComplete={(e) => e.detail.complete} />,
];
// @ts-expect-error a step change has no 'amount'
export const badDetail = <DotsOnboardingFlow onDotsStepChange={(e) => e.detail.amount} />;
// @ts-expect-error steps is a list of step names
export const badSteps = <DotsFlow steps={42} />;
// @ts-expect-error money is integer cents, not a text
export const badMoney = <DotsMoneyInput value="12.00" />;
`,
    );
    // The example of docs/react.md, as written there.
    writeFileSync(join(dir, 'docs-example.tsx'), codeBlock(join(ROOT, 'docs/react.md'), 'tsx'));
    // The README's TypeScript examples (npm embedding, adapters), compiled against the installed package.
    const readme = codeBlocks(join(ROOT, 'README.md'), 'ts').map((code, i) => {
      writeFileSync(join(dir, `readme-${i}.ts`), code);
      return `readme-${i}.ts`;
    });
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: ['types.tsx', 'docs-example.tsx', ...readme] }));
    try {
      run(join(APP, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: APP });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the onboarding flow, and the React callbacks show the step and "Done: user <id>"', async () => {
    const page = await browser!.newPage();
    const errors = watchErrors(page);
    await page.goto(server!.url);
    // onDotsReady
    await page.getByText('Step 1 of 3: sign-in').waitFor();
    await signIn(page, '2015550142', '000000');
    // onDotsStepChange, after the phone, the code and the profile
    await page.getByText('Step 2 of 3: compliance (compliance-w9)').waitFor();
    await finishOnboarding(page);
    await page.getByText('Step 3 of 3: manage-payouts (manage-payouts)').waitFor();
    // onDotsFlowComplete
    const done = await page.getByText(/^Done: user /).textContent();
    assert.match(done ?? '', /^Done: user [0-9a-f-]{36}$/);
    assert.equal(await page.getByRole('alert').count(), 0, 'no onDotsFlowError');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
