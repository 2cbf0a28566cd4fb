import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests over the BUILT demo (`npm run build` first; turbo's `test` depends on it):
 * the global setup starts the real API server (PGlite, demo seed) and the portal's server once
 * for every file; each file drives its own Chromium.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 45_000,
    hookTimeout: 60_000,
    // Two Chromiums at most on a 2-core machine, beside the API server.
    maxWorkers: 2,
    // Pages wait on a real server: on a loaded CI machine that takes more than the one second
    // `expect.poll` waits by default.
    expect: { poll: { timeout: 10_000 } },
  },
});
