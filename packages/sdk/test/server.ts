import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import {
  createApp,
  deriveSecrets,
  DEMO_KEYS,
  openDatabase,
  seedDemo,
  type DatabaseHandle,
} from '@wushe/server';

/**
 * A real wushe server in this process, on in-memory PGlite with the demo district: one per test
 * file. `restart()` closes the HTTP server and opens a new one on the same port and database.
 */
export async function startServer() {
  const database: DatabaseHandle = await openDatabase();
  await seedDemo(database.db);
  const secrets = deriveSecrets('sdk-test-secret');
  let app = createApp({ database, secrets, rateLimit: { burst: 10_000, perMinute: 60_000 } });
  let server = await listen(app.fetch, 0);
  const port = (server.address() as AddressInfo).port;
  return {
    database,
    keys: DEMO_KEYS,
    baseUrl: `http://127.0.0.1:${port}`,
    get app() {
      return app;
    },
    /** Stops serving (ending live streams); `start()` serves again on the same port. */
    async stop() {
      await app.close();
      await new Promise((done) => {
        server.close(done);
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
    },
    async start() {
      app = createApp({ database, secrets, rateLimit: { burst: 10_000, perMinute: 60_000 } });
      server = await listen(app.fetch, port);
    },
    async close() {
      await this.stop();
      await database.close();
    },
  };
}
export type TestServer = Awaited<ReturnType<typeof startServer>>;

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
): Promise<ServerType> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port, hostname: '127.0.0.1' }, () => {
      resolve(server);
    });
  });
}

/** What the proxy does to the next request: pass it, drop it, answer for the server, or drop the answer. */
export type Fault =
  | { kind: 'drop-connection' }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'drop-response' }
  | { kind: 'hang' };

/**
 * A real HTTP proxy in front of the server that injects faults: the connection dropped before the
 * server sees the request, a 503 or 429 answered in its place, or the server's answer dropped after
 * it did the work (an interrupted request). It counts what it forwards.
 */
export async function startFaultProxy(target: string) {
  const faults: Fault[] = [];
  const seen: { method: string; url: string; idempotencyKey: string | undefined }[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    seen.push({
      method: incoming.method ?? '',
      url: incoming.url ?? '',
      idempotencyKey: header(incoming, 'idempotency-key'),
    });
    const fault = faults.shift();
    if (fault?.kind === 'drop-connection') {
      incoming.socket.destroy();
      return;
    }
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'status') {
      outgoing.writeHead(fault.status, { 'Content-Type': 'application/json', ...fault.headers });
      outgoing.end(
        JSON.stringify(
          fault.body ?? {
            error: { code: 'service_unavailable', message: 'injected', requestId: 'req_proxy' },
          },
        ),
      );
      return;
    }
    const url = new URL(incoming.url ?? '/', target);
    const upstream = httpRequest(
      url,
      { method: incoming.method, headers: incoming.headers },
      (answer) => {
        if (fault?.kind === 'drop-response') {
          answer.resume();
          answer.on('end', () => incoming.socket.destroy());
          return;
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => incoming.socket.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    faults,
    seen,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function header(message: IncomingMessage, name: string): string | undefined {
  const value = message.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
