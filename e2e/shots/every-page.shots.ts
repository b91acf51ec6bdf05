import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { everyPage } from '../pages/everyPage.js';
import { ensureLabCluster } from '../pages/lab.js';
import { signIn } from '../pages/login.js';

const shotsDir = path.resolve(import.meta.dirname, '../../test-results/shots');
const widths = [1440, 390];
const themes = ['light', 'dark'] as const;

async function settle(page: Page, ready: string): Promise<void> {
  await expect(page.getByTestId(ready)).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
}

for (const theme of themes) {
  for (const width of widths) {
    test(`every page and the cluster page's dialogs, ${width} px, ${theme}`, async ({ page }) => {
      test.setTimeout(600_000);
      await page.setViewportSize({ width, height: 900 });
      // The dashboard reads its theme from here before the first paint (app/theme/themePreference.ts).
      await page.addInitScript((t) => localStorage.setItem('keel.theme', t), theme);
      const api = await signIn(page);
      const cluster = await ensureLabCluster(api);
      const shot = (name: string) =>
        page.screenshot({
          path: path.join(shotsDir, `${width}-${theme}-${name.replaceAll(' ', '-')}.png`),
          fullPage: true,
        });

      for (const target of everyPage(cluster.id)) {
        await page.goto(target.path);
        await settle(page, target.ready);
        await shot(target.name);
      }

      await page.goto(`/clusters/${cluster.id}`);
      await settle(page, 'topology');
      for (const dialog of [
        { name: 'switchover dialog', opener: 'action-switchover', shows: 'confirm-dialog' },
        { name: 'reload dialog', opener: 'action-reload', shows: 'confirm-dialog' },
        { name: 'connection dialog', opener: 'edit-connection', shows: 'connection-dialog' },
        { name: 'config editor', opener: 'action-config', shows: 'config-dialog' },
      ]) {
        const opener = page.getByTestId(dialog.opener);
        if ((await opener.count()) === 0) continue; // an action the cluster's state does not offer now
        await opener.click();
        await expect(page.getByTestId(dialog.shows)).toBeVisible();
        await shot(dialog.name);
        await page.keyboard.press('Escape');
        await expect(page.getByTestId(dialog.shows)).toHaveCount(0);
      }
    });
  }
}
