#!/usr/bin/env node
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { openDatabase } from './db/database.js';
import { deriveSecrets } from './services/secrets.js';

// Placeholder until the full CLI lands: in-memory PGlite.
const database = await openDatabase();
const app = createApp({
  database,
  secrets: deriveSecrets(process.env.WUSHE_SECRET ?? 'dev-only-secret'),
});
const port = Number(process.env.PORT ?? '8787');
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`wushe-server listening on http://127.0.0.1:${info.port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
process.once('SIGINT', () => server.close(() => process.exit(0)));
