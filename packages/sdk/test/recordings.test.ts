import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { record, serialize } from './recordings/recorder.js';
import { scenarios } from './recordings/scenarios.js';

const recorded = (name: string) => new URL(`../recordings/${name}.json`, import.meta.url);

describe('recordings of the real server', () => {
  it('are current: every scenario, played again against the server, gives the committed file', async () => {
    const fresh = await record(scenarios);
    for (const recording of fresh) {
      // `npm run record-fixtures` writes them instead of comparing.
      if (process.env.WUSHE_RECORD) {
        await writeFile(recorded(recording.scenario), serialize(recording));
        continue;
      }
      const committed = await readFile(recorded(recording.scenario), 'utf8').catch(() => '');
      expect(
        serialize(recording),
        `recordings/${recording.scenario}.json is stale: run \`npm run record-fixtures -w @wushe/sdk\``,
      ).toBe(committed);
    }
  }, 300_000);
});
