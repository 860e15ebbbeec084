import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// One copy of graphql for the server and the tests ("another module or realm" otherwise).
const alias = [{ find: /^graphql$/, replacement: require.resolve('graphql') }];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['server/src/**/*.test.ts', 'client/src/**/*.test.{ts,tsx}'], environment: 'node', setupFiles: ['test/helpers/setup.ts'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          setupFiles: ['test/helpers/setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.spec.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          setupFiles: ['test/helpers/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // A browser and a server per file: one file at a time, so a loaded two-core machine
          // does not turn timing into flaky failures.
          fileParallelism: false,
        },
      },
    ],
  },
});
