import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../app.js';
import { TrustedProxies, TrustProxyError } from '../http/client-address.js';
import type { RateLimitOptions } from '../http/rate-limit.js';
import type { Executor } from '../db/database.js';
import { describeDemoKeys, describeDemoStaff, seedDemo, seedDemoStaff } from '../seed/demo.js';
import { logNotifier, noNotifier, type Notifier } from '../services/notifier.js';
import { deriveSecrets } from '../services/secrets.js';
import { masterSecret, openStorage, type StorageOptions } from './database.js';
import { CliError, type CliOutput } from './errors.js';

export interface ServeOptions extends StorageOptions {
  readonly port: string;
  readonly host: string;
  readonly seed?: string | undefined;
  readonly publicUrl?: string | undefined;
  readonly rateLimit: string;
  /** `--trust-proxy` (or `WUSHE_TRUST_PROXY`): proxies whose X-Forwarded-For names the client. */
  readonly trustProxy?: string | undefined;
  /** `log` (the outbox, read at `GET /v1/dev/outbox`) or `none`; `log` by default with `--seed demo`. */
  readonly notifier?: string | undefined;
  /** The console's built files, served at `/console/`. */
  readonly console?: string | undefined;
}

/** The server itself: `wushe-server [--port …]`. Runs until SIGTERM or SIGINT. */
export async function runServer(options: ServeOptions, out: CliOutput): Promise<void> {
  if (options.seed !== undefined && options.seed !== 'demo')
    throw new CliError(`unknown seed "${options.seed}": the only seed is "demo"`);
  const rateLimit = parseRateLimit(options.rateLimit);
  const trustedProxies = parseTrustProxy(options.trustProxy ?? '');
  const notifierName = options.notifier ?? (options.seed === 'demo' ? 'log' : 'none');
  if (notifierName !== 'log' && notifierName !== 'none')
    throw new CliError(`--notifier takes "log" or "none", not "${notifierName}"`);
  const secret = masterSecret(options);
  const database = await openStorage(options);
  const secrets = deriveSecrets(secret);
  if (options.seed === 'demo') {
    if (await seedDemo(database.db)) await database.analyze();
    await seedDemoStaff(database.db, secrets);
  }

  const port = Number(options.port);
  const publicUrl = options.publicUrl ?? `http://${options.host}:${port}`;
  const app = createApp({
    database,
    secrets,
    publicBaseUrl: publicUrl,
    rateLimit,
    trustedProxies,
    notifier: chooseNotifier(notifierName, database.db),
    devRoutes: notifierName === 'log',
    refreshIndicators: true,
    ...(options.console ? { consoleDir: checkConsoleDir(options.console) } : {}),
  });
  const server = serve({ fetch: app.fetch, port, hostname: options.host }, () => {
    const where = options.url
      ? 'PostgreSQL'
      : options.memory
        ? 'PGlite (in memory)'
        : `PGlite at ${options.data}`;
    out.log(`wushe-server listening on ${publicUrl} (${where})`);
    if (options.console) out.log(`console: ${publicUrl}/console/`);
    if (trustedProxies.entries.length > 0)
      out.log(`clients are named by X-Forwarded-For from ${trustedProxies.entries.join(', ')}`);
    if (options.seed === 'demo') out.log(`${describeDemoKeys()}\n${describeDemoStaff()}`);
  });

  let stopping = false;
  /** Stop accepting, end live streams, let requests in flight finish (10 s at most), then exit. */
  async function shutdown(signal: string) {
    if (stopping) process.exit(1);
    stopping = true;
    out.log(`${signal}: shutting down`);
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
}

/** The console's folder must hold its built page: a wrong path is a mistake, said at start. */
function checkConsoleDir(dir: string): string {
  if (!existsSync(join(dir, 'index.html')))
    throw new CliError(`--console ${dir}: no index.html there (build the console: npm run build)`);
  return dir;
}

/** `log` writes the outbox table (development, the demo); `none` drops every message. */
function chooseNotifier(name: 'log' | 'none', db: Executor): Notifier {
  return name === 'log' ? logNotifier(db) : noNotifier;
}

function parseTrustProxy(text: string): TrustedProxies {
  try {
    return TrustedProxies.parse(text);
  } catch (error) {
    if (error instanceof TrustProxyError) throw new CliError(error.message);
    throw error;
  }
}

function parseRateLimit(text: string): RateLimitOptions | false {
  if (text === 'off') return false;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1)
    throw new CliError(`--rate-limit takes "burst/perMinute" (e.g. 20/60) or "off", not "${text}"`);
  return { burst: Number(match[1]), perMinute: Number(match[2]) };
}
