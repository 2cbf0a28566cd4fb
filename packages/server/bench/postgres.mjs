// The PostgreSQL half of `npm run bench`: on WUSHE_BENCH_DATABASE_URL if set, otherwise on a
// throwaway Debian cluster on loopback (scripts/pg-cluster.sh).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const cluster = `${root}/scripts/pg-cluster.sh`;
let url = process.env.WUSHE_BENCH_DATABASE_URL;
let dir;
if (!url) {
  dir = mkdtempSync('/tmp/wushe-bench-pg-');
  const started = spawnSync('bash', [cluster, 'start', dir, '55499'], { encoding: 'utf8' });
  if (started.status !== 0) {
    console.log(`PostgreSQL benchmarks skipped: ${started.stderr.trim()}`);
    process.exit(0);
  }
  url = started.stdout.trim();
}
try {
  for (const script of ['needs.mjs', 'donations.mjs', 'crash.mjs']) {
    const run = spawnSync(
      process.execPath,
      [fileURLToPath(new URL(script, import.meta.url)), '--postgres'],
      {
        stdio: 'inherit',
        env: { ...process.env, WUSHE_BENCH_DATABASE_URL: url },
      },
    );
    if (run.status !== 0) process.exitCode = 1;
  }
} finally {
  if (dir) spawnSync('bash', [cluster, 'stop', dir], { stdio: 'inherit' });
}
