/**
 * The README says what the code does: its tables of events, detail fields, tokens and appearance
 * keys are read back from the sources, and its script-tag example runs in Chromium against the
 * bundle of the packed library. (Its TypeScript examples are compiled in react-app.test.ts, in an
 * app that installed the package.)
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { join, relative, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import ts from 'typescript';
import { launchChromium } from '../e2e/support/browser.ts';
import { TOKENS } from '../../src/styles/tokens.ts';
import { APPEARANCE_TOKENS } from '../../src/styles/appearance.ts';
import { codeBlocks, finishOnboarding, signIn, watchErrors } from './support/example-app.ts';
import { packedLibrary } from './support/packed-library.ts';
import { listFiles, ROOT, run } from './support/project.ts';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The rows of the first Markdown table after `heading` (cells split on unescaped pipes). */
function tableAfter(heading: string): string[][] {
  const start = README.indexOf(heading);
  assert.ok(start >= 0, `README has "${heading}"`);
  const lines = README.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
  }
  return rows.slice(2); // header and separator
}

const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** Property names of an exported interface, inherited ones included, read with the compiler. */
function interfaceFields(file: string, name: string): string[] {
  const program = ts.createProgram([join(ROOT, file)], { noEmit: true, allowImportingTsExtensions: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(ROOT, file))!;
  const symbol = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).find((s) => s.name === name);
  assert.ok(symbol, `${file} exports ${name}`);
  return checker.getDeclaredTypeOfSymbol(symbol).getProperties().map((p) => p.name).sort();
}

describe('README', () => {
  it('events table: every flow event, each with its real detail type and fields', () => {
    const rows = tableAfter('## Events');
    const flowEvents = readFileSync(join(ROOT, 'src/components/flow/events.ts'), 'utf8');
    const declared = [...flowEvents.matchAll(/^ {2}'(dots-[a-z-]+)': CustomEvent<(\w+)>/gm)].filter((m) => m[1] !== 'dots-flow-input');
    assert.deepEqual(rows.map((r) => ticked(r[0]!)[0]), declared.map((m) => m[1]), 'the public flow events, in order');
    for (const [i, row] of rows.entries()) {
      const m = /^`(\w+) \{ ([^}]+) \}`/.exec(row[2]!);
      assert.ok(m, `detail cell of ${row[0]}`);
      assert.equal(m[1], declared[i]![2], `detail type of ${row[0]}`);
      const fields = m[2]!.split(',').map((f) => f.trim().split(':')[0]!.trim()).sort();
      assert.deepEqual(fields, interfaceFields('src/components/flow/events.ts', m[1]!), `fields of ${m[1]}`);
    }
  });

  it('names only real --dots-* tokens', () => {
    const known = new Set([...Object.keys(TOKENS).map((t) => `--dots-${t}`), '--dots-color-scheme']);
    const named = [...new Set([...README.matchAll(/--dots-[a-z-]+[a-z]/g)].map((m) => m[0]))];
    assert.ok(named.length > 10);
    assert.deepEqual(named.filter((t) => !known.has(t)), []);
  });

  it('style migration table: each appearance key exists and sets the token named beside it', () => {
    const rows = tableAfter('**Style variables**');
    assert.ok(rows.length >= 14);
    const keys = APPEARANCE_TOKENS as Record<string, string>;
    for (const [hosted, ours, token] of rows) {
      const named = ticked(ours!).filter((k) => k !== 'theme');
      for (const key of named) assert.ok(key in keys, `appearance key ${key} (row ${hosted})`);
      for (const t of ticked(token ?? '')) assert.ok(named.some((k) => keys[k] === t), `${t} is set by one of ${named.join(', ')}`);
    }
  });

  it('links only to docs that exist', () => {
    for (const [, target] of README.matchAll(/\]\(((?:docs|demo)\/[^)#]+)\)/g)) {
      assert.doesNotThrow(() => readFileSync(join(ROOT, target!, target!.endsWith('.md') ? '' : 'package.json')), target);
    }
  });
});

describe('README script-tag example', () => {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let url = '';
  let unpacked = '';

  before(
    async () => {
      const tarball = await packedLibrary();
      // What the README says to serve: the package's whole dist/cdn/ folder, at /vendor/dots-flows/.
      unpacked = mkdtempSync(join(tmpdir(), 'dots-readme-'));
      run('tar', ['-xzf', tarball, '-C', unpacked, 'package/dist/cdn']);
      const cdn = join(unpacked, 'package/dist/cdn');
      const served = new Map(listFiles(cdn, (p) => p.endsWith('.js')).map((f) => [`/vendor/dots-flows/${relative(cdn, f).split(sep).join('/')}`, readFileSync(f)]));
      const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title></head><body>${codeBlocks(join(ROOT, 'README.md'), 'html')[0]}</body></html>`;
      server = createServer((req, res) => {
        const body = served.get(req.url ?? '');
        if (body !== undefined) res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
        else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(page);
        else res.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
      browser = await launchChromium();
    },
    { timeout: 600_000 },
  );
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  });

  it('runs a whole onboarding from the packed bundle and logs the user id from dots-flow-complete', async () => {
    const page = await browser!.newPage();
    const errors = watchErrors(page);
    const onboarded = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('onboarded') });
    await page.goto(url);
    await signIn(page, '2015550142', '000000');
    await finishOnboarding(page);
    assert.match((await onboarded).text(), /^onboarded [0-9a-f-]{36}$/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
