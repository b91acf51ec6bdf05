import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.KEEL_E2E_PORT ?? 8181);
/** Where the server under test listens; the typed API client needs the whole address. */
export const baseURL = `http://127.0.0.1:${port}`;
const dataDir = path.join(os.tmpdir(), `keel-e2e-${process.pid}`);
/** The e2e server's first admin; specs sign in with it (see pages/login.ts). */
export const adminPassword = 'e2e admin password';

// Debian's Chromium: Playwright cannot download its own browser here.
export default defineConfig({
  testDir: './specs',
  outputDir: '../test-results/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '../test-results/e2e.json' }]],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && pnpm --filter @keel/server start`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      KEEL_PORT: String(port),
      KEEL_DATA_DIR: dataDir,
      KEEL_LOG_LEVEL: 'warn',
      KEEL_ADMIN_PASSWORD: adminPassword,
    },
  },
});
