// The server's second test lane: the same suite against a real PostgreSQL server.
// CI (.ci/run) starts one on loopback and sets WUSHE_TEST_DATABASE_URL; on CI the lane is mandatory.
import { spawnSync } from 'node:child_process';

const url = process.env.WUSHE_TEST_DATABASE_URL;
if (!url) {
  const message = 'PostgreSQL lane: WUSHE_TEST_DATABASE_URL is not set';
  if (process.env.CI) {
    console.error(`${message}, and CI requires this lane.`);
    process.exit(1);
  }
  console.log(`${message}; skipped (.ci/run starts PostgreSQL and runs it).`);
  process.exit(0);
}
console.log(`PostgreSQL lane: ${new URL(url).host}`);
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, WUSHE_TEST_DB: 'postgres' },
});
process.exit(result.status ?? 1);
