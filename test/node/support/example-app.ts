/**
 * The example apps (demo/react, demo/vue) as their users meet them: installed from the packed
 * library with the app's own lockfile, built with the app's own `npm run build`, served as static
 * files, and driven in Chromium by what a person sees (labels, headings, text).
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../e2e/support/browser.ts';
import { definedTags, ROOT, run } from './project.ts';
import { packedLibrary } from './packed-library.ts';

export const appDir = (name: 'react' | 'vue') => join(ROOT, 'demo', name);

interface Lock {
  packages: Record<string, { resolved?: string; dependencies?: Record<string, string> }>;
}

/**
 * The app's committed lockfile must still describe the library it installs: same tarball path,
 * same runtime dependencies. Otherwise `npm ci` would install a tree the library no longer fits.
 */
export function checkLockMatchesTarball(dir: string, tarball: string): void {
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as Lock;
  const entry = lock.packages['node_modules/dots-flows'];
  assert.ok(entry, `${dir}/package-lock.json has no dots-flows`);
  assert.equal(entry.resolved, 'file:../../.tmp/dots-flows.tgz', 'the lock installs the tarball the tests pack');
  const manifest = JSON.parse(run('tar', ['-xOzf', tarball, 'package/package.json'])) as { dependencies?: Record<string, string> };
  assert.deepEqual(
    entry.dependencies ?? {},
    manifest.dependencies ?? {},
    `${dir}/package-lock.json is stale: the library's dependencies changed. Run \`npx tsx test/node/support/packed-library.ts\`, then \`npm install\` in ${dir}, and commit its package-lock.json (without the dots-flows "integrity" line).`,
  );
}

/** The fenced code blocks of `lang` in a Markdown file, in order (docs examples are compiled as written). */
export function codeBlocks(markdownFile: string, lang: string): string[] {
  const blocks = [...readFileSync(markdownFile, 'utf8').matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```', 'gm'))].map((m) => m[1]!);
  assert.ok(blocks.length > 0, `${markdownFile} has a \`\`\`${lang} block`);
  return blocks;
}

export const codeBlock = (markdownFile: string, lang: string): string => codeBlocks(markdownFile, lang)[0]!;

/** Packs the library, installs it into the app with `npm ci` and runs the app's `npm run build`. */
export async function installAndBuild(dir: string): Promise<void> {
  const tarball = await packedLibrary();
  checkLockMatchesTarball(dir, tarball);
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
  run('npm', ['run', '--silent', 'build'], { cwd: dir });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Serves `root` on a free loopback port; unknown paths get index.html (a single-page app). */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Collects uncaught errors and console errors of a page, to assert none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** A text input by its accessible name (the label inside the element's shadow root). */
const textbox = (page: Page, name: string) => page.getByRole('textbox', { name });
const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue' });

/** The sign-in screens of the onboarding flow: phone, sandbox code, a new user's profile. */
export async function signIn(page: Page, phone: string, code: string): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in with your phone' }).waitFor();
  await textbox(page, 'Mobile phone number').fill(phone);
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
  await textbox(page, '6-digit code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('heading', { name: 'Tell us about you' }).waitFor();
  await textbox(page, 'First name').fill('Ada');
  await textbox(page, 'Last name').fill('Lovelace');
  await textbox(page, 'Email address').fill('ada@example.com');
  await continueButton(page).click();
}

/** The rest of the onboarding flow for a US payee: Form W-9, then a US bank account. */
export async function finishOnboarding(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Tax information (Form W-9)' }).waitFor();
  await textbox(page, 'Social Security number').fill('123-45-6789');
  await textbox(page, 'Street address').fill('1 Main St');
  await textbox(page, 'City').fill('Springfield');
  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('IL');
  await textbox(page, 'ZIP code').fill('62701');
  await page.getByRole('checkbox', { name: /I certify that the information on this form is true/ }).check();
  await continueButton(page).click();
  await page.getByRole('heading', { name: 'How you get paid' }).waitFor();
  await page.getByRole('combobox', { name: 'Type of payout method' }).selectOption({ label: 'US bank account' });
  await textbox(page, 'Routing number').fill('011000015');
  await textbox(page, 'Account number').fill('000123456789');
  await continueButton(page).click();
  await page.getByRole('heading', { name: 'You are all set' }).waitFor();
}

/** Every registered tag but the step views, which only run inside a flow (they render its snapshot). */
export const publicTags = () => definedTags().filter((t) => !t.endsWith('-step'));

/** The framework binding covers exactly the public tags: none missing, none that nothing registers. */
export function assertCoversPublicTags(covered: ReadonlySet<string>, missing: string): void {
  assert.deepEqual(publicTags().filter((t) => !covered.has(t)), [], missing);
  assert.deepEqual([...covered].filter((t) => !publicTags().includes(t)), [], 'entries for tags nothing registers');
}

/**
 * Registers the suite's hooks: install and build the app, serve its `dist`, launch Chromium;
 * close both afterwards. Read `browser` and `url` inside the tests.
 */
export function useBuiltApp(dir: string): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  before(
    async () => {
      await installAndBuild(dir);
      server = await serveStatic(join(dir, 'dist'));
      browser = await launchChromium();
    },
    { timeout: 600_000 },
  );
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
}

/** The library is installed from the tarball with the framework as an optional peer, not a copy of its own. */
export function assertInstalledWithPeer(dir: string, framework: 'react' | 'vue', label: string): void {
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules/dots-flows/package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
    peerDependenciesMeta: Record<string, { optional?: boolean }>;
  };
  assert.ok(installed.exports[`./${framework}`], `the installed package exports dots-flows/${framework}`);
  assert.equal(installed.peerDependenciesMeta[framework]?.optional, true);
  assert.equal(existsSync(join(dir, `node_modules/dots-flows/node_modules/${framework}`)), false, `no second ${label} under the library`);
  assert.ok(existsSync(join(dir, 'dist/index.html')));
}

/**
 * Runs the onboarding flow in the built app and checks what its event handlers show: the step
 * on ready and on each step change, then "Done: user <id>", and no error shown or logged.
 */
export async function runOnboardingApp(app: { readonly browser: Browser; readonly url: string }, noErrorMessage: string): Promise<void> {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  // ready
  await page.getByText('Step 1 of 3: sign-in').waitFor();
  await signIn(page, '2015550142', '000000');
  // step change, after the phone, the code and the profile
  await page.getByText('Step 2 of 3: compliance (compliance-w9)').waitFor();
  await finishOnboarding(page);
  await page.getByText('Step 3 of 3: manage-payouts (manage-payouts)').waitFor();
  // flow complete
  const done = await page.getByText(/^Done: user /).textContent();
  assert.match(done ?? '', /^Done: user [0-9a-f-]{36}$/);
  assert.equal(await page.getByRole('alert').count(), 0, noErrorMessage);
  assert.deepEqual(errors, []);
  await page.close();
}
