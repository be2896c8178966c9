// `npm test`: every suite, the browser included, and one closing line `N passed, N failed`.
//  1. type check (one test: the project compiles under strict TypeScript)
//  2. browser tests in Chromium through @web/test-runner (test/**/*.test.ts)
//  3. Node tests (test/node/**) and end-to-end tests driving the demo with Playwright (test/e2e/**)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const chrome = findChromium();
const env = { ...process.env, CHROME_PATH: chrome };
const totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2); // e.g. `npm test -- browser` runs one part

function want(part) { return only.length === 0 || only.includes(part); }

function readCounts(file) {
  if (!existsSync(file)) return null;
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(file);
  return counts;
}

function add(counts, label) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  console.log(`[${label}] ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
}

function listTests(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTests(path));
    else if (/\.test\.(ts|mjs|js)$/.test(name)) out.push(path);
  }
  return out.sort();
}

if (want('typecheck')) {
  console.log('\n== type check ==');
  const r = spawnSync('npm', ['run', '--silent', 'typecheck'], { stdio: 'inherit', env });
  add({ passed: r.status === 0 ? 1 : 0, failed: r.status === 0 ? 0 : 1 }, 'typecheck');
}

if (want('browser')) {
  console.log('\n== browser tests (Chromium, @web/test-runner) ==');
  const summary = '.wtr-summary.json';
  rmSync(summary, { force: true });
  const r = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
    stdio: 'inherit',
    env: { ...env, DOTS_WTR_SUMMARY: summary },
  });
  add(readCounts(summary) ?? { passed: 0, failed: 1 }, 'browser');
  if (r.status !== 0 && totals.failed === 0) totals.failed++;
}

for (const [part, dir] of [['node', 'test/node'], ['e2e', 'test/e2e']]) {
  if (!want(part)) continue;
  const files = listTests(dir);
  if (files.length === 0) continue;
  console.log(`\n== ${part} tests ==`);
  const summary = `.${part}-summary.json`;
  rmSync(summary, { force: true });
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=./scripts/node-test-reporter.mjs', ...files],
    { stdio: 'inherit', env: { ...env, DOTS_NODE_SUMMARY: summary } },
  );
  const counts = readCounts(summary) ?? { passed: 0, failed: 1 };
  if (r.status !== 0 && counts.failed === 0) counts.failed = 1;
  add(counts, part);
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
