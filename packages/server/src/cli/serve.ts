import { serve } from '@hono/node-server';
import { createApp } from '../app.js';
import { describeDemoKeys, describeDemoStaff, seedDemo, seedDemoStaff } from '../seed/demo.js';
import { deriveSecrets } from '../services/secrets.js';
import { masterSecret, openStorage, type StorageOptions } from './database.js';
import { CliError, type CliOutput } from './errors.js';

export interface ServeOptions extends StorageOptions {
  readonly port: string;
  readonly host: string;
  readonly seed?: string | undefined;
  readonly publicUrl?: string | undefined;
  readonly rateLimit: string;
}

/** The server itself: `wushe-server [--port …]`. Runs until SIGTERM or SIGINT. */
export async function runServer(options: ServeOptions, out: CliOutput): Promise<void> {
  if (options.seed !== undefined && options.seed !== 'demo')
    throw new CliError(`unknown seed "${options.seed}": the only seed is "demo"`);
  const rateLimit = parseRateLimit(options.rateLimit);
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
  });
  const server = serve({ fetch: app.fetch, port, hostname: options.host }, () => {
    const where = options.url
      ? 'PostgreSQL'
      : options.memory
        ? 'PGlite (in memory)'
        : `PGlite at ${options.data}`;
    out.log(`wushe-server listening on ${publicUrl} (${where})`);
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

function parseRateLimit(text: string): { burst: number; perMinute: number } {
  if (text === 'off') return { burst: Number.MAX_SAFE_INTEGER, perMinute: Number.MAX_SAFE_INTEGER };
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1)
    throw new CliError(`--rate-limit takes "burst/perMinute" (e.g. 20/60) or "off", not "${text}"`);
  return { burst: Number(match[1]), perMinute: Number(match[2]) };
}
