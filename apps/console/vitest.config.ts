import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests over the BUILT console (`npm run build` first; turbo's `test` depends on it):
 * the global setup starts a real wushe server (PGlite, the demo district and its staff) serving
 * apps/console/dist at /console/, exactly as `npm start` does; each file drives its own Chromium.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 1,
    // A sign-in hashes a password and a page waits on a real server: on a loaded CI machine
    // that takes seconds, not the one second `expect.poll` waits by default.
    expect: { poll: { timeout: 10_000 } },
  },
});
