/**
 * `npm run build`, run once for this file: the npm ES modules, type declarations, the script-tag
 * build (an ES module entry with lazy chunks, in dist/cdn/), theme files and the custom elements
 * manifest; then both kinds of output evaluated in Chromium.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/browser.ts';
import { dynamicImports, staticImports } from '../../scripts/size-budget.mjs';
import { definedTags, globToRegExp, listFiles, ROOT, run } from './support/project.ts';

const dist = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  exports: Record<string, unknown>;
  sideEffects: string[];
};
const ORIGIN = 'http://dots-build.test';
const cdn = join(dist, 'cdn');
/** The npm build's files (the script-tag build in dist/cdn is another build). */
const npmFiles = (filter: (p: string) => boolean) => listFiles(dist, filter).filter((p) => !p.startsWith(`${cdn}/`));

let browser: Browser;
/** In-memory bundles of the ES entries, as a host's bundler would make them. */
const bundles = new Map<string, string>();

async function bundleEntry(name: string, source: string): Promise<void> {
  const out = await build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: `${name}.js` },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  bundles.set(`/${name}.js`, out.outputFiles[0]!.text);
}

/** A page on a fake origin: `/dist/*` from dist/, the bundles above, and a page with only `body`. */
async function openPage(bodyHtml: string, { lang = 'en', csp }: { lang?: string; csp?: string } = {}): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      return route.fulfill({
        contentType: 'text/html',
        headers: csp ? { 'content-security-policy': csp } : {},
        body: `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${bodyHtml}</body></html>`,
      });
    }
    if (bundles.has(path)) return route.fulfill({ contentType: 'text/javascript', body: bundles.get(path)! });
    const file = join(dist, path.replace(/^\/dist\//, ''));
    if (path.startsWith('/dist/') && existsSync(file)) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForLoadState('load');
  assert.deepEqual(errors, [], 'the page loads without errors');
  return page;
}

const registered = (page: Page, tags: string[]) => page.evaluate((t) => t.filter((tag) => customElements.get(tag) !== undefined), tags);
/** The tags a page has not registered (an empty list reads best in a failure). */
const unregistered = async (page: Page, tags: string[]) => {
  const done = new Set(await registered(page, tags));
  return tags.filter((t) => !done.has(t));
};

describe('npm run build', () => {
  before(async () => {
    run('npm', ['run', '--silent', 'build']);
    await bundleEntry('es-index', "import * as lib from './dist/index.js'; window.__lib = lib;");
    await bundleEntry('es-define', "import * as lib from './dist/define.js'; window.__lib = lib;");
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  it('writes every output the package.json points to', () => {
    for (const file of [
      'dist/index.js',
      'dist/define.js',
      'dist/types/index.d.ts',
      'dist/types/define.d.ts',
      'dist/cdn/dots-flows.js',
      'dist/cdn/dots-flows.js.map',
      'dist/themes/light.css',
      'dist/themes/dark.css',
      'custom-elements.json',
    ]) {
      assert.ok(existsSync(join(ROOT, file)), `${file} exists`);
    }
    for (const [key, target] of Object.entries(pkg.exports)) {
      const paths = typeof target === 'string' ? [target] : Object.values(target as Record<string, string>);
      for (const p of paths) {
        if (p.includes('*')) continue;
        assert.ok(existsSync(join(ROOT, p)), `exports["${key}"] -> ${p} exists`);
      }
    }
  });

  it('keeps runtime dependencies out of the ES modules and inside the script-tag build', async () => {
    const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})];
    const esFiles = npmFiles((p) => p.endsWith('.js'));
    // esbuild reads the import graph; everything not relative stays external and is listed.
    const { metafile } = await build({ entryPoints: esFiles, bundle: true, packages: 'external', metafile: true, write: false, outdir: '/tmp/unused', logLevel: 'silent', format: 'esm' });
    const bare = new Set<string>();
    for (const [file, input] of Object.entries(metafile.inputs)) {
      for (const imp of input.imports) {
        if (!imp.external) continue;
        bare.add(imp.path);
        assert.ok(deps.some((d) => imp.path === d || imp.path.startsWith(`${d}/`)), `${file} imports ${imp.path}, a dependency or peer dependency`);
      }
    }
    for (const file of esFiles) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /createPolicy\(["']lit-html["']/, `${relative(ROOT, file)} does not inline lit-html`);
    }
    assert.ok(bare.has('lit'), 'the ES modules import lit');
    const scriptFiles = listFiles(cdn, (p) => p.endsWith('.js'));
    assert.ok(scriptFiles.some((f) => /createPolicy\(["'`]lit-html["'`]/.test(readFileSync(f, 'utf8'))), 'the script-tag build carries lit-html');
    for (const file of scriptFiles) {
      const code = readFileSync(file, 'utf8');
      // every import, static or dynamic, is a file of the build beside it: nothing bare, nothing remote
      for (const spec of [...staticImports(code), ...dynamicImports(code)]) {
        assert.match(spec, /^\.\.?\//, `${relative(ROOT, file)} imports ${spec}`);
        assert.ok(existsSync(join(file, '..', spec)), `${relative(ROOT, file)} imports ${spec}, which is in the build`);
      }
      assert.doesNotMatch(code, /^\/\/#region /m, `${relative(ROOT, file)} is minified (no region comments)`);
    }
    const entry = readFileSync(join(cdn, 'dots-flows.js'), 'utf8');
    assert.deepEqual(staticImports(entry), [], 'the entry imports nothing up front');
    assert.ok(dynamicImports(entry).length >= 20, 'every element and the API are lazy imports of the entry');
    assert.ok(entry.length < 10_000, 'the entry is small');
    assert.ok(entry.split('\n').length < 5, 'the entry is minified');
  });

  it('script tag: a lazily loaded chunk names every chunk it needs, so they are fetched at once, not level by level', () => {
    const chunkDir = join(cdn, 'chunks');
    // Every import declaration, wherever it stands (the hoisted ones are at the end of the chunk).
    const imports = (file: string) => [...readFileSync(join(chunkDir, file), 'utf8').matchAll(/\bimport\s*(?:[\w$*{},\s]*?from\s*)?"(\.\/[^"]+\.js)"/g)].map((m) => m[1]!.slice(2));
    const closure = (file: string, seen = new Set<string>()): Set<string> => {
      for (const dep of imports(file)) if (!seen.has(dep)) closure(dep, seen.add(dep));
      return seen;
    };
    const facades = listFiles(chunkDir, (p) => /\/element-[\w-]+-[\w-]{8}\.js$/.test(p)).map((f) => relative(chunkDir, f));
    assert.ok(facades.some((f) => f.startsWith('element-onboarding-flow-')), 'the onboarding flow has its chunk');
    for (const facade of facades) {
      const direct = new Set(imports(facade));
      const missing = [...closure(facade)].filter((dep) => !direct.has(dep));
      assert.deepEqual(missing, [], `${facade} imports all it needs itself`);
    }
    const onboarding = facades.find((f) => f.startsWith('element-onboarding-flow-'))!;
    assert.ok(imports(onboarding).length >= 5, 'the flow, its screen and its fields are all named by the flow\'s chunk');
  });

  it("ships Lit's templates minified, and the script build's first-screen chunks with V8's compile hint", () => {
    // The flow's styles as written have an indented `max-inline-size: 40rem;` on a line of its own.
    const esm = readFileSync(join(ROOT, 'dist/components/flow/flow.styles.js'), 'utf8');
    assert.match(esm, /\.base\{[^}]*max-inline-size:40rem/, 'the npm build has the CSS minified');
    assert.doesNotMatch(esm, /\n\s+max-inline-size/, 'no indentation is left inside the css template');
    const chunkDir = join(cdn, 'chunks');
    // What a first screen runs: `shared` (both ready flows) and `onboarding-first` (the onboarding flow alone).
    const first = listFiles(chunkDir, (p) => /\/(shared|onboarding-first)-[\w-]{8}\.js$/.test(p));
    assert.equal(first.length, 2, 'one shared chunk and one of the onboarding flow');
    for (const file of first) assert.ok(readFileSync(file, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'), `the compile hint is the first line of ${file}`);
    assert.ok(
      first.some((f) => /<dots-stepper part="stepper" \.steps=/.test(readFileSync(f, 'utf8'))),
      "the flows' html template is in them, minified",
    );
    const others = listFiles(chunkDir, (p) => p.endsWith('.js') && !first.includes(p));
    assert.deepEqual(others.filter((f) => readFileSync(f, 'utf8').startsWith('//# allFunctionsCalledOnLoad')), [], 'only the first screen is compiled eagerly');
  });

  it('writes declarations whose relative imports resolve from a consumer (no .ts specifiers)', () => {
    const dts = listFiles(join(dist, 'types'), (p) => p.endsWith('.d.ts'));
    assert.ok(dts.length > 10);
    for (const file of dts) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /from\s*['"]\.{1,2}\/[^'"]*\.ts['"]/, `${relative(ROOT, file)} imports a .ts path`);
      for (const m of text.matchAll(/from\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
        const target = join(file, '..', `${m[1]}.d.ts`);
        assert.ok(existsSync(target), `${relative(ROOT, file)} -> ${m[1]}.js has declarations`);
      }
    }
  });

  it('ships the theme files as they are in src', () => {
    for (const theme of ['light', 'dark']) {
      assert.equal(readFileSync(join(dist, `themes/${theme}.css`), 'utf8'), readFileSync(join(ROOT, `src/styles/themes/${theme}.css`), 'utf8'));
    }
  });

  it('writes a custom elements manifest with every registered tag, its attributes and events', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as {
      schemaVersion: string;
      modules: { declarations?: { tagName?: string; attributes?: unknown[]; members?: unknown[] }[] }[];
    };
    assert.equal(manifest.schemaVersion, '1.0.0');
    const declared = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));
    const tags = definedTags();
    assert.ok(tags.length > 0);
    for (const tag of tags) {
      assert.ok(declared.has(tag), `${tag} is in custom-elements.json`);
      assert.ok((declared.get(tag)!.members ?? []).length > 0, `${tag} lists its members`);
    }
  });

  it('script tag: window.DotsFlows is { load, define, version }; load() gives every export of the package entry; define() registers every tag', async () => {
    const tags = definedTags();
    const indexPage = await openPage('<script type="module" src="/es-index.js"></script>');
    const entryExports = await indexPage.evaluate(() => Object.keys((window as unknown as { __lib: object }).__lib).sort());
    await indexPage.close();
    const page = await openPage('<script type="module" src="/dist/cdn/dots-flows.js"></script>');
    const shape = await page.evaluate(async () => {
      const g = (window as unknown as { DotsFlows: { load(part?: string): Promise<object>; version: string } }).DotsFlows;
      const [lib, mock, http] = await Promise.all([g.load(), g.load('mock'), g.load('http')]);
      return { global: Object.keys(g).sort(), version: g.version, lib: Object.keys(lib).sort(), mock: Object.keys(mock).sort(), http: Object.keys(http).sort() };
    });
    assert.deepEqual(shape.global, ['define', 'load', 'version']);
    assert.equal(shape.version, pkg.version);
    assert.deepEqual(shape.lib, entryExports, 'load() has exactly the exports of dots-flows');
    assert.deepEqual(shape.mock, ['FaultInjector', 'MockAdapter', 'createMockAdapter']);
    assert.deepEqual(shape.http, ['EXTENSION_PREFIX', 'HttpAdapter', 'errorFromResponse', 'retryAfterMs']);
    assert.deepEqual(await registered(page, tags), [], 'a page with no element gets no element defined (and loading the API defines none)');
    await page.evaluate(() => (window as unknown as { DotsFlows: { define(): Promise<void> } }).DotsFlows.define());
    assert.deepEqual(await unregistered(page, tags), [], 'define() registers every dots-* tag');
    await page.close();
  });

  it('script tag: English is inside; another language loads as its own chunk, under a strict CSP with Trusted Types and no policy of the library', async () => {
    const chunks = listFiles(join(cdn, 'chunks'), (p) => p.endsWith('.js')).map((f) => relative(cdn, f));
    assert.deepEqual(chunks.filter((f) => f.includes('/locale-')).map((f) => /locale-([\w-]+)-[\w-]{8}\.js$/.exec(f)?.[1]).sort(), ['ar', 'es', 'fr', 'pt-BR']);
    const csp = "default-src 'self'; script-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
    const p = await openPage('<dots-button busy>Go</dots-button><script type="module" src="/dist/cdn/dots-flows.js"></script>', { lang: 'fr', csp });
    await p.waitForFunction(() => document.querySelector('dots-button')?.shadowRoot?.textContent?.includes('Veuillez patienter'), undefined, { timeout: 10_000 });
    const loaded = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    assert.deepEqual(loaded.filter((n) => n.includes('/locale-')).map((n) => /locale-(.+)-[\w-]{8}\.js$/.exec(n)?.[1]), ['fr'], 'the French catalog and no other');
    assert.ok(!loaded.some((n) => /\/(element-(onboarding-flow|transfers|ledger-inspector)|validation-phone)-/.test(n)), 'nothing the page does not use');
    assert.deepEqual(await p.evaluate(() => (window as unknown as { __csp: string[] }).__csp), [], 'no CSP violation');
    await p.close();
  });

  it('ES entries: importing dots-flows registers nothing; dots-flows/define registers every tag', async () => {
    const tags = definedTags();
    const indexPage = await openPage('<script type="module" src="/es-index.js"></script>');
    const shape = await indexPage.evaluate(() => {
      const lib = (window as unknown as { __lib: Record<string, unknown> }).__lib;
      const classes = Object.values(lib).filter((v): v is CustomElementConstructor => typeof v === 'function' && v.prototype instanceof HTMLElement);
      return { classes: classes.length, named: classes.filter((c) => customElements.getName(c) !== null).length };
    });
    assert.ok(shape.classes > 5, 'the entry exports the element classes');
    assert.equal(shape.named, 0, 'no exported class is registered');
    assert.deepEqual(await registered(indexPage, tags), [], 'no tag is registered');
    await indexPage.close();

    const definePage = await openPage('<script type="module" src="/es-define.js"></script>');
    assert.deepEqual(await unregistered(definePage, tags), [], 'define.js registers every dots-* tag');
    await definePage.close();
  });

  it('dots-flows/onboarding registers the onboarding flow and what it renders, and a host bundle of it leaves the rest out', async () => {
    // As a host's bundler sees it: the package's own package.json (exports, sideEffects) applies.
    const { metafile, outputFiles } = await build({
      stdin: { contents: "import 'dots-flows/onboarding';", resolveDir: ROOT, sourcefile: 'onboarding-host.js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      outdir: '/tmp/unused',
      logLevel: 'silent',
    });
    bundles.set('/es-onboarding.js', outputFiles[0]!.text);
    const inputs = Object.keys(metafile.inputs);
    assert.ok(inputs.some((p) => p.endsWith('dist/components/onboarding-flow/define.js')), 'the onboarding define is in the bundle');
    for (const left of [/dist\/core\/ledger\/ledger\.js$/, /dist\/adapters\/(http|mock)\//, /dist\/server\//, /dist\/components\/(ledger-inspector|transfers|transfer-detail|payout-claim-flow)\//, /dist\/core\/flows\/payout-claim/, /@lit-labs\/virtualizer/]) {
      assert.deepEqual(inputs.filter((p) => left.test(p)), [], `nothing matching ${left} in a host bundle of dots-flows/onboarding`);
    }
    const page = await openPage('<script type="module" src="/es-onboarding.js"></script>');
    const tags = await registered(page, definedTags());
    await page.close();
    for (const tag of ['dots-onboarding-flow', 'dots-flow', 'dots-sign-in-step', 'dots-button', 'dots-phone-input']) assert.ok(tags.includes(tag), `${tag} is registered`);
    for (const tag of ['dots-ledger-inspector', 'dots-transfers', 'dots-transfer-detail', 'dots-payout-claim-flow']) assert.ok(!tags.includes(tag), `${tag} is not registered`);
  });

  it('marks only registration, the zod CSP setting, the mock ledger\'s up-front validation libraries and CSS as side effects', () => {
    for (const entry of pkg.sideEffects) {
      assert.match(entry, /define(-\*)?\.(js|ts)$|\/onboarding\.(js|ts)$|zod-jitless\.(js|ts)$|validation\/libraries\/static\.(js|ts)$|\.css$/, `sideEffects entry ${entry}`);
    }
  });

  it('lists every built file that registers elements in sideEffects (or a host bundler drops it)', () => {
    const patterns = pkg.sideEffects.map(globToRegExp);
    const registering = npmFiles((p) => p.endsWith('.js')).filter((f) => /customElements\.define\(/.test(readFileSync(f, 'utf8')));
    assert.ok(registering.length > 0, 'some file registers the elements');
    for (const file of registering) {
      const path = relative(ROOT, file);
      assert.ok(patterns.some((re) => re.test(path)), `${path} registers elements and is listed in sideEffects`);
    }
  });
});
