// `npm run bench:scale`: the performance figures of SPEC §14 from one run on one machine — each
// write against its floor (POST /v1/donations beside a bare one-INSERT route) and the needs pages
// against theirs (the same SQL in a bare route), on PGlite and PostgreSQL; JS bytes and requests
// until each resident widget is usable, in Chromium; the shared rate limit's cost and 1 vs 3
// processes behind the tests' balancer on one PostgreSQL — then one summary table. Ratios, never
// absolute targets: the machine may be shared, so each floor is measured in the same run.
// Usage: node scripts/bench-scale.mjs [--quick] (shorter rounds: noisier ratios, ~half the time)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSummary } from './bench-summary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const server = join(root, 'packages/server');
const steps = [
  ['writes vs floor', server, ['bench/writes-floor.mjs', '--seconds', quick ? '4' : '8']],
  ['needs pages vs floor', server, ['bench/needs-floor.mjs', '--seconds', quick ? '1' : '2']],
  ['widgets until usable', join(root, 'apps/demo'), ['bench/widget-loading.mjs']],
  ['1 vs 3 processes', server, ['bench/processes.mjs', '--seconds', quick ? '2' : '4']],
];

const dir = mkdtempSync(join(tmpdir(), 'wushe-bench-scale-'));
const summary = join(dir, 'summary.jsonl');
const began = Date.now();
const load = () => loadavg()[0].toFixed(1);
const failed = [];
try {
  for (const [name, cwd, args] of steps) {
    console.log(`\n━━ ${name}: node ${args.join(' ')} (load average ${load()})`);
    const step = spawnSync(process.execPath, args, {
      cwd,
      stdio: 'inherit',
      env: { ...process.env, WUSHE_BENCH_SUMMARY: summary },
    });
    if (step.status !== 0) failed.push(`${name} (exit ${step.status ?? step.signal})`);
  }
  console.log(
    `\nSummary: one run, ${((Date.now() - began) / 60_000).toFixed(1)} min, ${cpus().length} cores, ` +
      `load average ${load()} at the end (other work on the machine moves req/s; ratios to a floor ` +
      `measured in the same run move less)`,
  );
  console.table(readSummary(summary));
  if (failed.length > 0) {
    console.log(`failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
