import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers against the production build in .output/.
// One file at a time: the machine has two cores and each file starts a browser.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
