/**
 * The demo as a customer's page: served under the strict CSP, the library from the script-tag
 * bundle. It must load, register the elements, mount every section with either backend, and
 * do so with no CSP violation, console error or exception.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useDemo } from './support/index.ts';

describe('demo smoke', () => {
  const demo = useDemo();

  it('serves every page with the strict Content-Security-Policy', async () => {
    for (const path of ['/', '/main.ts', '/dist/cdn/dots-flows.js', '/no-such-file']) {
      const res = await fetch(new URL(path, demo.url));
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
      assert.match(csp, /require-trusted-types-for 'script'/, path);
      assert.match(csp, /trusted-types lit-html;/, path);
      assert.match(csp, /object-src 'none'/, path);
    }
  });

  it('has no inline script in the host page', async () => {
    const html = await (await fetch(demo.url)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length >= 2, 'the page loads the bundle and its module');
    for (const [, attrs, body] of scripts) {
      assert.match(attrs ?? '', /\bsrc=/);
      assert.equal((body ?? '').trim(), '');
    }
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler attributes');
  });

  it('loads with the mock ledger: the global, the elements, every section, nothing reported', async () => {
    const { page, assertClean } = await demo.open('/?adapter=mock');
    const api = await page.evaluate(async () => {
      const lib = await window.DotsFlows.load();
      return { version: window.DotsFlows.version, mock: typeof lib.MockAdapter, http: typeof lib.HttpAdapter };
    });
    assert.deepEqual(api, { version: '0.1.0', mock: 'function', http: 'function' });
    // every element the sections put on the page was defined by the entry, lazily
    const undefinedTags = await page.evaluate(() => [...document.querySelectorAll(':not(:defined)')].map((el) => el.localName).filter((n) => n.startsWith('dots-')));
    assert.deepEqual(undefinedTags, []);
    assert.ok(await page.evaluate(() => document.querySelectorAll('dots-onboarding-flow, dots-transfers').length >= 2));
    assert.equal(await page.evaluate(() => window.dotsDemo?.adapterKind), 'mock');
    for (const id of ['onboarding', 'claim', 'transfers', 'ledger']) {
      assert.equal(await page.locator(`#demo-sections > section[data-section="${id}"]`).count(), 1, `the ${id} section is on the page`);
    }
    assert.equal(await page.locator('h1').textContent(), 'dots-flows demo');
    await assertClean();
  });

  it('switches to the HTTP adapter, which reaches the mock API under /api with a short-lived token', async () => {
    const { page, assertClean } = await demo.open('/?adapter=mock');
    await page.getByLabel('HTTP adapter', { exact: false }).check();
    await page.locator('html[data-demo-ready="true"]').waitFor({ state: 'attached' });
    assert.equal(await page.evaluate(() => window.dotsDemo?.adapterKind), 'http');
    assert.match(page.url(), /adapter=http/);
    const settings = await page.evaluate(async () => {
      const s = await window.dotsDemo!.adapter.getAppSettings();
      return typeof s === 'object' && s !== null;
    });
    assert.equal(settings, true);
    await assertClean();
  });

  it('applies locale and direction to the page', async () => {
    const { page, assertClean } = await demo.open('/?locale=ar&theme=dark');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
    await assertClean();
  });
});
