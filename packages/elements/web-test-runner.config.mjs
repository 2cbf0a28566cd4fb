import { fileURLToPath } from 'node:url';
import { widgetTestConfig } from '../../scripts/web-test-runner.mjs';

/**
 * The SDK's recordings (`@wushe/sdk/recordings/*.json`) as JavaScript modules: esbuild drops the
 * `with { type: 'json' }` attribute for the es2022 target, so the browser would get JSON as script.
 */
const recordingsAsModules = {
  name: 'wushe-recordings',
  resolveMimeType(context) {
    if (context.path.includes('/recordings/') && context.path.endsWith('.json')) return 'js';
    return undefined;
  },
  transform(context) {
    if (context.path.includes('/recordings/') && context.path.endsWith('.json')) {
      return { body: `export default ${context.body};` };
    }
    return undefined;
  },
};

/** The widgets' tests in Debian Chromium against a real server (scripts/real-server-plugin.mjs). */
export default widgetTestConfig({
  tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
  plugins: [recordingsAsModules],
});
