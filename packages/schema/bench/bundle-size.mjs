// Measures what @wushe/schema costs a browser bundle: a few realistic imports, each built with
// vite (rolldown, minified, tree-shaken) and weighed gzipped and brotli-compressed.
// Run after `npm run build`: `node bench/bundle-size.mjs`.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';

const cases = {
  'volunteer + donation requests, validate, zh-CN':
    "import { RegisterVolunteerRequest, CreateDonationRequest, validate } from '@wushe/schema';\n" +
    'export const check = (v, d) => [validate(RegisterVolunteerRequest, v), validate(CreateDonationRequest, d)];',
  'one validator (ID number) alone':
    "import { parseIdNumber } from '@wushe/schema';\nexport const check = (s) => parseIdNumber(s);",
  'every schema and all three locales':
    "import * as schema from '@wushe/schema';\nexport default schema;",
};

// Inside the package, so the entries resolve @wushe/schema as an app would (bench/results is ignored).
mkdirSync('bench/results', { recursive: true });
const dir = mkdtempSync(join('bench/results', 'size-'));
const rows = [];
try {
  for (const [name, source] of Object.entries(cases)) {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, source);
    const outDir = join(dir, 'out');
    await build({
      root: process.cwd(),
      logLevel: 'silent',
      configFile: false,
      build: {
        outDir,
        emptyOutDir: true,
        lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
        rolldownOptions: { output: { minify: true } },
        target: 'es2022',
      },
    });
    const code = readFileSync(join(outDir, readdirSync(outDir)[0]));
    rows.push({
      bundle: name,
      'min kB': (code.length / 1024).toFixed(1),
      'gzip kB': (gzipSync(code, { level: 9 }).length / 1024).toFixed(1),
      'brotli kB': (brotliCompressSync(code).length / 1024).toFixed(1),
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.table(rows);
