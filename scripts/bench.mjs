// `npm run bench`: runs every scripts/bench/*.bench.ts with tsx, one after another (they measure
// throughput, so they must not compete for the CPU), and prints their figures.
// Ends with a summary table of every bench's headline figures.
// `npm run bench -- ledger` runs only the benches whose file name contains "ledger".
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const cpus = os.cpus();
console.log(`# dots-flows benchmarks, ${new Date().toISOString()}`);
console.log(`# machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`);

// Each bench may write its headline figures (JSON lines `{ figure, value }`) to the file named in
// DOTS_BENCH_SUMMARY (scripts/bench/support/summary.ts); a bench that does not gets the last
// markdown table it printed in the summary instead. Output is streamed as it comes.
function runBench(file, summaryFile) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', join(dir, file)], {
      stdio: ['inherit', 'pipe', 'inherit'],
      env: { ...process.env, DOTS_BENCH_SUMMARY: summaryFile },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (status) => resolve({ status, out }));
  });
}

function lastTable(out) {
  const blocks = out.split(/\n(?!\|)/).map((b) => b.trim()).filter((b) => b.startsWith('|'));
  return blocks.at(-1) ?? null;
}

let failed = 0;
const summaries = [];
for (const file of files) {
  console.log(`\n## ${file}`);
  const summaryFile = join(os.tmpdir(), `dots-bench-summary-${process.pid}-${file}.jsonl`);
  rmSync(summaryFile, { force: true });
  const r = await runBench(file, summaryFile);
  if (r.status !== 0) {
    failed++;
    console.error(`${file} exited with ${r.status}`);
  }
  const rows = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  rmSync(summaryFile, { force: true });
  summaries.push({ file, status: r.status, rows, table: rows.length ? null : lastTable(r.out) });
}
if (files.length === 0) console.log('no benchmarks matched');
else {
  console.log(`\n## Summary (${new Date().toISOString()}; load average now ${os.loadavg().map((x) => x.toFixed(2)).join(' ')})\n`);
  console.log('| bench | figure | value |');
  console.log('|---|---|---|');
  for (const s of summaries) {
    if (s.status !== 0) console.log(`| ${s.file} | FAILED (exit ${s.status}) | |`);
    for (const r of s.rows) console.log(`| ${s.file} | ${r.figure} | ${r.value} |`);
  }
  for (const s of summaries.filter((x) => x.table)) console.log(`\n${s.file}:\n\n${s.table}`);
}
process.exit(failed ? 1 : 0);
