import type { Page } from 'playwright-core';

/** WCAG 2.x A and AA violations on the page as axe-core finds them, as `rule: target` lines. */
export function axeViolations(page: Page): Promise<string[]>;
