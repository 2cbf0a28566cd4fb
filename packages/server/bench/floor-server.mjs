// The floor for write benchmarks: a bare Hono route that commits one INSERT of a donation-like row
// on the same database as the API (PGlite in --data, or PostgreSQL from DATABASE_URL), and answers
// 201 with the row. Whatever the API does beyond this is its own cost.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { PGlite } from '@electric-sql/pglite';
import { Hono } from 'hono';
import pg from 'pg';

const { values } = parseArgs({
  options: { port: { type: 'string' }, data: { type: 'string' } },
  strict: false,
});
const url = process.env.DATABASE_URL;
const client = url
  ? new pg.Pool({ connectionString: url, max: 10 })
  : await PGlite.create({ dataDir: join(values.data, 'floor') });
await client.query(`create table if not exists floor_donations (
  id text primary key, fund_id text not null, amount_fen bigint not null, channel text not null,
  reference text not null unique, donor_name text, created_at timestamptz not null default now())`);

const app = new Hono();
app.get('/healthz', (c) => c.json({ ok: true }));
app.post('/v1/donations', async (c) => {
  const body = await c.req.json();
  const { rows } = await client.query(
    `insert into floor_donations (id, fund_id, amount_fen, channel, reference, donor_name)
     values ($1, $2, $3, $4, $5, $6) returning *`,
    [randomUUID(), body.fundId, body.amountFen, body.channel, randomUUID(), body.donor?.name],
  );
  return c.json({ donation: rows[0] }, 201);
});
serve({ fetch: app.fetch, port: Number(values.port), hostname: '127.0.0.1' });
// Exit on SIGTERM rather than be killed by it, so `node --cpu-prof` writes its profile.
process.once('SIGTERM', () => process.exit(0));
