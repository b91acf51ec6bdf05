import { expect, test, type Browser } from '@playwright/test';
import { ClusterPage } from '../pages/cluster.js';
import { ensureLabCluster } from '../pages/lab.js';
import { signIn } from '../pages/login.js';
import { createUser, type TestUser } from '../pages/users.js';

/** A page of its own browser context, signed in as `user`: sessions must not mix. */
async function pageFor(browser: Browser, baseURL: string | undefined, user: TestUser) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

test.describe('what each role is offered', () => {
  test('a viewer sees the cluster but no operation, and no admin pages', async ({
    page,
    browser,
    baseURL,
  }) => {
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    const viewer = await createUser(api, 'viewer');

    const viewerPage = await pageFor(browser, baseURL, viewer);
    const view = new ClusterPage(viewerPage);
    await view.open(cluster.id);
    await expect(view.leader).toHaveText(/^pg\d$/);
    await expect(view.memberRow('pg1')).toBeVisible();
    await expect(view.actionsBar).toHaveCount(0);
    await expect(view.action('switchover')).toHaveCount(0);
    await expect(view.memberMenu('pg1')).toHaveCount(0);
    await expect(viewerPage.getByTestId('config-edit')).toHaveCount(0);
    await expect(viewerPage.getByTestId('remove-cluster')).toHaveCount(0);

    const sidebar = viewerPage.getByTestId('sidebar');
    await expect(sidebar.getByRole('link', { name: 'API tokens' })).toBeVisible();
    await expect(sidebar.getByRole('link', { name: 'Account' })).toBeVisible();
    await expect(sidebar.getByRole('link', { name: 'Users' })).toHaveCount(0);
    await expect(sidebar.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    await viewerPage.goto('/admin/users');
    await expect(viewerPage.getByTestId('role-required')).toBeVisible();
    await viewerPage.context().close();
  });

  test('an operator gets the operations bar and member menus', async ({ page, browser, baseURL }) => {
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    const operator = await createUser(api, 'operator');

    const operatorPage = await pageFor(browser, baseURL, operator);
    const view = new ClusterPage(operatorPage);
    await view.open(cluster.id);
    await expect(view.action('switchover')).toBeVisible();
    await expect(view.memberMenu('pg1')).toBeVisible();
    await expect(operatorPage.getByTestId('sidebar').getByRole('link', { name: 'Users' })).toHaveCount(0);
    await operatorPage.context().close();
  });
});
