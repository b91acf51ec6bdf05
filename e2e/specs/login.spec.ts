import { expect, test } from '@playwright/test';
import { KeelApi } from '../pages/api.js';
import { admin, LoginPage } from '../pages/login.js';

test.describe('signing in', () => {
  test('a page asked for while signed out opens after signing in', async ({ page }) => {
    await page.goto('/system');
    await expect(page).toHaveURL(/\/login\?next=%2Fsystem$/);

    const login = new LoginPage(page);
    await login.signIn(admin.username, 'not the password');
    await expect(login.error).toContainText('Wrong username or password');

    await login.signIn(admin.username, admin.password);
    await expect(page).toHaveURL(/\/system$/);
    await expect(page.getByTestId('user-menu')).toContainText('admin');
    await expect(page.getByTestId('live-feed')).toHaveAttribute('data-state', 'live');

    await page.getByTestId('user-menu').getByRole('button', { name: 'Sign out' }).click();
    await expect(login.panel).toBeVisible();
    // Signed out on the server too: the API refuses the old cookie.
    const api = new KeelApi(page.request);
    expect((await api.client.GET('/api/v1/clusters')).response.status).toBe(401);
  });

  test('sign in, see the dashboard, sign out, and land on the sign-in page', async ({ page }) => {
    await page.goto('/login');
    const login = new LoginPage(page);
    await login.signIn(admin.username, admin.password);

    await expect(page).toHaveURL(/\/clusters$/);
    await expect(page.getByTestId('page-title')).toHaveText('Clusters');
    await expect(page.getByTestId('sidebar').getByRole('link', { name: 'Clusters' })).toBeVisible();
    await expect(page.getByTestId('clusters-table').or(page.getByTestId('clusters-empty'))).toBeVisible();

    await page.getByTestId('user-menu').getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(login.panel).toBeVisible();
    await expect(page.getByTestId('app-shell')).toHaveCount(0);

    // The dashboard is closed to the signed-out tab: it goes back to the sign-in page.
    await page.goto('/clusters');
    await expect(page).toHaveURL(/\/login\?next=%2Fclusters$/);
  });
});
