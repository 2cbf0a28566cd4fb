// The yardstick for the donation benchmark: a bare Hono route on the same HTTP stack, answering a
// JSON POST with a 201 and no work at all.
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const { values } = parseArgs({ options: { port: { type: 'string' } }, strict: false });
const app = new Hono();
app.get('/healthz', (c) => c.json({ ok: true }));
app.post('/v1/donations', async (c) => c.json({ received: await c.req.json() }, 201));
serve({ fetch: app.fetch, port: Number(values.port), hostname: '127.0.0.1' });
