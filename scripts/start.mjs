// `npm start`: after `turbo run build`, starts the API server on PGlite with the demo district
// (番禺区, 长宁区), serving the console (apps/console/dist) at /console/ on its own origin, and
// serves the demo portal, which passes the API through on its own origin and runs a back office
// that keeps the district's secret key on its server and embeds staff widgets on delegated sessions.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEMO_KEYS } from '../packages/server/dist/index.js';
import { startDemoServer } from '../apps/demo/server/demo-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const apiPort = process.env.WUSHE_API_PORT ?? '8787';
const demoPort = Number(process.env.WUSHE_DEMO_PORT ?? '5173');
const apiBase = `http://127.0.0.1:${apiPort}`;

// The demo district's data lives in ./.wushe-data (PGlite): delete it to start over.
const server = spawn(
  process.execPath,
  [
    'packages/server/dist/cli.js',
    '--port',
    apiPort,
    '--seed',
    'demo',
    '--data',
    '.wushe-data',
    '--console',
    'apps/console/dist',
  ],
  { cwd: root, stdio: 'inherit' },
);
server.once('exit', (code) => {
  if (code !== 0 && code !== null) {
    console.error(`wushe-server exited with ${code}`);
    process.exit(code);
  }
});

await untilHealthy(`${apiBase}/healthz`);
const demo = await startDemoServer({
  root: `${root}/apps/demo/dist`,
  apiBase,
  // The demo district's documented secret key, unless another is given: the back office mints
  // delegated staff sessions with it, on the server only.
  secretKey: process.env.WUSHE_STAFF_KEY ?? DEMO_KEYS.secret,
  port: demoPort,
});

console.log(`
  五社联动 demo portal:  ${demo.url}/
  console (staff):       ${apiBase}/console/   (demo staff: see the server's lines above)
  portal back office:    ${demo.url}/back-office/   (the portal's own demo login jinxiu.portal / portal-demo-2026;
                         staff widgets on a delegated session, the secret key stays in the portal's server)
  embedding proofs:      ${demo.url}/embed/
  wushe API:             ${apiBase}  (contract: /v1/openapi.json; the portal serves it on /v1 too)
  Ctrl+C to stop.
`);

function stop() {
  server.kill('SIGTERM');
  void demo.close().then(() => process.exit(0));
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

/** Waits for the API to answer (PGlite and the demo seed take a few seconds on first start). */
async function untilHealthy(url) {
  for (let waited = 0; waited < 120_000; waited += 250) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  console.error(`wushe-server did not answer at ${url} within two minutes`);
  server.kill('SIGTERM');
  process.exit(1);
}
