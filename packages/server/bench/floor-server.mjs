// The floor for write benchmarks: bare Hono routes that commit one INSERT of a donation-like, a
// need-like or a vote-like row on the same database as the API (PGlite in --data, or PostgreSQL from
// DATABASE_URL), and answer 201 with the row. Whatever the API does beyond this is its own cost.
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
await client.query(`create table if not exists floor_needs (
  id text primary key, community_code text not null, kind text not null, category text not null,
  title text not null, description text not null, contact_name text, contact_mobile text,
  status text not null, created_at timestamptz not null default now())`);
await client.query(`create table if not exists floor_votes (
  call_id text not null, proposal_id text not null, respondent_token text not null,
  created_at timestamptz not null default now(), primary key (call_id, respondent_token))`);

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
app.post('/v1/needs', async (c) => {
  const body = await c.req.json();
  const { rows } = await client.query(
    `insert into floor_needs (id, community_code, kind, category, title, description,
       contact_name, contact_mobile, status)
     values ($1, $2, $3, $4, $5, $6, $7, $8, 'pending_review') returning *`,
    [
      randomUUID(),
      body.communityId,
      body.kind,
      body.category,
      body.title,
      body.description,
      body.contact?.name,
      body.contact?.mobile,
    ],
  );
  return c.json(rows[0], 201);
});
app.post('/v1/calls/:id/votes', async (c) => {
  const body = await c.req.json();
  const { rows } = await client.query(
    `insert into floor_votes (call_id, proposal_id, respondent_token) values ($1, $2, $3)
     returning call_id, proposal_id, created_at`,
    [c.req.param('id'), body.proposalId, body.respondentToken],
  );
  return c.json(rows[0], 201);
});
serve({ fetch: app.fetch, port: Number(values.port), hostname: '127.0.0.1' });
// Exit on SIGTERM rather than be killed by it, so `node --cpu-prof` writes its profile.
process.once('SIGTERM', () => process.exit(0));
