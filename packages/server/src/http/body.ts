import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { ApiError } from './errors.js';

/** The largest JSON body accepted: generous for a form, far below anything that could hurt. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON request body: 415 unless it is `application/json`, 413 past the limit (checked on
 * the bytes actually read, not only on `Content-Length`), 400 `invalid_json` when it does not
 * parse. Returns the raw text too, for signature checks.
 */
export async function readJsonBody(c: Context): Promise<{ raw: string; value: unknown }> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiError('unsupported_media_type');
  const declared = Number(c.req.header('Content-Length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw new ApiError('payload_too_large');
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const raw =
    incoming && !incoming.readableDidRead
      ? await readLimitedIncoming(incoming)
      : await readLimited(c.req.raw);
  try {
    return { raw, value: JSON.parse(raw) as unknown };
  } catch {
    throw new ApiError('invalid_json');
  }
}

/**
 * The body straight from Node's request, when the app is served by @hono/node-server: reading
 * `c.req.raw.body` would first build a web `Request` and a web stream around the same bytes.
 */
function readLimitedIncoming(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_BODY_BYTES) {
        // The rest is read and dropped, so the connection stays usable for the 413.
        incoming.off('data', onData);
        incoming.resume();
        reject(new ApiError('payload_too_large'));
        return;
      }
      chunks.push(chunk);
    };
    incoming.on('data', onData);
    incoming.once('end', () => {
      resolve(new TextDecoder().decode(Buffer.concat(chunks)));
    });
    incoming.once('error', reject);
  });
}

/** The body of a web `Request` (`app.request()` in tests, other runtimes). */
async function readLimited(request: Request): Promise<string> {
  if (!request.body) return '';
  const reader: ReadableStreamDefaultReader<Uint8Array> = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new ApiError('payload_too_large');
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
