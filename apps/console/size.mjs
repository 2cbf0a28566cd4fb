// What each console screen downloads until usable, against SPEC §14 (≤ 60 kB gzip a screen), from
// the build's manifest: the page's entry, the screen's widget chunk and the chunks they import
// statically, each gzipped (level 9) on its own as the server sends it. Other languages' strings
// load only for a reader of them, and are listed apart. The Chromium end-to-end test measures
// the same screens as a browser downloads them.
// Also proves a resident page can load no staff code: no file of @wushe/elements' build (its
// per-widget entries, one-file widgets and the wushe.js loader with its chunks) names a staff
// widget or the staff package.
// `node size.mjs --check` exits 1 when a screen is over budget or staff code is found (CI: `turbo run size`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, 'dist');
const BUDGET = 60 * 1024;
const SCREENS = {
  'sign-in': 'staff-sign-in/staff-sign-in.js',
  home: 'queue-counts/queue-counts.js',
  'review queue (and reported needs)': 'review-queue/review-queue.js',
  'donation desk': 'donation-desk/donation-desk.js',
  'hours recorder': 'hours-recorder/hours-recorder.js',
  'follow-ups': 'follow-ups/follow-ups.js',
  'staff accounts': 'account-editor/account-editor.js',
  'API keys': 'key-editor/key-editor.js',
  organizations: 'organization-editor/organization-editor.js',
  activities: 'activity-editor/activity-editor.js',
  surveys: 'survey-editor/survey-editor.js',
  'linkage index': 'linkage-index/linkage-index.js',
  'social workers': 'social-worker-editor/social-worker-editor.js',
  funds: 'fund-editor/fund-editor.js',
  'need matching': 'need-matcher/need-matcher.js',
  'call desk': 'call-desk/call-desk.js',
  'proposal scoring': 'proposal-scoring/proposal-scoring.js',
  'project progress': 'project-updates/project-updates.js',
  'organization desk': 'organization-desk/organization-desk.js',
};
const STAFF_MARKS = [
  'wushe-staff-sign-in',
  'wushe-review-queue',
  'wushe-donation-desk',
  'wushe-hours-recorder',
  'wushe-queue-counts',
  'wushe-follow-ups',
  'wushe-account-editor',
  'wushe-key-editor',
  'wushe-organization-editor',
  'wushe-activity-editor',
  'wushe-survey-editor',
  'wushe-social-worker-editor',
  'wushe-fund-editor',
  'wushe-need-matcher',
  'wushe-call-desk',
  'wushe-proposal-scoring',
  'wushe-project-updates',
  'wushe-organization-desk',
  '@wushe/staff-elements',
];

const manifestFile = join(dist, '.vite/manifest.json');
if (!existsSync(manifestFile)) {
  console.error('apps/console/dist is missing: run `npm run build -w @wushe/console` first');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** The manifest keys `keys` load with them: themselves and their static imports, transitively. */
function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const problems = [];
const rows = {};
for (const [screen, ending] of Object.entries(SCREENS)) {
  const key = Object.keys(manifest).find((name) => name.endsWith(ending));
  if (!key) {
    problems.push(`${screen}: no chunk for ${ending} in the build`);
    continue;
  }
  const files = [...closure([entry, key])].map((name) => manifest[name].file);
  const bytes = files.reduce((total, file) => total + gz(file), 0);
  const later = (manifest[key].dynamicImports ?? [])
    .map((name) => manifest[name]?.file)
    .filter(Boolean)
    .reduce((total, file) => total + gz(file), 0);
  rows[screen] = {
    'until usable (gzip)': kB(bytes),
    files: files.length,
    'other languages, lazy': kB(later),
    budget: kB(BUDGET),
    within: bytes <= BUDGET ? 'yes' : 'NO',
  };
  if (bytes > BUDGET) problems.push(`${screen}: ${kB(bytes)} gzip > ${kB(BUDGET)}`);
}
console.log('Console screens, JS until usable (SPEC §14):');
console.table(rows);

/** Every .js file under `dir`. */
function scripts(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return path.endsWith('.js') ? [path] : [];
  });
}
const residentDist = fileURLToPath(new URL('../../packages/elements/dist', import.meta.url));
const resident = scripts(residentDist);
if (resident.length === 0) problems.push('packages/elements/dist has no scripts: build it first');
for (const file of resident) {
  const code = readFileSync(file, 'utf8');
  const found = STAFF_MARKS.filter((mark) => code.includes(mark));
  if (found.length > 0) problems.push(`${file} names staff code: ${found.join(', ')}`);
}
console.log(
  `Resident code: ${resident.length} files of @wushe/elements' build (wushe.js and its chunks ` +
    `included) name no staff widget: ${problems.some((p) => p.includes('names staff')) ? 'NO' : 'yes'}`,
);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  if (process.argv.includes('--check')) process.exit(1);
}
