#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`wushe-server [--port 8787] [--host 127.0.0.1]

Serves the wushe HTTP API v1. GET /healthz for liveness, GET /v1/openapi.json for the contract.`);
  process.exit(0);
}

const server = serve(
  { fetch: createApp().fetch, port: Number(values.port), hostname: values.host },
  (info) => {
    console.log(`wushe-server listening on http://${values.host}:${info.port}`);
  },
);

/** Finish the requests in flight, then exit; a second signal exits at once. */
function shutdown(signal: string) {
  console.log(`${signal}: shutting down`);
  server.close(() => process.exit(0));
  process.once(signal, () => process.exit(1));
}
process.once('SIGTERM', () => {
  shutdown('SIGTERM');
});
process.once('SIGINT', () => {
  shutdown('SIGINT');
});
