/**
 * demo/vue, a Vue 3 + Vite app, on the packed library: `npm ci` with its committed lockfile
 * (which installs `.tmp/dots-flows.tgz`), its own `npm run build` (vue-tsc over the templates with
 * the `dots-flows/vue` GlobalComponents types, then vite build with `isDotsElement` as
 * `isCustomElement`), then the built app in Chromium, driven by labels.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/support/browser.ts';
import { appDir, codeBlock, finishOnboarding, installAndBuild, serveStatic, signIn, watchErrors } from './support/example-app.ts';
import { definedTags, ROOT, run } from './support/project.ts';

const APP = appDir('vue');
let browser: Browser | undefined;
let server: { url: string; close: () => Promise<void> } | undefined;

/** Every registered tag but the step views, which only run inside a flow (they render its snapshot). */
const publicTags = () => definedTags().filter((t) => !t.endsWith('-step'));

describe('dots-flows/vue covers every public element', () => {
  it('has a Vue GlobalComponents entry for each tag a define.ts registers', () => {
    const covered = new Set(
      readdirSync(join(ROOT, 'src/vue'))
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) => [...readFileSync(join(ROOT, 'src/vue', f), 'utf8').matchAll(/^    '([a-z-]+)': DotsVueElement</gm)].map((m) => m[1]!)),
    );
    assert.deepEqual(publicTags().filter((t) => !covered.has(t)), [], 'tags without a Vue GlobalComponents entry');
    assert.deepEqual([...covered].filter((t) => !publicTags().includes(t)), [], 'entries for tags nothing registers');
  });
});

describe('demo/vue on the packed library', () => {
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

  it('installs the tarball as a package (Vue a peer, not a copy of its own) and builds', () => {
    const installed = JSON.parse(readFileSync(join(APP, 'node_modules/dots-flows/package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    assert.ok(installed.exports['./vue'], 'the installed package exports dots-flows/vue');
    assert.equal(installed.peerDependenciesMeta['vue']?.optional, true);
    assert.equal(existsSync(join(APP, 'node_modules/dots-flows/node_modules/vue')), false, 'no second Vue under the library');
    assert.ok(existsSync(join(APP, 'dist/index.html')));
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
    const page = await browser!.newPage();
    const errors = watchErrors(page);
    await page.goto(server!.url);
    // @dots-ready
    await page.getByText('Step 1 of 3: sign-in').waitFor();
    await signIn(page, '2015550142', '000000');
    // @dots-step-change, after the phone, the code and the profile
    await page.getByText('Step 2 of 3: compliance (compliance-w9)').waitFor();
    await finishOnboarding(page);
    await page.getByText('Step 3 of 3: manage-payouts (manage-payouts)').waitFor();
    // @dots-flow-complete
    const done = await page.getByText(/^Done: user /).textContent();
    assert.match(done ?? '', /^Done: user [0-9a-f-]{36}$/);
    assert.equal(await page.getByRole('alert').count(), 0, 'no @dots-flow-error');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
