/**
 * The size budget (issue 9), as CI runs it: `npm run size` measures the script-tag bundle and the
 * onboarding flow alone from npm, prints them against the targets (60 kB and 40 kB gzip)
 * and exits 1 over them.
 *
 * The script-tag targets are met; the onboarding flow from npm is not yet (BENCHMARKS.md says what
 * was cut and what is left: Lit and zod, and the flow frame the first screen needs). Until it is,
 * this check is also a ratchet: no bundle may grow more than 3% over the sizes measured after the
 * last cut (RATCHET below). Lower RATCHET whenever a bundle shrinks; never raise it to make room.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { BUDGETS, checkBudgets, dynamicImports, measure, moduleShares, staticImports } from '../../scripts/size-budget.mjs';
import type { Row, Share } from '../../scripts/size-budget.mjs';
import { ROOT } from './support/project.ts';

/**
 * gzip bytes measured on 2026-11-25 (npm run size), after zod/mini, on-demand phone and bank
 * libraries, per-element English, the script tag as an ES module with lazy chunks, the steps
 * after sign-in as chunks of their own, and the script build's first screen in one chunk
 * (onboarding 56.1 -> 43.5 kB, the script-tag onboarding page 74.6 -> 59.0 kB). Then minified
 * template HTML and CSS, the sign-in code and profile screens as chunks, the status labels and the
 * backend's messages with what shows them, the select and country helpers out of the base step
 * view (onboarding 43.5 -> 39.3 kB, the page 59.0 -> 56.1 kB; 39.4 and 56.2 kB with the phone field's
 * deferred country list). `define` was re-measured once, up
 * from 94.3 kB to 99.8 kB, and `script-all` once, up from 156.1 to 161.2 kB: each sums every
 * file's own gzip, and the splits added files (25 for the steps, 84 in all now), not code.
 * `script-claim` was first measured on 2026-11-26, after the claim flow's later steps, its phone
 * screen, its alert and error summary and its status page became chunks of their own, and the
 * script build's first-screen chunk was split in what both flows run and what the onboarding
 * flow runs alone (its page 100.9 -> 59.2 kB; the onboarding page 56.2 -> 57.6 kB, one file
 * more). `script-page` stays at its best figure: the margin covers the split.
 */
const RATCHET = { script: 1_600, 'script-page': 56_100, 'script-claim': 59_200, 'script-all': 161_200, 'script-extras': 72_300, onboarding: 39_300, define: 99_100 } as const;
const MARGIN = 1.03;

describe('size budget', () => {
  let result: { rows: Row[]; ok: boolean; shares: Share[] };
  let status: number | null;

  before(() => {
    const r = spawnSync(process.execPath, ['scripts/size-budget.mjs', '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    status = r.status;
    assert.ok(r.stdout.trim().startsWith('{'), `the script prints JSON (stderr: ${r.stderr.slice(-2000)})`);
    result = JSON.parse(r.stdout) as typeof result;
  });

  it('measures the script-tag build and the npm entries, minified, gzip and brotli', () => {
    const ids = result.rows.map((r) => r.id);
    assert.deepEqual(ids, ['script', 'script-page', 'script-claim', 'script-all', 'script-extras', 'onboarding', 'define']);
    for (const r of result.rows) {
      assert.ok(r.min > (r.id === 'script' ? 1_000 : 10_000), `${r.id} has code`);
      assert.ok(r.gzip > 0 && r.gzip < r.min, `${r.id} gzip is smaller than minified`);
      assert.ok(r.brotli > 0 && r.brotli < r.min, `${r.id} brotli is smaller than minified`);
    }
    assert.ok(result.rows.find((r) => r.id === 'onboarding')!.min <= result.rows.find((r) => r.id === 'define')!.min, 'one flow is no bigger than everything');
    const row = (id: string) => result.rows.find((r) => r.id === id)!;
    assert.equal(row('script').files, 1, 'the entry imports no chunk statically: everything else is lazy');
    assert.ok(row('script').min < row('script-page').min && row('script-page').min < row('script-all').min, 'up front < one page < all files');
    assert.ok(row('script-page').files! > 1, 'the page loads the lazy chunks of its element and adapter');
    assert.ok(row('script-claim').min < row('script-all').min && row('script-claim').files! > 1, 'a claim page loads its own chunks, not all files');
    assert.ok(row('script-extras').files! >= 6, 'four catalogs and two validation libraries, each its own chunk');
  });

  it('attributes every file of the script-tag build to its modules from the source maps', () => {
    const groups = new Set(result.shares.map((s) => s.group));
    for (const g of ['lit-html', 'zod', 'libphonenumber-js', 'src/i18n/locales']) assert.ok(groups.has(g), `${g} has a share`);
    assert.ok([...groups].some((g) => g.startsWith('src/')), 'our own modules have shares');
    const total = result.shares.reduce((a, s) => a + s.bytes, 0);
    const files = result.rows.filter((r) => r.id === 'script-all' || r.id === 'script-extras').reduce((a, r) => a + r.min, 0);
    assert.equal(total, files, 'the shares add up to all files of the build');
  });

  it('grows no bundle more than 3% over its last measured size (ratchet towards the 60/40 kB targets)', () => {
    const grown = result.rows
      .filter((r) => r.gzip > RATCHET[r.id as keyof typeof RATCHET] * MARGIN)
      .map((r) => `${r.name}: ${(r.gzip / 1000).toFixed(1)} kB gzip > ${((RATCHET[r.id as keyof typeof RATCHET] * MARGIN) / 1000).toFixed(1)} kB`);
    const top = result.shares.slice(0, 6).map((s) => `${s.group} ${(s.bytes / 1000).toFixed(1)} kB`).join(', ');
    assert.deepEqual(grown, [], `bundles grew; largest modules of the script-tag bundle (minified): ${top}`);
  });

  it('exits 1 while a bundle is over the issue target, 0 once all are within', () => {
    assert.equal(status, result.ok ? 0 : 1);
    assert.equal(result.ok, result.rows.every((r) => r.budget == null || r.gzip <= r.budget));
  });

  it('fails a bundle over its budget and passes one within (the check itself)', () => {
    assert.deepEqual(BUDGETS, { script: 60_000, scriptPage: 60_000, onboarding: 40_000 });
    const sizes = { min: 100, gzip: 50, brotli: 40 };
    assert.equal(checkBudgets([{ id: 'a', name: 'a', ...sizes, budget: 50 }]).ok, true, 'at the budget is within it');
    const over = checkBudgets([{ id: 'a', name: 'a', ...sizes, budget: 49 }, { id: 'b', name: 'b', ...sizes, budget: null }]);
    assert.equal(over.ok, false);
    assert.deepEqual(over.rows.map((r) => r.over), [true, false]);
  });

  it('measures real compression: repetitive code shrinks, random bytes do not', () => {
    const text = measure('export const a = 1;\n'.repeat(2000));
    assert.ok(text.gzip < text.min / 20 && text.brotli < text.min / 20);
    const noise = measure(randomBytes(20_000));
    assert.ok(noise.gzip > 19_000);
  });

  it("reads a chunk's static imports (at its top, and re-exports) and its lazy ones", () => {
    const code = 'import{a as b}from"./x-1.js";import"./y-2.js";import*as z from"./z-3.js";const s="import\'./not.js\'";function f(){return import(`./lazy-4.js`)}export{q as r}from"./w-5.js";';
    assert.deepEqual(staticImports(code), ['./x-1.js', './y-2.js', './z-3.js', './w-5.js']);
    assert.deepEqual(dynamicImports(code), ['./lazy-4.js']);
    assert.deepEqual(staticImports('var a=1;import("./lazy.js")'), [], 'a lazy import is not a static one');
  });

  it('decodes a source map: each generated byte counts for its source', () => {
    // "abcdef" : columns 0-2 from source 0 (node_modules/lit-html/x.js), 3-5 from source 1 (src/core/ledger/y.ts)
    const shares = moduleShares('abcdef', { sources: ['node_modules/lit-html/x.js', '../src/core/ledger/y.ts'], mappings: 'AAAA,GCAA' });
    assert.deepEqual(
      shares.map((s) => [s.group, s.bytes]).sort(),
      [
        ['lit-html', 3],
        ['src/core/ledger', 3],
      ],
    );
  });
});
