// A load generator, run as its own process so it never shares the server's event loop.
// Input (JSON on stdin): { base, concurrency, requests, seconds?, warmup?, plan: [{method, path, headers?, body?, idempotencyKey?: "unique" | "fixed:<k>"}] }
// The plan is cycled through. Output (JSON on stdout): latencies in ms, statuses, throughput.
import { performance } from 'node:perf_hooks';
import { Agent, fetch } from 'undici';

// The spec comes on stdin: a plan of thousands of steps is too long for a command line. Decoded
// as one text: appending each chunk as a string broke a character split between two chunks, so a
// Chinese body far into a long plan was sent as U+FFFD (and its key's other sends, the same body
// intact, were rightly answered 422 idempotency_key_reused).
process.stdin.setEncoding('utf8');
let input = '';
for await (const chunk of process.stdin) input += chunk;
const spec = JSON.parse(input);
const dispatcher = new Agent({
  connections: spec.concurrency * 2,
  pipelining: 1,
  keepAliveTimeout: 30_000,
});

let next = 0;
const latencies = [];
const statuses = {};
const bodies = [];

async function one(index) {
  const step = spec.plan[index % spec.plan.length];
  const headers = { ...(step.headers ?? {}) };
  if (step.idempotencyKey === 'unique')
    headers['Idempotency-Key'] = `bench-${process.pid}-${index}`;
  else if (step.idempotencyKey?.startsWith('fixed:'))
    headers['Idempotency-Key'] = step.idempotencyKey.slice(6);
  const body = step.body === undefined ? undefined : JSON.stringify(step.body);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const started = performance.now();
  try {
    const response = await fetch(spec.base + step.path, {
      method: step.method,
      headers,
      body,
      dispatcher,
    });
    const text = await response.text();
    const elapsed = performance.now() - started;
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    if (spec.keepBodies && response.status < 300) bodies.push(text);
    return elapsed;
  } catch {
    statuses.error = (statuses.error ?? 0) + 1;
    return undefined;
  }
}

let deadline = Infinity;

async function worker(record) {
  for (;;) {
    if (performance.now() > deadline) return;
    const index = next++;
    if (index >= spec.requests) return;
    const elapsed = await one(index);
    if (record && elapsed !== undefined) latencies.push(elapsed);
  }
}

if (spec.warmup) {
  const total = spec.requests;
  spec.requests = spec.warmup;
  await Promise.all(Array.from({ length: spec.concurrency }, () => worker(false)));
  // Workers that found the warm-up done each took one index too many: start counting afresh.
  next = spec.warmup;
  spec.requests = total + spec.warmup;
  for (const key of Object.keys(statuses)) statuses[key] = 0;
}
const started = performance.now();
// `seconds` bounds the measured run in time as well as in count: whichever comes first.
if (spec.seconds) deadline = started + spec.seconds * 1000;
await Promise.all(Array.from({ length: spec.concurrency }, () => worker(true)));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
process.stdout.write(
  JSON.stringify({
    count: latencies.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: latencies.at(-1) ?? NaN,
    perSecond: latencies.length / seconds,
    statuses,
    ...(spec.keepBodies ? { bodies } : {}),
  }),
);
