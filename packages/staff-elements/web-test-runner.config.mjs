import { fileURLToPath } from 'node:url';
import { widgetTestConfig } from '../../scripts/web-test-runner.mjs';

/**
 * The staff widgets' tests in Debian Chromium against a real server with the demo's staff. The
 * root is the repository's, so the tests share @wushe/elements' DOM helpers (test/dom.ts).
 */
export default widgetTestConfig({
  rootDir: '../..',
  tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
  staff: true,
  timeout: 15_000,
});
