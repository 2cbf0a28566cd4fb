import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import { compress } from 'hono/compress';
import type { App } from './route.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * The console's page policy: its own scripts, styles and API only. No inline script or style, no
 * eval, no framing (clickjacking a staff screen), no other origin to send data to.
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The path the console is served under. */
export const CONSOLE_PATH = '/console/';

/**
 * Serves the console's built files (`apps/console/dist`, given by `--console`) at `/console/`, on
 * the API's own origin so its session lives in the server's HttpOnly cookie. A path without a
 * file is the console's page (it routes in the browser); hashed assets are cached for good.
 */
export function serveConsole(app: App, dir: string): void {
  const root = resolve(dir);
  app.get('/console', (c) => c.redirect(CONSOLE_PATH, 301));
  // Scripts and the page go out gzipped to a browser that accepts it (every browser does).
  app.use(`${CONSOLE_PATH}*`, compress({ encoding: 'gzip' }));
  app.get(`${CONSOLE_PATH}*`, async (c) => {
    const relative = decodeURIComponent(c.req.path.slice(CONSOLE_PATH.length));
    const file = normalize(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) return c.notFound();
    const found = await isFile(file);
    if (!found && extname(file) !== '') return c.notFound();
    return sendFile(c, found ? file : join(root, 'index.html'), relative.startsWith('assets/'));
  });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function sendFile(c: Context, file: string, immutable: boolean): Promise<Response> {
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return c.notFound();
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = CONSOLE_CSP;
    headers['X-Frame-Options'] = 'DENY';
  }
  return c.body(new Uint8Array(body), 200, headers);
}
