// The server's second test lane: the same suite against a real PostgreSQL server.
// With WUSHE_TEST_DATABASE_URL set (.ci/run sets it) the lane uses that server. Otherwise it starts
// a throwaway cluster on a loopback port from the installed PostgreSQL binaries (as .ci/run does,
// with scripts/pg-cluster.sh) and removes it afterwards. Without binaries it says so and skips,
// except on CI, where the lane is mandatory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const clusterScript = fileURLToPath(new URL('../../../scripts/pg-cluster.sh', import.meta.url));

let url = process.env.WUSHE_TEST_DATABASE_URL;
let cluster;
if (!url) {
  if (!postgresInstalled()) {
    const message =
      'PostgreSQL lane skipped: no PostgreSQL binaries (/usr/lib/postgresql/*/bin); install them with `apt-get install postgresql` to run it';
    if (process.env.CI) {
      console.error(`${message}. CI requires this lane.`);
      process.exit(1);
    }
    console.log(`${message} (CI requires it).`);
    process.exit(0);
  }
  cluster = mkdtempSync(join(tmpdir(), 'wushe-test-pg-'));
  const started = spawnSync(clusterScript, ['start', cluster, String(await freePort())], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (started.status !== 0) {
    stopCluster();
    console.error('PostgreSQL lane: the throwaway cluster did not start (see above).');
    process.exit(1);
  }
  url = started.stdout.trim();
  console.log(`PostgreSQL lane: a throwaway cluster at ${new URL(url).host}`);
} else {
  console.log(`PostgreSQL lane: ${new URL(url).host}`);
}

// Ctrl-C reaches vitest too: let it end, then remove the cluster below.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, WUSHE_TEST_DB: 'postgres', WUSHE_TEST_DATABASE_URL: url },
});
stopCluster();
process.exit(result.status ?? 1);

function postgresInstalled() {
  const root = '/usr/lib/postgresql';
  return (
    existsSync(root) &&
    readdirSync(root).some((version) => existsSync(join(root, version, 'bin', 'initdb')))
  );
}

function stopCluster() {
  if (!cluster) return;
  spawnSync(clusterScript, ['stop', cluster], { stdio: 'inherit' });
  rmSync(cluster, { recursive: true, force: true });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
