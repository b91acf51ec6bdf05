import { defineConfig } from '@playwright/test';
import base from './playwright.config.js';

/**
 * `pnpm shots`: screenshots of every page and the cluster page's dialogs, at 1440 and 390 px, light and
 * dark, into test-results/shots/, for a person to look at. Not a test of the suite (it asserts only
 * that each page showed); it uses the lab like the e2e specs do.
 */
export default defineConfig({
  ...base,
  testDir: './shots',
  testMatch: '*.shots.ts',
  outputDir: '../test-results/shots-output',
  reporter: [['list']],
});
