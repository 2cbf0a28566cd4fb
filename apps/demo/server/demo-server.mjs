// The demo portal's own web server, as a district's portal server would be set up: it serves the
// built pages, passes the wushe API through under the portal's own origin, and holds the staff's
// secret key so that it never reaches a browser.
import { request as httpRequest } from 'node:http';
import { serveStatic } from '../../../scripts/static-server.mjs';

/** Exactly the policy the embedding proof asks for (issue 8): nothing inline, nothing foreign. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Pages served under the strict policy. */
const STRICT_PAGES = new Set(['/embed/csp.html']);

/** Headers that belong to one hop, never forwarded. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'host',
]);

/** What a page may never send on to the API through the staff proxy. */
const STAFF_STRIPPED = new Set(['authorization', 'origin', 'referer', 'cookie']);

/** How many recent pledges and registrations the staff page can list. */
const RECENT_LIMIT = 200;

/**
 * Starts the demo portal on 127.0.0.1:`port`:
 * - the files under `root` (the built demo), `/embed/csp.html` with {@link STRICT_CSP};
 * - `/v1/*`: the wushe API at `apiBase`, unchanged, so widgets call it on the page's own origin
 *   (under `connect-src 'self'` there is no other way) and the publishable key still checks the
 *   page's `Origin`;
 * - `/staff-api/v1/*`: the same API (`/v1/*`) as staff, with `staffKey` added here and the page's
 *   `Origin` removed (a secret key with an `Origin` is refused by design). Only the portal's own
 *   pages on this machine may use it: other hosts, other origins and cross-site requests are
 *   refused;
 * - `/staff-portal/recent`: pledges and volunteer registrations made through this portal since
 *   it started, so staff can confirm a pledge without typing its id (the API has no staff list of
 *   pending donations).
 * Resolves to `{url, port, close}`.
 */
export async function startDemoServer({ root, apiBase, staffKey, port = 0 }) {
  if (!staffKey?.startsWith('sk_')) throw new Error('the demo server needs a secret key (sk_…)');
  const api = new URL(apiBase);
  const recent = recentActivity();
  /** @type {number} */
  let ownPort = port;

  const handle = (request, response) => {
    const path = request.url ?? '/';
    const seen = recent.seen;
    if (path.startsWith('/v1/')) {
      proxy(request, response, api, path, { seen });
      return true;
    }
    if (path.startsWith('/staff-api/') || path.startsWith('/staff-portal/')) {
      const refusal = staffRefusal(request, ownPort);
      if (refusal) {
        json(response, 403, { error: { code: 'forbidden', message: refusal } });
      } else if (path === '/staff-portal/recent') {
        json(response, 200, { data: recent.entries });
      } else if (path.startsWith('/staff-api/v1/')) {
        proxy(request, response, api, path.slice('/staff-api'.length), {
          strip: STAFF_STRIPPED,
          add: { authorization: `Bearer ${staffKey}` },
          seen,
        });
      } else {
        json(response, 404, { error: { code: 'not_found', message: 'No such staff path.' } });
      }
      return true;
    }
    return false;
  };

  const site = await serveStatic(root, {
    port,
    handle,
    headers: (path) => (STRICT_PAGES.has(path) ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
  ownPort = site.port;
  return site;
}

/**
 * Why a staff request is refused, or undefined. The secret key acts for whoever reaches this
 * proxy, so: the Host must be this loopback server (no DNS rebinding), the request must come
 * from the portal's own pages (Origin and Sec-Fetch-Site), and writes must be JSON, which a
 * cross-site form cannot send without a preflight this server never grants.
 */
function staffRefusal(request, port) {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!own.includes(request.headers.host ?? '')) return 'The staff API answers on loopback only.';
  const origin = request.headers.origin;
  if (origin !== undefined && !own.some((host) => origin === `http://${host}`))
    return 'The staff API answers the portal’s own pages only.';
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return 'The staff API answers the portal’s own pages only.';
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const type = request.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) return 'Staff writes must be JSON.';
  }
  return undefined;
}

/**
 * Passes one request through to the API and streams the answer back (Server-Sent Events
 * included). `strip` and `add` change the request's headers; `seen(path, body)` gets the JSON
 * answer of each successful POST.
 */
function proxy(request, response, api, path, { strip = new Set(), add = {}, seen } = {}) {
  const headers = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (!HOP_BY_HOP.has(name) && !strip.has(name) && value !== undefined) headers[name] = value;
  }
  Object.assign(headers, add);
  const upstream = httpRequest(
    { host: api.hostname, port: api.port, method: request.method, path, headers },
    (answer) => {
      const out = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = value;
      }
      response.writeHead(answer.statusCode ?? 502, out);
      // Server-Sent Events: each event goes out as it comes.
      response.flushHeaders();
      const watch =
        seen !== undefined &&
        request.method === 'POST' &&
        (answer.statusCode === 200 || answer.statusCode === 201);
      const chunks = [];
      answer.on('data', (chunk) => {
        if (watch) chunks.push(chunk);
        response.write(chunk);
      });
      answer.on('end', () => {
        response.end();
        if (watch) seen(new URL(path, 'http://x').pathname, parseJson(Buffer.concat(chunks)));
      });
      answer.on('error', () => response.destroy());
    },
  );
  upstream.on('error', () => {
    if (response.headersSent) return void response.destroy();
    json(response, 502, {
      error: { code: 'api_unreachable', message: 'The wushe API server is not reachable.' },
    });
  });
  // A page that goes away (closing its live stream) ends the upstream request too.
  response.on('close', () => upstream.destroy());
  request.pipe(upstream);
}

const CONFIRM_PATH = /^\/v1\/donations\/([^/]+)\/confirm$/;

/**
 * Pledges and volunteer registrations made through this portal, newest first, for the staff
 * page: only what staff need to act on them. A confirmation passing through the staff proxy
 * updates its pledge's status.
 */
function recentActivity() {
  const entries = [];
  const add = (entry) => {
    // The same idempotent request answered again is the same pledge.
    if (entries.some((known) => known.id === entry.id)) return;
    entries.unshift(entry);
    entries.length = Math.min(entries.length, RECENT_LIMIT);
  };
  return {
    entries,
    /** Sees the JSON answer to a successful POST on `path`. */
    seen(path, body) {
      if (CONFIRM_PATH.test(path) && typeof body?.id === 'string') {
        const pledge = entries.find((entry) => entry.id === body.id);
        if (pledge) pledge.status = body.status;
      } else if (path === '/v1/donations' && body?.donation) {
        const { id, fundId, amountFen, channel, status, donorName, createdAt } = body.donation;
        const reference = body.payment?.reference ?? null;
        add({
          type: 'donation',
          id,
          fundId,
          amountFen,
          channel,
          status,
          donorName,
          reference,
          createdAt,
        });
      } else if (path === '/v1/volunteers' && typeof body?.id === 'string') {
        const { id, code, name, communityId, createdAt } = body;
        add({ type: 'volunteer', id, code, name, communityId, createdAt });
      }
    },
  };
}

function parseJson(buffer) {
  try {
    return JSON.parse(buffer.toString('utf8'));
  } catch {
    return undefined;
  }
}

function json(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
