import { expect, test } from '@playwright/test';
import { ClustersPage } from '../pages/clusters.js';
import { signIn } from '../pages/login.js';
import { ensureLabCluster, removeAllClusters } from '../pages/lab.js';

test.describe('the clusters list', () => {
  test('lists each cluster with its health, leader, members and scope', async ({ page }) => {
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    const list = new ClustersPage(page);
    await list.open();

    const row = list.row(cluster.name);
    await expect(row).toBeVisible();
    await expect(row).toHaveAttribute('data-health', /healthy|degraded|critical/);
    await expect(row.getByRole('cell').nth(2)).toHaveText(/^pg\d$/);
    await expect(row.getByRole('cell').nth(3)).toHaveText('3');
    await expect(row).toContainText('keel-lab');
    await expect(list.importButton).toBeVisible();

    await row.getByRole('link', { name: cluster.name }).click();
    await expect(page).toHaveURL(new RegExp(`/clusters/${cluster.id}$`));
    await expect(page.getByTestId('cluster-leader')).toHaveText(/^pg\d$/);
  });

  test('offers the import when there is no cluster', async ({ page }) => {
    const api = await signIn(page);
    await removeAllClusters(api);
    const list = new ClustersPage(page);
    await list.open();
    await expect(list.empty).toBeVisible();
    await expect(list.table).toHaveCount(0);

    await list.empty.getByRole('link', { name: 'Import cluster' }).click();
    await expect(page).toHaveURL(/\/clusters\/import$/);
  });
});
