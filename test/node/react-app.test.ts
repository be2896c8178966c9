/**
 * demo/react, a React 19 + Vite app, on the packed library: `npm ci` with its committed lockfile
 * (which installs `.tmp/dots-flows.tgz`), its own `npm run build` (tsc over the published
 * declarations, then vite build), then the built app in Chromium, driven by labels.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { appDir, assertCoversPublicTags, assertInstalledWithPeer, codeBlock, codeBlocks, runOnboardingApp, useBuiltApp } from './support/example-app.ts';
import { ROOT, run } from './support/project.ts';

const APP = appDir('react');

describe('dots-flows/react covers every public element', () => {
  it('has a React wrapper for each tag a define.ts registers', () => {
    const covered = new Set(
      readdirSync(join(ROOT, 'src/react'))
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) => [...readFileSync(join(ROOT, 'src/react', f), 'utf8').matchAll(/tagName: '([a-z-]+)'/g)].map((m) => m[1]!)),
    );
    assertCoversPublicTags(covered, 'tags without a React wrapper');
  });
});

describe('demo/react on the packed library', () => {
  const app = useBuiltApp(APP);

  it('installs the tarball as a package (React a peer, not a copy of its own) and builds', () => {
    assertInstalledWithPeer(APP, 'react', 'React');
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
    await runOnboardingApp(app, 'no onDotsFlowError');
  });
});
