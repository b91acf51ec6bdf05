import { expect, test } from '@playwright/test';
import { keelClient } from '@keel/api-client';
import { baseURL } from '../playwright.config.js';
import { signIn } from '../pages/login.js';

test('creating an API token shows its secret once, and the token works', async ({ page }) => {
  await signIn(page);
  await page.goto('/admin/tokens');
  await expect(page.getByTestId('page-title')).toHaveText('API tokens');

  const name = `e2e-token-${Date.now().toString(36)}`;
  await page.getByTestId('create-token').click();
  const form = page.getByTestId('create-token-dialog');
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await form.getByLabel('Role').selectOption('viewer');
  await form.getByRole('button', { name: 'Create token' }).click();

  const created = page.getByTestId('token-created');
  await expect(created).toContainText('shown only this once');
  const secret = ((await created.getByTestId('token-secret').textContent()) ?? '').trim();
  expect(secret.length).toBeGreaterThan(20);
  await expect(created.getByTestId('copy-button')).toBeVisible();

  // The token acts as a viewer for a script with no session at all: the typed client scripts use.
  const script = keelClient(baseURL, secret);
  expect((await script.GET('/api/v1/clusters')).response.status).toBe(200);

  await created.getByRole('button', { name: 'Done' }).click();
  const row = page.getByTestId(`token-row-${name}`);
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute('data-state', 'active');
  await expect(page.locator('body')).not.toContainText(secret);
  await page.reload();
  await expect(row).toBeVisible();
  await expect(page.locator('body')).not.toContainText(secret);

  // Revoked, it stops working.
  await page.getByTestId(`revoke-${name}`).click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Revoke token' }).click();
  await expect(row).toHaveAttribute('data-state', 'revoked');
  expect((await script.GET('/api/v1/clusters')).response.status).toBe(401);
});
