import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Three projects: pure and API tests in node, component tests in jsdom, and
// end-to-end tests that start the real server and drive Debian's Chromium. The
// browser checks what needs layout, print or a real renderer, on the few examples
// where a page differs; every example's words are checked in jsdom. Three workers
// on two cores: browser test files share the run's one Chromium and spend much of
// their time waiting on it. Measured on two cores with another job beside it (load
// 5 to 7): the whole run 90 s with three workers, 88 s with two (no clear difference).

// Browser files first, the two renderer proofs first of all. On a fresh clone vitest
// has no timings yet and runs the projects in name order: the Smart Forms proof (46 s,
// its test page built first) started 56 s in, and the run ended 15 s after every
// browser file with the node tests still going.
const startFirst = [/smart-forms\.e2e\.ts$/, /lforms\.e2e\.ts$/, /\.e2e\.ts$/];
const rank = (file: TestSpecification) => {
  const index = startFirst.findIndex((pattern) => pattern.test(file.moduleId));
  return index === -1 ? startFirst.length : index;
};
class BrowserFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    // A stable sort: within a rank, vitest's own order (known timings, else size).
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: BrowserFirst },
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
