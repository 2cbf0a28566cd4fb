// A small static file server for built pages (the demo portal, embedding proof pages): no
// dependency, loopback only, and a Content-Security-Policy header where a page asks for one.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * A request handler that serves the files under `root` (a folder answers with its index.html).
 * `headers(path)` may add headers per request path, e.g. a CSP for one page.
 */
export function staticFiles(root, { headers = () => ({}) } = {}) {
  const base = resolve(root);
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return void response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      return void response.writeHead(400).end('Bad request');
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end('Not found');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...headers(path),
    });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(file).pipe(response);
  };
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port). `headers(path)` may add headers per
 * request path; `handle(request, response)` sees each request first and returns true when it
 * answered it (the demo portal proxies its API paths this way). Resolves to `{url, port, close}`.
 */
export function serveStatic(root, { port = 0, headers = () => ({}), handle = () => false } = {}) {
  const files = staticFiles(root, { headers });
  const server = createServer((request, response) => {
    if (!handle(request, response)) files(request, response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      done({
        url: `http://127.0.0.1:${address.port}`,
        port: address.port,
        close: () =>
          new Promise((closed) => {
            server.close(closed);
            // Live streams (Server-Sent Events) would keep the server open for ever.
            server.closeAllConnections();
          }),
      });
    });
  });
}
