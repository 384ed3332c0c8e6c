import { defineConfig } from 'vitest/config';

// Three projects: pure and API tests in node, component tests in jsdom, and
// end-to-end tests that start the real server and drive Debian's Chromium. The
// browser checks what needs layout, print or a real renderer, on the few examples
// where a page differs; every example's words are checked in jsdom. Three workers
// on two cores: browser test files share the run's one Chromium and spend much of
// their time waiting on it. Measured on two cores with another job beside it (load
// 5 to 7): the whole run 90 s with three workers, 88 s with two (no clear difference).
export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.test-results/vitest.json' },
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // Test files share their worker's loaded modules (none keeps state between tests):
          // loading zod, the rules and the FHIR definitions once per worker, not per file,
          // saves about a third of these tests' CPU.
          isolate: false,
          // Some tests start the server as a process or run 1,000-intake properties: 1 to 3 s each.
          testTimeout: 15_000,
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'tools/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'client',
          environment: 'jsdom',
          isolate: false,
          include: ['client/**/*.test.{ts,tsx}'],
          exclude: ['client/e2e/**'],
          setupFiles: ['client/test/setup.ts'],
          globals: true,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['client/e2e/**/*.e2e.ts'],
          globalSetup: ['tools/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
