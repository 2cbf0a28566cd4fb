import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to the next request: pass it, drop it, answer for the server, drop the
 * answer, or pass it and replace the server's answer with a gateway error (a 502 after commit).
 */
export type Fault =
  | { kind: 'drop-connection' }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'drop-response' }
  | { kind: 'status-after-server'; status: number }
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
        if (fault?.kind === 'status-after-server') {
          answer.resume();
          answer.on('end', () => {
            outgoing.writeHead(fault.status, { 'Content-Type': 'application/json' });
            outgoing.end(
              JSON.stringify({
                error: { code: 'internal_error', message: 'bad gateway', requestId: 'req_proxy' },
              }),
            );
          });
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
