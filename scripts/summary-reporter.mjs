// A web-test-runner reporter that writes the counts to a JSON file, so scripts/test.mjs can
// add them to the end-to-end counts and print one closing `N passed, N failed` line.
import { writeFileSync } from 'node:fs';

function countTests(suite, counts) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) counts.skipped++;
    else if (t.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countTests(child, counts);
}

export function summaryReporter({ outFile }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        countTests(session.testResults, counts);
        // A file that fails to load or throws outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.fileErrors++;
      }
      counts.failed += counts.fileErrors;
      writeFileSync(outFile, JSON.stringify(counts));
    },
  };
}
