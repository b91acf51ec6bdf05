import { expect, test } from '@playwright/test';
import { signIn } from '../pages/login.js';
import { Shell } from '../pages/shell.js';

test('the dashboard shell renders with navigation and a live server status', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await signIn(page);
  const shell = new Shell(page);
  await shell.open('/');
  await expect(page).toHaveURL(/\/clusters$/);
  await expect(shell.title).toHaveText(/Clusters/);
  await expect(page.getByTestId('sidebar')).toBeVisible();
  await expect(shell.serverStatus).toContainText(/ok|healthy|online/i);

  await shell.navigate('System');
  await expect(shell.title).toHaveText(/System/);
  await expect(page.getByText('0.1.0')).toBeVisible();

  // A client-side route survives a reload: the server answers it with the app.
  await page.reload();
  await expect(shell.title).toHaveText(/System/);
  expect(errors).toEqual([]);
});
