/**
 * demo/vue, a Vue 3 + Vite app, on the packed library: `npm ci` with its committed lockfile
 * (which installs `.tmp/dots-flows.tgz`), its own `npm run build` (vue-tsc over the templates with
 * the `dots-flows/vue` GlobalComponents types, then vite build with `isDotsElement` as
 * `isCustomElement`), then the built app in Chromium, driven by labels.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { appDir, assertCoversPublicTags, assertInstalledWithPeer, codeBlock, runOnboardingApp, useBuiltApp } from './support/example-app.ts';
import { ROOT, run } from './support/project.ts';

const APP = appDir('vue');

describe('dots-flows/vue covers every public element', () => {
  it('has a Vue GlobalComponents entry for each tag a define.ts registers', () => {
    const covered = new Set(
      readdirSync(join(ROOT, 'src/vue'))
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) => [...readFileSync(join(ROOT, 'src/vue', f), 'utf8').matchAll(/^    '([a-z-]+)': DotsVueElement</gm)].map((m) => m[1]!)),
    );
    assertCoversPublicTags(covered, 'tags without a Vue GlobalComponents entry');
  });
});

describe('demo/vue on the packed library', () => {
  const app = useBuiltApp(APP);

  it('installs the tarball as a package (Vue a peer, not a copy of its own) and builds', () => {
    assertInstalledWithPeer(APP, 'vue', 'Vue');
  });

  it('types template props and @dots-* listeners: vue-tsc accepts the right ones (docs/vue.md example too) and refuses wrong ones', () => {
    // `.tmp/` is ignored by git; the file lives beside the app so it resolves the app's packages.
    const dir = join(APP, '.tmp');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'Types.vue'),
      `<script setup lang="ts">
import type { DotsFlowCompleteDetail, DotsStepChangeDetail } from 'dots-flows';
const step = (d: DotsStepChangeDetail): number => d.index + d.total;
const done = (d: DotsFlowCompleteDetail): string => d.completedSteps.join() + (d.userId ?? '');
</script>
<template>
  <dots-flow steps="compliance payout" :redirect-seconds="5" no-draft @dots-step-change="(e) => step(e.detail)" @dots-flow-complete="(e) => done(e.detail)" />
  <dots-onboarding-flow :steps="['compliance']" :prefill="{ email: 'a@b.co' }" @dots-flow-error="(e) => e.detail.retryable" @dots-flow-exit="(e) => e.detail.reason === 'exit'" />
  <dots-money-input :value="1500" currency="EUR" @dots-change="(e) => e.detail.value" />
  <dots-alert variant="warning" @dots-retry="(e) => e.detail.code" />
  <!-- @vue-expect-error steps is a list or a space-separated string -->
  <dots-flow :steps="42" />
  <!-- @vue-expect-error a step change has no amount -->
  <dots-onboarding-flow @dots-step-change="(e) => e.detail.amount" />
  <!-- @vue-expect-error a completed flow's detail is not a step change -->
  <dots-onboarding-flow @dots-flow-complete="(e) => step(e.detail)" />
  <!-- @vue-expect-error money is integer cents, not a text -->
  <dots-money-input :value="'12.00'" />
</template>
`,
    );
    // The example of docs/vue.md, as written there.
    writeFileSync(join(dir, 'DocsExample.vue'), codeBlock(join(ROOT, 'docs/vue.md'), 'vue'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: ['Types.vue', 'DocsExample.vue', '../src/env.d.ts'] }));
    try {
      run(join(APP, 'node_modules/.bin/vue-tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: APP });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the onboarding flow, and the Vue listeners show the step and "Done: user <id>"', async () => {
    await runOnboardingApp(app, 'no @dots-flow-error');
  });
});
