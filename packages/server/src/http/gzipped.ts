import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Context } from 'hono';

const unzip = promisify(gunzip);

/**
 * Whether an `Accept-Encoding` header takes gzip: listed (or `*`) with a weight above zero.
 * Browsers and fetch always send it; a client without it gets the plain text.
 */
export function acceptsGzip(header: string | undefined): boolean {
  for (const part of (header ?? '').split(',')) {
    const [coding = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== '*') continue;
    const q = params.find((p) => p.startsWith('q='));
    if (!q || Number(q.slice(2)) > 0) return true;
  }
  return false;
}

/** A JSON body kept gzipped, as text. */
export async function unzipJson(body: Uint8Array): Promise<string> {
  return (await unzip(body)).toString('utf8');
}

/** Sends a JSON body kept gzipped: as it is when the client takes gzip, unzipped otherwise. */
export async function sendGzippedJson(c: Context, body: Uint8Array): Promise<Response> {
  c.header('Vary', 'Accept-Encoding', { append: true });
  if (!acceptsGzip(c.req.header('Accept-Encoding')))
    return c.body(await unzipJson(body), 200, { 'Content-Type': 'application/json' });
  return c.body(body as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/json',
    'Content-Encoding': 'gzip',
  });
}
