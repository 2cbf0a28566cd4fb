// Negative control for the layer rules in eslint.config.js: each rule must fire on a forbidden
// import (and stay quiet on an allowed one), linted as `npm run lint` in that package lints it.
// Run by `npm run lint:root` (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('..', import.meta.url));

/** [package dir, file inside it (need not exist), import, whether the layer rules forbid it] */
const cases = [
  ['packages/schema', 'src/probe.ts', '@wushe/sdk', true],
  ['packages/schema', 'src/probe.ts', 'zod/mini', false],
  ['packages/sdk', 'src/probe.ts', '@wushe/schema', false],
  ['packages/sdk', 'src/probe.ts', '@wushe/server', true],
  ['packages/sdk', 'src/probe.ts', '@wushe/server/testing', true],
  ['packages/sdk', 'src/probe.ts', '@wushe/elements', true],
  ['packages/sdk', 'src/probe.ts', 'node:http', true],
  ['packages/sdk', 'src/probe.ts', 'fs/promises', true],
  ['packages/sdk', 'src/probe.ts', 'lit', true],
  ['packages/sdk', 'test/probe.test.ts', '@wushe/server/testing', false],
  ['packages/sdk', 'test/probe.test.ts', '@wushe/server', true],
  ['packages/elements', 'src/probe.ts', '@wushe/sdk', false],
  ['packages/elements', 'src/probe.ts', '@wushe/server', true],
  ['packages/elements', 'src/probe.test.ts', '@wushe/server/testing', true],
  ['packages/elements', 'test/probe.ts', '@wushe/server/testing', true],
  ['packages/elements', 'test/probe-plugin.mjs', '@wushe/server/testing', false],
  ['packages/elements', 'test/probe-plugin.mjs', '@wushe/server', true],
  ['packages/elements', 'src/probe.ts', '@wushe/staff-elements', true],
  ['packages/elements', 'src/probe.ts', '@wushe/staff-elements/review-queue.js', true],
  ['packages/staff-elements', 'src/probe.ts', '@wushe/elements/foundation.js', false],
  ['packages/staff-elements', 'src/probe.ts', '@wushe/server', true],
  ['packages/staff-elements', 'test/probe-plugin.mjs', '@wushe/server/testing', false],
  ['apps/demo', 'src/probe.ts', '@wushe/staff-elements', true],
  ['apps/demo', 'src/back-office/probe.ts', '@wushe/staff-elements/follow-ups.js', false],
  ['apps/console', 'src/probe.ts', '@wushe/staff-elements', false],
  ['apps/console', 'src/probe.ts', '@wushe/server/testing', true],
  ['apps/console', 'test/probe.test.ts', '@wushe/server/testing', false],
  ['apps/console', 'test/probe.test.ts', '@wushe/server', true],
  ['packages/server', 'src/probe.ts', '@wushe/schema', false],
  ['packages/server', 'src/probe.ts', '@wushe/sdk', true],
  ['packages/server', 'test/probe.test.ts', '@wushe/elements', true],
  ['packages/server', 'src/http/probe.ts', './errors.js', false],
  ['packages/server', 'src/services/probe.ts', './errors.js', false],
  ['packages/server', 'src/services/probe.ts', '../http/errors.js', true],
  ['packages/server', 'src/services/needs/probe.ts', '../../http/route.js', true],
  ['packages/server', 'src/db/probe.ts', '../http/errors.js', true],
  ['.storybook', 'probe.ts', '@wushe/server', true],
];

for (const [dir, file, specifier, forbidden] of cases) {
  test(`${dir}/${file}: import '${specifier}' is ${forbidden ? 'refused' : 'allowed'}`, async () => {
    const eslint = new ESLint({
      cwd: `${root}/${dir}`,
      // Only the rule under test: the probe file is in no TypeScript project.
      ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
      overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    });
    const [result] = await eslint.lintText(`import '${specifier}';\n`, {
      filePath: `${root}/${dir}/${file}`,
    });
    const fired = result.messages.filter((m) => m.ruleId === 'no-restricted-imports');
    const other = result.messages.filter((m) => m.ruleId !== 'no-restricted-imports');
    assert.deepEqual(other, [], 'the probe parses');
    assert.equal(fired.length, forbidden ? 1 : 0, JSON.stringify(result.messages));
  });
}
