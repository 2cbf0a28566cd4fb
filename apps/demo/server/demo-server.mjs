// The demo portal's own web server, as a district's portal server would be set up: it serves the
// built pages, passes the wushe API through under the portal's own origin, sends staff to the
// console that wushe-server serves, and runs the portal's back office, which keeps the district's
// secret key on the server and gives its pages only delegated staff sessions.
import { request as httpRequest } from 'node:http';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { backOffice } from './back-office.mjs';

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

/**
 * Starts the demo portal on 127.0.0.1:`port`:
 * - the files under `root` (the built demo), `/embed/csp.html` with {@link STRICT_CSP};
 * - `/v1/*`: the wushe API at `apiBase`, unchanged, so widgets call it on the page's own origin
 *   (under `connect-src 'self'` there is no other way) and the publishable key (or a delegated
 *   staff session) still checks the page's `Origin`;
 * - `/console/`: a redirect to the console wushe-server serves at `${apiBase}/console/` (the
 *   footer's 工作人员入口);
 * - `/back-office/`: the portal's back office (server/back-office.mjs): its own sign-in, and a
 *   page with staff widgets on a delegated session minted here with `secretKey`, which never
 *   leaves this server.
 * Resolves to `{url, port, close}`.
 */
export async function startDemoServer({ root, apiBase, secretKey, port = 0 }) {
  if (!secretKey?.startsWith('sk_')) throw new Error('the demo server needs a secret key (sk_…)');
  const api = new URL(apiBase);
  /** @type {number} */
  let ownPort = port;
  const backOfficeHandler = backOffice({
    root,
    apiBase,
    secretKey,
    ownOrigins: () => [`http://127.0.0.1:${ownPort}`, `http://localhost:${ownPort}`],
  });

  const handle = (request, response) => {
    const path = request.url ?? '/';
    if (path.startsWith('/v1/')) {
      proxy(request, response, api, path);
      return true;
    }
    if (path === '/console' || path.startsWith('/console/')) {
      response.writeHead(302, {
        Location: `${api.origin}${path === '/console' ? '/console/' : path}`,
      });
      response.end();
      return true;
    }
    return backOfficeHandler(request, response);
  };

  const site = await serveStatic(root, {
    port,
    handle,
    headers: (path) => (STRICT_PAGES.has(path) ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
  ownPort = site.port;
  return site;
}

/** Passes one request through to the API and streams the answer back (Server-Sent Events included). */
function proxy(request, response, api, path) {
  const headers = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
  }
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
      answer.pipe(response);
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

function json(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
