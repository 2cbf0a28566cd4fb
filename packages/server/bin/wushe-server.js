#!/usr/bin/env node
// The `wushe-server` command. npm links a bin at install time only if its file exists, and
// dist/ is built afterwards: so the bin is this committed file, which runs the built CLI.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('wushe-server is not built yet: run `npm run build` at the repository root first.');
  process.exit(1);
}
await import(cli.href);
