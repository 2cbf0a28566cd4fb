#!/usr/bin/env node
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { openDatabase } from './db/database.js';
import { describeDemoKeys, seedDemo } from './seed/demo.js';
import { deriveSecrets, newMasterSecret } from './services/secrets.js';

const HELP = `wushe-server: the wushe HTTP API v1

  --port <n>          port to listen on (default 8787, or $PORT)
  --host <addr>       address to bind (default 127.0.0.1)
  --data <dir>        embedded PostgreSQL (PGlite) data directory (default ./.wushe-data)
  --memory            keep the embedded database in memory (nothing is saved)
  --seed demo         create the demo district (番禺区, 长宁区) if it is missing
  --public-url <url>  this server's public URL, for links it hands out
  --rate-limit <b/m>  resident writes per API key and client: a burst of b, then m a minute
                      (default 20/60); "off" for load tests on a trusted network

Environment:
  DATABASE_URL        use this PostgreSQL server instead of PGlite (postgres://…)
  WUSHE_SECRET        master secret for encrypting personal data and signing; required with
                      DATABASE_URL, otherwise kept in <data>/secret`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: '.wushe-data' },
    memory: { type: 'boolean', default: false },
    seed: { type: 'string' },
    'public-url': { type: 'string' },
    'rate-limit': { type: 'string', default: '20/60' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (values.seed !== undefined && values.seed !== 'demo')
  fail(`unknown seed "${values.seed}": the only seed is "demo"`);

const rateLimit = parseRateLimit(values['rate-limit']);
const url = process.env.DATABASE_URL;
const dataDir = resolve(values.data);
const secret = process.env.WUSHE_SECRET ?? (url ? undefined : fileSecret(dataDir));
if (!secret)
  fail('WUSHE_SECRET must be set when DATABASE_URL is: it encrypts personal data at rest');

const database = await openDatabase({
  url,
  dataDir: url || values.memory ? undefined : join(dataDir, 'pgdata'),
});
if (values.seed === 'demo' && (await seedDemo(database.db))) await database.analyze();

const port = Number(values.port);
const publicUrl = values['public-url'] ?? `http://${values.host}:${port}`;
const app = createApp({
  database,
  secrets: deriveSecrets(secret),
  publicBaseUrl: publicUrl,
  rateLimit,
});
const server = serve({ fetch: app.fetch, port, hostname: values.host }, () => {
  const where = url ? 'PostgreSQL' : values.memory ? 'PGlite (in memory)' : `PGlite at ${dataDir}`;
  console.log(`wushe-server listening on ${publicUrl} (${where})`);
  if (values.seed === 'demo') console.log(describeDemoKeys());
});

let stopping = false;
/** Stop accepting, end live streams, let requests in flight finish (10 s at most), then exit. */
async function shutdown(signal: string) {
  if (stopping) process.exit(1);
  stopping = true;
  console.log(`${signal}: shutting down`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  const closed = new Promise((done) => server.close(done));
  await app.close();
  (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  await closed;
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

function fileSecret(dir: string): string {
  const path = join(dir, 'secret');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const created = newMasterSecret();
  writeFileSync(path, `${created}\n`, { mode: 0o600 });
  return created;
}

function parseRateLimit(text: string): { burst: number; perMinute: number } {
  if (text === 'off') return { burst: Number.MAX_SAFE_INTEGER, perMinute: Number.MAX_SAFE_INTEGER };
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1)
    fail(`--rate-limit takes "burst/perMinute" (e.g. 20/60) or "off", not "${text}"`);
  return { burst: Number(match[1]), perMinute: Number(match[2]) };
}

function fail(message: string): never {
  console.error(`wushe-server: ${message}`);
  process.exit(2);
}
