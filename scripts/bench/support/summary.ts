/**
 * The final summary of `npm run bench`: scripts/bench.mjs gives each bench a file in
 * DOTS_BENCH_SUMMARY; a bench appends its headline figures there, one JSON object a line.
 */
import { appendFileSync } from 'node:fs';

export interface SummaryRow {
  figure: string;
  value: string;
}

export function summarize(rows: SummaryRow[]): void {
  const file = process.env['DOTS_BENCH_SUMMARY'];
  if (!file) return;
  appendFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}
