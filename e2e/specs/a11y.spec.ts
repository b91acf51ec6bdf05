import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll } from '../pages/a11y.js';
import { everyPage } from '../pages/everyPage.js';
import { ensureLabCluster } from '../pages/lab.js';
import { signIn } from '../pages/login.js';

test.describe('accessibility and small screens', () => {
  test('the sign-in page passes an axe scan', async ({ page }, testInfo) => {
    await page.goto('/login');
    await expect(page.getByTestId('login')).toBeVisible();
    await expectNoAxeViolations(page, testInfo, 'sign-in');
  });

  for (const width of [1440, 390]) {
    test(`every page passes an axe scan at ${width} px and does not scroll sideways`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(600_000);
      await page.setViewportSize({ width, height: 900 });
      const api = await signIn(page);
      const cluster = await ensureLabCluster(api);
      for (const target of everyPage(cluster.id)) {
        await page.goto(target.path);
        await expect(page.getByTestId(target.ready)).toBeVisible();
        // Let lazy pages and first queries settle, so the scan sees the page as a person does.
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
        await expectNoAxeViolations(page, testInfo, `${target.name} at ${width} px`);
        await expectNoSidewaysScroll(page, `${target.name} at ${width} px`);
      }
    });
  }

  test('the cluster page dialogs pass an axe scan and hand focus back on Escape and Cancel', async ({
    page,
  }, testInfo) => {
    test.setTimeout(300_000);
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    await page.goto(`/clusters/${cluster.id}`);
    await expect(page.getByTestId('topology')).toBeVisible();

    const opener = page.getByTestId('edit-connection');
    await opener.click();
    await expect(page.getByTestId('connection-dialog')).toBeVisible();
    await expectNoAxeViolations(page, testInfo, 'connection settings dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('connection-dialog')).toHaveCount(0);
    await expect(opener).toBeFocused();

    const reload = page.getByTestId('action-reload');
    await reload.click();
    await expect(page.getByTestId('confirm-dialog')).toBeVisible();
    await expectNoAxeViolations(page, testInfo, 'reload dialog');
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(reload).toBeFocused();

    // From a member's menu: focus goes back to the menu's button.
    const menu = page.locator('[data-testid^="member-actions-"]').first();
    await menu.click();
    await page.getByRole('menu').getByRole('menuitem', { name: 'Reload…' }).click();
    await expect(page.getByTestId('confirm-dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeFocused();

    // The member menu: Home and End, and Tab closes it.
    await menu.click();
    const items = page.getByRole('menu').locator('[role="menuitem"]:not(:disabled)');
    // The popover's toggle event (a task after the click) puts focus on the first item; a key pressed
    // before that goes to the button, not the menu.
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('menu')).toHaveCount(0);
  });
});
