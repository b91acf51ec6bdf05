import { defineConfig } from 'vitest/config';

// Two tiers: unit tests run anywhere; integration tests need the lab (`pnpm lab up`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'apps/*/src/**/*.test.ts',
            'apps/*/test/**/*.test.ts',
            'packages/*/src/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: [
            '**/*.integration.test.ts',
            '**/*.install.test.ts',
            '**/*.guide.test.ts',
            '**/*.secure.test.ts',
            '**/node_modules/**',
          ],
          // An app on a fresh database runs Prisma's migrations in a child process first: on a busy
          // two-core machine that alone can pass the default 10 s.
          hookTimeout: 60_000,
          // Password hashing (argon2) and child processes (redocly) on a busy two-core machine: a test that
          // takes 2 s alone took over 5 s beside the browser tests.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // scripts/install-production.sh into a temporary prefix, Keel started as its unit would (root; no lab).
          name: 'install',
          include: ['apps/*/test/**/*.install.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 360_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/*/test/**/*.integration.test.ts', 'packages/*/test/**/*.integration.test.ts'],
          // The lab is one shared cluster: integration files must not fight over it.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          // Against the guide-style lab (`pnpm lab up --guide`), in a stage of its own:
          // scripts/test-guide-lab.sh brings that lab up and the normal one back.
          name: 'guide',
          include: ['apps/*/test/**/*.guide.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          // Against the secure lab (`pnpm lab up --secure`: TLS and users), in a stage of its own:
          // scripts/test-secure-lab.sh brings that lab up and the open one back.
          name: 'secure',
          // The same live-status and operations files as the integration stage: the lab helper imports
          // the cluster with the secure lab's CA, client certificate and logins when the lab is secure.
          include: [
            'apps/*/test/**/*.secure.test.ts',
            'apps/server/test/live-status.integration.test.ts',
            'apps/server/test/operations.integration.test.ts',
          ],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
