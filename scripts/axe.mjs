// axe-core in a real page, for the end-to-end tests of every app (the demo portal, the console):
// one place that says which WCAG rules a page must pass and how the result reads.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * WCAG 2.x A and AA violations on the page as axe-core finds them (shadow roots included), as
 * `rule: target` lines. axe is evaluated through the DevTools protocol, which the page's CSP does
 * not govern, so pages under a strict policy are checked too.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // Runs in the page: its globals, not Node's.
    const { axe, document } = /** @type {any} */ (globalThis);
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.flatMap(
      (/** @type {{ id: string; nodes: { target: unknown[] }[] }} */ violation) =>
        violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`),
    );
  });
}
