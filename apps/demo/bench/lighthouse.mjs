// Lighthouse on the demo portal's home page (needs wall, fund progress, donate button), as a
// resident's phone sees it: the BUILT page (apps/demo/dist), served by the portal's own server
// (scripts/static-server.mjs, API passed through under the page's origin — the page sets no
// api-base), with a real API server on PGlite and the demo seed behind it. Lighthouse's default
// mobile profile (Moto G Power, simulated slow 4G), on Debian Chromium.
//
//   node bench/lighthouse.mjs [--dist <dir>] [--check]
//
// Prints the performance, accessibility and best-practices scores and CLS against the targets
// (issue 8: ≥ 95, 100, 100, CLS 0) and, for what misses, the audits that fail. `--check` exits 1
// when a target is missed. The full report is written to bench/results/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.mjs';
import { startDemoServer } from '../server/demo-server.mjs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const results = fileURLToPath(new URL('./results/', import.meta.url));
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: fileURLToPath(new URL('../dist/', import.meta.url)) },
    check: { type: 'boolean', default: false },
  },
});

/** Issue 8's targets: a score (0–100) at least this, and no layout shift at all. */
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };
const CLS_TARGET = 0;

if (!existsSync(`${args.dist}/index.html`)) {
  console.error(`${args.dist}/index.html is missing: build the demo first (npx turbo run build).`);
  process.exit(1);
}

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts `wushe-server --memory --seed demo` and resolves when it listens, with the demo's secret
 * key as the server printed it (the portal's server keeps it for its back office).
 */
async function startApi() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['packages/server/dist/cli.js', '--memory', '--seed', 'demo', '--port', String(port)],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const ready = new Promise((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`wushe-server did not start:\n${output}`)),
      90_000,
    );
    const read = (chunk) => {
      output += chunk;
      const secret = /secret key\s+(sk_\S+)/.exec(output)?.[1];
      if (output.includes('listening on') && secret) {
        clearTimeout(timer);
        done(secret);
      }
    };
    // Decoded as streams: a Chinese character split between two chunks stays whole.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`wushe-server exited with ${code}:\n${output}`));
    });
  });
  const staffKey = await ready;
  return { apiBase: `http://127.0.0.1:${port}`, staffKey, stop: () => child.kill('SIGTERM') };
}

/** The audits that keep a category under its target, worst first, as "title (value)". */
function failingAudits(lhr, categoryId) {
  return lhr.categories[categoryId].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(
      ({ audit }) =>
        typeof audit?.score === 'number' && audit.score < (categoryId === 'performance' ? 0.9 : 1),
    )
    .filter(
      ({ ref, audit }) =>
        categoryId !== 'performance' || ref.weight > 0 || audit.details?.type === 'opportunity',
    )
    .sort((a, b) => a.audit.score - b.audit.score)
    .map(({ audit }) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
}

const api = await startApi();
const portal = await startDemoServer({
  root: args.dist,
  apiBase: api.apiBase,
  secretKey: api.staffKey,
});
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
let missed = false;
try {
  const url = `${portal.url}/`;
  // Defaults are the mobile profile; only the three categories issue 8 sets targets for.
  const result = await lighthouse(url, {
    port: chrome.port,
    logLevel: 'error',
    output: 'html',
    onlyCategories: Object.keys(TARGETS),
  });
  if (!result) throw new Error('Lighthouse returned no result');
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  mkdirSync(results, { recursive: true });
  writeFileSync(`${results}/lighthouse-home.html`, /** @type {string} */ (result.report));
  writeFileSync(`${results}/lighthouse-home.json`, JSON.stringify(lhr, null, 2));

  const rows = {};
  const failing = [];
  for (const [id, target] of Object.entries(TARGETS)) {
    const score = Math.round((lhr.categories[id].score ?? 0) * 100);
    const ok = score >= target;
    rows[lhr.categories[id].title] = {
      value: score,
      target: `≥ ${target}`,
      met: ok ? 'yes' : 'NO',
    };
    if (!ok) failing.push([lhr.categories[id].title, failingAudits(lhr, id)]);
  }
  const cls = lhr.audits['cumulative-layout-shift'].numericValue ?? 0;
  rows['Cumulative Layout Shift'] = {
    value: Number(cls.toFixed(3)),
    target: `${CLS_TARGET}`,
    met: cls <= CLS_TARGET ? 'yes' : 'NO',
  };
  if (cls > CLS_TARGET) {
    const shifts = lhr.audits['layout-shifts']?.details?.items ?? [];
    failing.push([
      'Cumulative Layout Shift',
      shifts.map(
        (item) =>
          `${item.node?.snippet ?? item.node?.nodeLabel ?? '?'} (${item.score?.toFixed(3)})`,
      ),
    ]);
  }
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'speed-index',
  ]) {
    rows[lhr.audits[id].title] = { value: lhr.audits[id].displayValue, target: '', met: '' };
  }

  console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${url}`);
  console.table(rows);
  for (const [title, audits] of failing) {
    console.log(`${title} misses its target:`);
    for (const audit of audits.length ? audits : ['(no single failing audit)'])
      console.log(`  - ${audit}`);
  }
  console.log(`Report: ${results}lighthouse-home.html`);
  missed = failing.length > 0;
} finally {
  chrome.kill();
  await portal.close();
  api.stop();
}
if (missed && args.check) process.exit(1);
