// A node:test reporter: prints one line per finished test and writes the counts to the file
// named by DOTS_NODE_SUMMARY, so scripts/test.mjs can print the single closing line.
import { writeFileSync } from 'node:fs';

export default async function* reporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    const { type, data } = event;
    if (type !== 'test:pass' && type !== 'test:fail') {
      if (type === 'test:diagnostic' && /^(tests|pass|fail|suites|duration_ms|cancelled|skipped|todo) /.test(data.message)) continue;
      if (type === 'test:diagnostic') yield `# ${data.message}\n`;
      continue;
    }
    const isSuite = data.details?.type === 'suite';
    if (type === 'test:pass') {
      if (isSuite) continue;
      if (data.skip || data.todo) { counts.skipped++; yield `  - ${data.name} (skipped)\n`; }
      else { counts.passed++; yield `  ✓ ${data.name}\n`; }
    } else {
      // A failing suite with no failing child (a hook or import error) still counts once.
      const err = data.details?.error;
      const cause = err?.cause ?? err;
      if (isSuite && err?.failureType === 'subtestsFailed') continue;
      counts.failed++;
      yield `  ✗ ${data.name} (${data.file ?? ''})\n    ${String(cause?.stack ?? cause?.message ?? cause).split('\n').slice(0, 8).join('\n    ')}\n`;
    }
  }
  if (process.env.DOTS_NODE_SUMMARY) writeFileSync(process.env.DOTS_NODE_SUMMARY, JSON.stringify(counts));
}
