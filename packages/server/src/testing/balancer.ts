import { Agent, createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The response header in which the balancer names the backend that served a request (0, 1, …). */
export const SERVED_BY = 'X-Served-By';

export interface Balancer {
  /** e.g. `http://127.0.0.1:41234`. */
  readonly base: string;
  close(): Promise<void>;
}

/**
 * A tiny round-robin HTTP balancer, for tests and benchmarks of several server processes: each
 * request goes to the next backend, with the caller's address appended to `X-Forwarded-For` (as
 * nginx's `$proxy_add_x_forwarded_for` does), and the answer names its backend in `X-Served-By`.
 * Streams (Server-Sent Events) pass through as they come.
 */
export async function startBalancer(backends: readonly string[]): Promise<Balancer> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const index = next++ % backends.length;
    const target = new URL(incoming.url ?? '/', backends[index]);
    const peer = incoming.socket.remoteAddress ?? '';
    const forwarded = incoming.headers['x-forwarded-for'];
    const headers: IncomingHttpHeaders = {
      ...incoming.headers,
      host: target.host,
      'x-forwarded-for': forwarded ? `${String(forwarded)}, ${peer}` : peer,
    };
    const upstream = request(target, { method: incoming.method, headers, agent }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, {
        ...answer.headers,
        [SERVED_BY.toLowerCase()]: String(index),
      });
      outgoing.flushHeaders();
      answer.pipe(outgoing);
    });
    upstream.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502).end();
      else outgoing.destroy();
    });
    // A caller that leaves (an SSE reader cancelling) ends the backend's request too.
    outgoing.on('close', () => upstream.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((closed) => {
        server.close(() => {
          closed();
        });
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
