/**
 * No secret reaches the browser: the built bundles (npm ES modules and the script-tag bundle,
 * with their source maps) hold no server code and nothing shaped like a credential, and the demo
 * page, everything it loads and everything it stores hold neither the mock API's secret nor a
 * Basic credential made from it.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildScript, launchChromium, startDemo } from '../e2e/support/index.ts';
import { listFiles, ROOT, run } from './support/project.ts';
import type { DemoServer } from '../../scripts/demo-server/index.ts';

/** Strings only the server side has any business holding. */
const SERVER_ONLY = [
  /\bnode:(crypto|http|fs|net|child_process)\b/,
  /\bcreateHmac\b/,
  /\bTokenAuthority\b/,
  /\bcreateMockServer\b/,
  /\bapiSecret\b/,
  /\bapi_secret\b/,
  /\bclient_secret\b/,
];

/** Shapes of credentials that must never be compiled in. */
const CREDENTIALS = [
  /\bsk_(live|test)_[A-Za-z0-9]{8,}/, // provider secret keys
  /\bBasic\s+[A-Za-z0-9+/]{20,}={0,2}/, // a Basic credential
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\bAKIA[0-9A-Z]{16}\b/, // cloud access key ids
  /\beyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}\./, // a JWT
];

function scan(files: string[], patterns: RegExp[]): string[] {
  const hits: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const p of patterns) {
      const m = p.exec(text);
      if (m) hits.push(`${relative(ROOT, file)}: ${p} matched ${JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 60))}`);
    }
  }
  return hits;
}

describe('security: no secret in the built bundles', () => {
  const esmDir = join(ROOT, '.tmp', `security-dist-${process.pid}`);
  let scriptDir = '';

  before(() => {
    // Own output folders: never clobber dist/ while another helper (or test) reads it.
    run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', esmDir, '--logLevel', 'error']);
    return buildScript().then((d) => {
      scriptDir = d;
    });
  });
  after(() => rmSync(esmDir, { recursive: true, force: true }));

  const bundles = () => [...listFiles(esmDir, (p) => p.endsWith('.js')), ...listFiles(join(scriptDir, 'cdn'), (p) => p.endsWith('.js'))];

  it('built both kinds of bundle', () => {
    const files = bundles();
    assert.ok(files.some((f) => f.endsWith('index.js')), 'the ES entry');
    assert.ok(files.some((f) => f.endsWith('/cdn/dots-flows.js')), 'the script-tag entry');
    assert.ok(files.filter((f) => f.includes('/cdn/chunks/')).length > 20, "the script-tag build's chunks");
  });

  it('holds no server code: no Node built-ins, no token minting, no API secret handling', () => {
    assert.deepEqual(scan(bundles(), SERVER_ONLY), []);
  });

  it('holds nothing shaped like a credential', () => {
    assert.deepEqual(scan(bundles(), CREDENTIALS), []);
  });

  it('its source maps list no server source', () => {
    const maps = [...listFiles(esmDir, (p) => p.endsWith('.map')), ...listFiles(join(scriptDir, 'cdn'), (p) => p.endsWith('.map'))];
    assert.ok(maps.length > 0, 'source maps were built');
    const leaks = maps.flatMap((m) => (JSON.parse(readFileSync(m, 'utf8')) as { sources: string[] }).sources.filter((s) => /src\/server\/|scripts\//.test(s)).map((s) => `${relative(ROOT, m)}: ${s}`));
    assert.deepEqual(leaks, []);
  });
});

describe('security: no secret in the served demo page', () => {
  const secret = `demo-secret-${randomBytes(12).toString('hex')}`;
  let demo: DemoServer;

  before(async () => {
    demo = await startDemo({ api: { apiSecret: secret } });
  });
  after(() => demo?.close());

  it('the page, every file and API answer it loads, and what it stores never hold the API secret', async () => {
    const appId = demo.mock!.defaultAppId;
    const basic = Buffer.from(`${appId}:${secret}`).toString('base64');
    const browser = await launchChromium();
    try {
      for (const adapter of ['mock', 'http']) {
        const page = await browser.newPage();
        const bodies: Array<{ url: string; text: string; headers: string }> = [];
        const pending: Promise<void>[] = [];
        page.on('response', (res) => {
          pending.push(
            res
              .body()
              .then((b) => void bodies.push({ url: res.url(), text: b.toString('utf8'), headers: JSON.stringify(res.headers()) }))
              .catch(() => {}),
          );
        });
        const sentHeaders: string[] = [];
        page.on('request', (req) => sentHeaders.push(JSON.stringify(req.headers())));
        await page.goto(new URL(`/?adapter=${adapter}`, demo.url).href);
        await page.locator('html[data-demo-ready="true"]').waitFor({ state: 'attached' });
        // make the page talk to the API, as the flows would
        await page.evaluate(() => window.dotsDemo!.adapter.getAppSettings());
        await Promise.all(pending);
        const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie, html: document.documentElement.outerHTML }));
        assert.ok(bodies.some((b) => b.url.includes('/dist/cdn/dots-flows.js')), `${adapter}: the script-tag entry was loaded`);
        assert.ok(bodies.some((b) => b.url.includes('/dist/cdn/chunks/')), `${adapter}: and its chunks`);
        for (const where of [...bodies.map((b) => `${b.url} ${b.headers} ${b.text}`), ...sentHeaders, stored]) {
          assert.ok(!where.includes(secret), `${adapter}: the API secret appeared in ${where.slice(0, 200)}`);
          assert.ok(!where.includes(basic), `${adapter}: a Basic credential appeared in ${where.slice(0, 200)}`);
        }
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
