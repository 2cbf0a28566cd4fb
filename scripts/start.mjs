// `npm start`: after `turbo run build`, starts the API server on PGlite with the demo district
// (番禺区, 长宁区) and serves the demo portal.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const apiPort = process.env.WUSHE_API_PORT ?? '8787';
const demoPort = Number(process.env.WUSHE_DEMO_PORT ?? '5173');

// The demo district's data lives in ./.wushe-data (PGlite): delete it to start over.
const server = spawn(
  process.execPath,
  ['packages/server/dist/cli.js', '--port', apiPort, '--seed', 'demo', '--data', '.wushe-data'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const demo = await serveStatic(`${root}/apps/demo/dist`, { port: demoPort });

console.log(`
  五社联动 demo portal:  ${demo.url}/
  wushe API:             http://127.0.0.1:${apiPort}  (contract: /v1/openapi.json)
  Ctrl+C to stop.
`);

function stop() {
  server.kill('SIGTERM');
  void demo.close().then(() => process.exit(0));
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
server.once('exit', (code) => {
  if (code !== 0 && code !== null) {
    console.error(`wushe-server exited with ${code}`);
    process.exit(code);
  }
});
