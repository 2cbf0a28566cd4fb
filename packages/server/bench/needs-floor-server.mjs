// The floor for the needs pages: a bare Hono route that runs one page's SQL — the very text and
// parameters the API builds for it, handed over in a JSON file — on the same database (PGlite in
// --data, or PostgreSQL from DATABASE_URL), and answers the rows as JSON. No key, no validation,
// no claims, no shaping: whatever the API does beyond this is its own cost.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { PGlite } from '@electric-sql/pglite';
import { Hono } from 'hono';
import pg from 'pg';

const { values } = parseArgs({
  options: { port: { type: 'string' }, data: { type: 'string' }, queries: { type: 'string' } },
  strict: false,
});
/** `{ [scenario]: { sql, params } }`, as drizzle's `toSQL()` spells them. */
const queries = JSON.parse(readFileSync(values.queries, 'utf8'));
const url = process.env.DATABASE_URL;
const client = url
  ? new pg.Pool({ connectionString: url, max: 10 })
  : await PGlite.create({ dataDir: values.data });

const app = new Hono();
app.get('/healthz', (c) => c.json({ ok: true }));
app.get('/floor/:scenario', async (c) => {
  const query = queries[c.req.param('scenario')];
  if (!query) return c.json({ error: 'no such scenario' }, 404);
  const { rows } = await client.query(query.sql, query.params);
  return c.json({ data: rows });
});
serve({ fetch: app.fetch, port: Number(values.port), hostname: '127.0.0.1' });
