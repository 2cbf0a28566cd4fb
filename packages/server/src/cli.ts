#!/usr/bin/env node
import { runCli } from './cli/main.js';

const output = {
  log: (line: string) => {
    console.log(line);
  },
  error: (line: string) => {
    console.error(line);
  },
};

const outcome = await runCli(process.argv.slice(2), output);
// The server keeps running until a signal; a command is done.
if (outcome !== 'serving') process.exit(outcome);
