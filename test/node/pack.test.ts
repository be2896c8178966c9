/**
 * The package as a user installs it: `npm pack` (after the build), then `npm install <tarball>` in a
 * new project outside this repository, with npm's cache first (offline-friendly). Node resolves
 * every `exports` entry and runs the headless part; TypeScript (nodenext) type-checks a consumer
 * against the shipped declarations.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packedLibrary } from './support/packed-library.ts';
import { definedTags, ROOT, run } from './support/project.ts';

const project = mkdtempSync(join(tmpdir(), 'dots-pack-consumer-'));
const installed = join(project, 'node_modules', 'dots-flows');
let files: string[] = [];

function node(script: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
}

describe('npm pack', () => {
  before(async () => {
    const tarball = await packedLibrary();
    files = run('tar', ['-tzf', tarball]).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'pack-consumer', private: true, type: 'module' }, null, 2));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball], { cwd: project });
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('ships the builds, declarations, themes, manifest and README, and no sources or tests', () => {
    for (const f of [
      'package.json',
      'README.md',
      'custom-elements.json',
      'dist/index.js',
      'dist/define.js',
      'dist/cdn/dots-flows.js',
      'dist/types/index.d.ts',
      'dist/types/define.d.ts',
      'dist/themes/light.css',
      'dist/themes/dark.css',
    ]) {
      assert.ok(files.includes(f), `the tarball has ${f}`);
    }
    assert.ok(files.some((f) => /^dist\/cdn\/chunks\/element-onboarding-flow-[\w-]{8}\.js$/.test(f)), "the tarball has the script-tag build's chunks");
    const stray = files.filter((f) => /^(src|test|stories|demo|scripts|\.storybook|node_modules)\//.test(f));
    assert.deepEqual(stray, [], 'nothing but the package itself');
  });

  it('installs in a new project and resolves every exports entry from Node', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    for (const key of ['.', './define', './themes/*', './custom-elements.json', './package.json']) assert.ok(key in pkg.exports, `exports has ${key}`);
    const resolved = JSON.parse(
      node(`console.log(JSON.stringify(['dots-flows', 'dots-flows/define', 'dots-flows/themes/light.css', 'dots-flows/themes/dark.css', 'dots-flows/custom-elements.json'].map((s) => import.meta.resolve(s))))`),
    ) as string[];
    assert.deepEqual(
      resolved.map((u) => u.slice(u.indexOf('/node_modules/dots-flows/') + '/node_modules/dots-flows/'.length)),
      ['dist/index.js', 'dist/define.js', 'dist/themes/light.css', 'dist/themes/dark.css', 'custom-elements.json'],
    );
    const manifest = createRequire(join(project, 'x.js'))('dots-flows/custom-elements.json') as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    for (const tag of definedTags()) assert.ok(tags.includes(tag), `the shipped manifest describes ${tag}`);
  });

  it('imports the side-effect-free entry in Node and runs the mock backend headless', () => {
    const out = JSON.parse(
      node(`
        const lib = await import('dots-flows');
        const adapter = await new lib.MockAdapter({ persist: 'memory', seed: 'pack' }).ready();
        const settings = await adapter.getAppSettings();
        let refused = null;
        try { await adapter.getUser('no-such-user'); } catch (e) { refused = lib.isDotsError(e) ? e.code : String(e); }
        adapter.close();
        console.log(JSON.stringify({ exports: Object.keys(lib), currency: settings.currency, refused }));
      `),
    ) as { exports: string[]; currency: string; refused: string | null };
    for (const name of ['MockAdapter', 'HttpAdapter', 'DotsError', 'DotsOnboardingFlow', 'DotsFlow']) assert.ok(out.exports.includes(name), `dots-flows exports ${name}`);
    assert.equal(out.currency, 'USD');
    assert.equal(out.refused, 'not_found');
  });

  it('type-checks a consumer against the shipped declarations (TypeScript, nodenext)', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [] },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { MockAdapter, DotsOnboardingFlow, isDotsError, type BackendAdapter, type DotsError } from 'dots-flows';
import 'dots-flows/define';
// @ts-expect-error -- not an export: proves the declarations are read, not typed as any
import { NoSuchExport } from 'dots-flows';

export async function start(): Promise<string> {
  const adapter: BackendAdapter = await new MockAdapter({ persist: 'memory' }).ready();
  const flow: DotsOnboardingFlow = document.createElement('dots-onboarding-flow');
  flow.addEventListener('dots-flow-complete', () => {});
  try {
    return (await adapter.getAppSettings()).currency;
  } catch (e) {
    const err: DotsError | null = isDotsError(e) ? e : null;
    return err?.code ?? String(NoSuchExport);
  }
}
`,
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      assert.fail(`the consumer does not type-check:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    }
  });
});
