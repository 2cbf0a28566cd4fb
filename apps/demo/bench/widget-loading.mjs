// What a page pays until one widget is usable, in real Chromium (SPEC §8, issue "Performance and
// scale"): for each resident widget, a page with only that widget, loaded
//   - through `wushe.js` (the loader: a `<wushe-provider>` and the widget, the way the guides show);
//   - through its own entry, `wushe-<name>.js` (the widget alone, configured by its own attributes,
//     sharing the loader's chunks);
//   - through its one file, `standalone/wushe-<name>.js` (everything it may load inlined);
// and for `<wushe-donate-button>` the same before it is clicked. "Usable" is the widget showing its
// loaded state: its shadow root rendered, no loading/error panel, and no request in flight.
// Counted: JS responses (their count, and their bytes gzipped at level 9 as a server would send
// them), all requests, and the deepest chain of JS requests (page → wushe.js → chunk = 2).
// The API is a real wushe server (in-memory PGlite, the demo district), passed through on the
// page's own origin by the demo portal's server. Usage: node bench/widget-loading.mjs [--files]
// [--only=donation,needs-list] [--check] (--files lists each page's scripts), after building the
// elements; `npm run bench` of @wushe/elements runs it too.
// Budgets (issue "Performance and scale"; `--check` exits 1 above them, CI runs it as
// `turbo run size`): through `wushe.js` and through its own entry, a resident widget ≤ 30 kB
// until usable and the donate button ≤ 10 kB before its click; through `wushe.js`, no chain of
// scripts deeper than two (page → wushe.js → every chunk, preloaded at once).
/* global document, customElements -- the page.evaluate() callbacks run in the page */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createClient } from '@wushe/sdk';
import { startTestServer } from '@wushe/server/testing';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.mjs';
import { startDemoServer } from '../server/demo-server.mjs';

/** The elements' build: `wushe.js`, its chunks and `standalone/`. */
const elementsDist = fileURLToPath(new URL('../../../packages/elements/dist', import.meta.url));
const work = fileURLToPath(new URL('results/widget-loading', import.meta.url));
const COMMUNITY = '440113104001';

const BUDGET = { widget: 30 * 1024, donateButton: 10 * 1024, loaderDepth: 2 };

/** Each resident widget with the demo district's records (as on the demo's strict-CSP page). */
const WIDGETS = {
  'needs-list': 'page-size="5"',
  'volunteer-signup': 'activity="act_jxSortingShift"',
  survey: 'survey="svy_pyProjectRating" subject="prj_Wd5Ha2Jr7N"',
  'survey-results': 'survey="svy_pyProjectRating" subject="prj_Wd5Ha2Jr7N"',
  donation: 'fund="fund_Nc4Ps8Yd2M"',
  'donate-button': 'fund="fund_Nc4Ps8Yd2M"',
  resources: `division="${COMMUNITY}"`,
  projects: `division="${COMMUNITY}"`,
  'linkage-index': 'division="440113"',
  'points-store': '',
  // Signed out: usable once its sign-in form shows.
  'my-volunteering': '',
};

function page(title, script, body) {
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>` +
    `<script type="module" src="${script}"></script></head><body>${body}</body></html>`
  );
}

function writePages(publishableKey) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'wushe'), { recursive: true });
  for (const file of readdirSync(elementsDist)) {
    if (file.endsWith('.js') || file === 'standalone') {
      cpSync(join(elementsDist, file), join(work, 'wushe', file), { recursive: true });
    }
  }
  const config = `publishable-key="${publishableKey}" community="${COMMUNITY}"`;
  for (const [name, attributes] of Object.entries(WIDGETS)) {
    const tag = `wushe-${name}`;
    writeFileSync(
      join(work, `loader-${name}.html`),
      page(
        tag,
        '/wushe/wushe.js',
        // The donate button as the partner guide shows it: its own attributes, no provider.
        name === 'donate-button'
          ? `<${tag} ${config} ${attributes}></${tag}>`
          : `<wushe-provider ${config}><${tag} ${attributes}></${tag}></wushe-provider>`,
      ),
    );
    writeFileSync(
      join(work, `entry-${name}.html`),
      page(tag, `/wushe/${tag}.js`, `<${tag} ${config} ${attributes}></${tag}>`),
    );
    writeFileSync(
      join(work, `standalone-${name}.html`),
      page(tag, `/wushe/standalone/${tag}.js`, `<${tag} ${config} ${attributes}></${tag}>`),
    );
  }
}

/** In the page: is the widget showing its loaded state? */
function widgetUsable(tag) {
  const widget = document.querySelector(tag);
  const shadow = widget?.shadowRoot;
  if (!customElements.get(tag) || !shadow) return false;
  if (shadow.querySelector('[part~="state"], [part~="state-loading"]')) return false;
  return shadow.querySelector('button, input, select, textarea, article, li, svg, table') !== null;
}

const isStream = (request) =>
  request.resourceType() === 'eventsource' ||
  /text\/event-stream/.test(request.headers().accept ?? '');

async function measure(browser, portal, file, tag) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = new Map();
  let inFlight = 0;
  page.on('request', (request) => {
    // A live stream (the needs list's updates) stays open: it is not part of loading.
    if (isStream(request)) return;
    inFlight++;
    const parent = request.frame().url() === request.url() ? undefined : request.headers().referer;
    requests.set(request, { url: request.url(), parent, done: false });
  });
  const finished = async (request) => {
    const entry = requests.get(request);
    if (!entry) return;
    const response = await request.response();
    if (response && /javascript/.test(response.headers()['content-type'] ?? '')) {
      const body = await response.body();
      entry.js = gzipSync(body, { level: 9 }).length;
      entry.code = body.toString('utf8');
    }
    entry.done = true;
    inFlight--;
  };
  page.on('requestfinished', (request) => void finished(request));
  page.on('requestfailed', (request) => void finished(request));
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && problems.push(response.url()));
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${portal}/${file}`);
  const started = Date.now();
  for (;;) {
    // Generous: CI runs this beside other Chromium tests on two cores.
    if (Date.now() - started > 60_000) {
      const shown = await page.evaluate(
        (tag) =>
          document
            .querySelector(tag)
            ?.shadowRoot?.querySelector('[part~=state]')
            ?.outerHTML.slice(0, 600),
        tag,
      );
      throw new Error(`${file}: ${tag} never became usable: ${shown}\n${problems.join('\n')}`);
    }
    const usable = await page.evaluate(widgetUsable, tag);
    if (usable && inFlight === 0 && [...requests.values()].every((entry) => entry.done)) break;
    await page.waitForTimeout(20);
  }
  const entries = [...requests.values()];
  const scripts = entries.filter((entry) => entry.js !== undefined);
  const preloaded = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel=modulepreload]')].map((link) => link.href),
  );
  const depth = jsDepth(scripts, preloaded);
  if (process.argv.includes('--files')) {
    console.log(
      file,
      scripts.map((entry) => `${entry.url.split('/').pop()} ${entry.js}`).join(' '),
    );
  }
  await context.close();
  return {
    js: scripts.reduce((total, entry) => total + entry.js, 0),
    jsFiles: scripts.length,
    requests: entries.length,
    depth,
  };
}

/**
 * The deepest chain of script requests, from what the page fetched: the page's script is 1 deep,
 * a chunk the loader preloads (`<link rel="modulepreload">`) 2. A chunk a script imports
 * statically is one deeper than that script (found when it arrives); one it imports with
 * `import()` is one deeper than the deepest of that script's static imports, since the script
 * runs only once they have all arrived. (From the files, not from timings: a busy machine
 * delays when requests start without making the chain deeper.)
 */
function jsDepth(scripts, preloaded) {
  const name = (url) => new URL(url).pathname.split('/').pop();
  const named = (script, pattern) =>
    new Set([...script.code.matchAll(pattern)].map((match) => match[1]));
  const byName = new Map(
    scripts.map((script) => [
      name(script.url),
      {
        script,
        statics: named(script, /(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g),
        dynamics: named(script, /import\(\s*["'`]\.\/([^"'`]+\.js)["'`]/g),
      },
    ]),
  );
  const level = new Map();
  const first = scripts.find(
    (script) => script.parent === undefined || !script.parent.endsWith('.js'),
  );
  if (!first) return 0;
  level.set(name(first.url), 1);
  for (const url of preloaded) level.set(name(url), 2);
  /** The deepest of `file` and what it imports statically, transitively: when it can run. */
  const ready = (file, seen = new Set()) => {
    if (seen.has(file) || !byName.has(file)) return 0;
    seen.add(file);
    const own = level.get(file) ?? Infinity;
    return Math.max(own, ...[...byName.get(file).statics].map((next) => ready(next, seen)));
  };
  const lower = (file, to) => {
    if (!byName.has(file) || (level.get(file) ?? Infinity) <= to) return false;
    level.set(file, to);
    return true;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const [file, { statics, dynamics }] of byName) {
      const at = level.get(file);
      if (at === undefined) continue;
      for (const next of statics) changed = lower(next, at + 1) || changed;
      const runs = ready(file);
      for (const next of dynamics) changed = lower(next, runs + 1) || changed;
    }
  }
  return Math.max(0, ...[...byName.keys()].map((file) => level.get(file) ?? Infinity));
}

const api = await startTestServer();
// The district shows its linkage index to residents (it is not public until it says so).
await createClient({ baseUrl: api.apiBase, secretKey: api.keys.secret }).settings.update({
  publicIndicators: true,
});
const portal = await startDemoServer({
  root: work,
  apiBase: api.apiBase,
  secretKey: api.keys.secret,
});
writePages(api.keys.publishable);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
/** `--only donation,needs-list`: just those widgets. */
const only = process.argv
  .find((argument) => argument.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = {};
const problems = [];
try {
  for (const name of only ?? Object.keys(WIDGETS)) {
    const tag = `wushe-${name}`;
    const label = name === 'donate-button' ? `<${tag}> (before click)` : `<${tag}>`;
    for (const [via, file] of [
      ['wushe.js', `loader-${name}.html`],
      [`${tag}.js`, `entry-${name}.html`],
      [`standalone/${tag}.js`, `standalone-${name}.html`],
    ]) {
      const result = await measure(browser, portal.url, file, tag);
      const budget = name === 'donate-button' ? BUDGET.donateButton : BUDGET.widget;
      if (via !== `standalone/${tag}.js` && result.js > budget) {
        problems.push(`${label} via ${via}: ${kB(result.js)} > ${kB(budget)}`);
      }
      if (via !== `standalone/${tag}.js` && result.depth > BUDGET.loaderDepth) {
        problems.push(`${label} via ${via}: scripts ${result.depth} deep > ${BUDGET.loaderDepth}`);
      }
      rows[`${label} via ${via}`] = {
        'JS (gzip)': kB(result.js),
        'JS files': result.jsFiles,
        requests: result.requests,
        'JS chain depth': result.depth,
      };
    }
  }
} finally {
  await browser.close();
  await portal.close();
  await api.close();
}
console.table(rows);
if (problems.length > 0) {
  console.error(`Over the loading budgets:\n  ${problems.join('\n  ')}`);
  if (process.argv.includes('--check')) process.exit(1);
}
