// The cost of a staff request's permission check (SPEC §9), in process on PGlite with the demo
// seed: permit() alone for each kind of declaration, and a whole staff request with and without a
// check, so the check's share of a request is a ratio measured in the same run.
// Usage: node bench/permissions.mjs
import { routes } from '@wushe/schema';
import { createApp, deriveSecrets, openDatabase, seedDemo, seedDemoStaff } from '../dist/index.js';
import { DEMO_STAFF_PASSWORD } from '../dist/seed/demo.js';
import { permit } from '../dist/http/permissions.js';
import { resolveSession } from '../dist/services/staff/sessions.js';

const ROUNDS = 2_000;
const database = await openDatabase({});
await seedDemo(database.db);
const secrets = deriveSecrets('bench-secret');
await seedDemoStaff(database.db, secrets);
const app = createApp({
  database,
  secrets,
  rateLimit: { burst: Number.MAX_SAFE_INTEGER, perMinute: Number.MAX_SAFE_INTEGER },
});

async function signIn(login) {
  const response = await app.request('/v1/staff/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_STAFF_PASSWORD }),
  });
  if (!response.ok) throw new Error(`${login}: ${response.status} ${await response.text()}`);
  return (await response.json()).session.token;
}

const token = await signIn('jinxiu.staff');
const staff = await resolveSession(database.db, token, new Date());
const auth = {
  districtCode: staff.account.districtCode,
  apiKeyId: `staff:${staff.account.id}`,
  kind: 'secret',
  via: 'session',
  staff,
};
const context = { get: () => 'req_bench' };
const [need] = (
  await (
    await app.request('/v1/needs?status=open&limit=1', {
      headers: { Authorization: `Bearer ${token}` },
    })
  ).json()
).data;

/** p50 and p95 in ms of `rounds` sequential calls, after a warm-up. */
async function measure(run, rounds = ROUNDS) {
  for (let i = 0; i < 50; i++) await run();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(rounds / 2)], p95: times[Math.floor(rounds * 0.95)] };
}

const role = routes.listAudit;
const scoped = routes.updateNeed;
const checks = [
  [
    'roles only (no lookup)',
    () => permit(context, app.deps, routeAs(role, ['community_staff']), auth, {}),
  ],
  [
    'scope: a need (one indexed read)',
    () => permit(context, app.deps, scoped, auth, { params: { id: need.id }, query: {}, body: {} }),
  ],
];

/** The same declaration with roles this caller holds, so the check passes as a real one would. */
function routeAs(route, roles) {
  return { ...route, permission: { ...route.permission, roles } };
}

const read = (path) => () =>
  app.request(path, { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.arrayBuffer());
const requests = [
  ['GET /v1/staff/me (a staff request without a check)', read('/v1/staff/me')],
  [
    'GET /v1/staff/queue (a staff request with a roles check)',
    read('/v1/staff/queue?kind=needs_review&limit=20'),
  ],
];

const rows = [];
for (const [name, run] of [...checks, ...requests]) {
  const { p50, p95 } = await measure(run);
  rows.push({ measured: name, 'p50 ms': p50.toFixed(3), 'p95 ms': p95.toFixed(3) });
}
console.log(`Permission check, PGlite in process, ${ROUNDS} sequential calls each`);
console.table(rows);
const share = (check, request) =>
  `${((Number(rows[check]['p50 ms']) / Number(rows[request]['p50 ms'])) * 100).toFixed(1)}%`;
console.log(`a roles-only check is ${share(0, 3)} of a staff queue read (p50)`);
console.log(`a need-scoped check (one indexed read) is ${share(1, 3)} of a staff queue read (p50)`);
await app.close();
await database.close();
