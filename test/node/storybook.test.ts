/**
 * `npm run build-storybook`, run once (offline, telemetry off) into a temporary folder: the index
 * holds every story of every stories file with a docs page, and a built story renders in
 * Chromium inside the toolbar's story root, with the custom elements manifest loaded.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { readStatic } from '../../scripts/demo-server/static-files.ts';
import { launchChromium } from '../e2e/support/browser.ts';
import { listFiles, ROOT, run } from './support/project.ts';

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  importPath: string;
  exportName?: string;
  tags?: string[];
}

const out = mkdtempSync(join(tmpdir(), 'dots-storybook-'));
let entries: IndexEntry[] = [];
let server: Server;
let origin = '';
let browser: Browser;

/** Named exports of a stories file: its stories (CSF). */
function storyExports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^export\s+const\s+([A-Za-z_$][\w$]*)\s*[:=]/gm)].map((m) => m[1]!).filter((n) => n !== '__namedExportsOrder');
}

describe('npm run build-storybook', () => {
  before(async () => {
    // the npm script's own command line, with a temporary output folder
    run('npm', ['run', '--silent', 'build-storybook', '--', '-o', out]);
    entries = Object.values((JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> }).entries);
    server = createServer((req, res) => {
      void readStatic([{ prefix: '/', dir: out }], new URL(req.url ?? '/', 'http://x').pathname).then((f) => {
        res.writeHead(f.status, { 'content-type': f.type });
        res.end(f.body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    rmSync(out, { recursive: true, force: true });
  });

  it('indexes every story of every stories file, each with a docs page', () => {
    const files = listFiles(join(ROOT, 'stories'), (p) => p.endsWith('.stories.ts'));
    assert.ok(files.length > 0, 'there are stories');
    for (const file of files) {
      const importPath = `./${relative(ROOT, file)}`;
      const indexed = entries.filter((e) => e.importPath === importPath);
      const stories = indexed.filter((e) => e.type === 'story').map((e) => e.exportName).sort();
      assert.deepEqual(stories, storyExports(file).sort(), `${importPath}: every exported story is built`);
      assert.ok(indexed.some((e) => e.type === 'docs'), `${importPath} has an autodocs page`);
    }
  });

  it('renders a story inside the story root with the toolbar globals, and loads the manifest', async () => {
    const story = entries.find((e) => e.type === 'story' && e.importPath.includes('dots-button')) ?? entries.find((e) => e.type === 'story');
    assert.ok(story, 'a story to render');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=locale:ar;theme:dark`);
    const root = page.locator('.dots-story-root');
    await root.waitFor({ state: 'attached', timeout: 30_000 });
    assert.equal(await root.getAttribute('lang'), 'ar');
    assert.equal(await root.getAttribute('dir'), 'rtl', 'Arabic is right to left');
    assert.equal(await root.getAttribute('theme'), 'dark');
    const tags = await page.evaluate(() => {
      const m = (window as unknown as { __STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__?: { modules: { declarations?: { tagName?: string }[] }[] } })
        .__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__;
      return (m?.modules ?? []).flatMap((mod) => mod.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    });
    assert.ok(tags.includes('dots-button'), 'the manifest reaches the preview');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
