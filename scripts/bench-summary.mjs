// One run's summary across benchmarks: each bench adds its headline figures here, and
// scripts/bench-scale.mjs prints them as one table at the end. Without WUSHE_BENCH_SUMMARY (a bench
// run alone) nothing is kept.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

/**
 * Adds one figure to the summary: `what` was measured, on `where` (a database, a page), `value`
 * (a ratio to a floor measured in the same run, or bytes and requests), against `target`.
 */
export function addToSummary({ what, where, value, target = '', detail = '' }) {
  const file = process.env.WUSHE_BENCH_SUMMARY;
  if (file) appendFileSync(file, `${JSON.stringify({ what, where, value, target, detail })}\n`);
}

/** The figures added so far to the summary file `file`. */
export function readSummary(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}
