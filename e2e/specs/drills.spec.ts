import { expect, test } from '@playwright/test';
import { ClusterPage } from '../pages/cluster.js';
import { ensureLabCluster, lab } from '../pages/lab.js';
import { signIn } from '../pages/login.js';
import { JobPanel } from '../pages/operations.js';

test.describe('failover drills', () => {
  test('a drill starts with one click and a confirmation, its steps grow live, and its report follows', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    lab('up');
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    const view = new ClusterPage(page);
    await view.open(cluster.id);
    await expect(view.health).toHaveAttribute('data-level', 'healthy', { timeout: 120_000 });
    const leader = await view.leaderName();

    try {
      await page.getByTestId('action-drill').click();
      const dialog = page.getByTestId('drill-dialog');
      await expect(dialog).toContainText(`Failover drill on ${cluster.name}`);
      // Without SSH access to the hosts, only the planned switchover is offered.
      await expect(dialog.getByTestId('drill-kind-frozen')).toBeDisabled();
      await expect(dialog.getByTestId('drill-kind-planned-switchover')).toBeChecked();
      await dialog.screenshot({ path: '../test-results/drill-dialog.png' });
      await dialog.getByRole('button', { name: `Break ${leader}: planned switchover` }).click();

      const panel = new JobPanel(page);
      await expect(panel.root).toContainText(`Drill planned-switchover on ${leader}`);
      await expect(panel.step(2)).toContainText('Start probe workload', { timeout: 30_000 });
      await expect(panel.step(4)).toContainText('New leader elected', { timeout: 60_000 });
      await expect(panel.root).toHaveAttribute('data-status', 'succeeded', { timeout: 180_000 });
      await expect(panel.result).toContainText('0 lost');

      const row = page.getByTestId('drills-table').getByRole('row').nth(1);
      await expect(row).toContainText('Planned switchover');
      await page.getByTestId('drills-table').screenshot({ path: '../test-results/drills-card.png' });
      await row.getByRole('link').click();
      await expect(page).toHaveURL(/\/drills\/[0-9a-f-]{36}$/);
      const report = page.getByTestId('drill-report');
      await expect(report.getByTestId('drill-lost')).toContainText('0 of');
      await expect(report.getByTestId('drill-write-downtime')).toContainText(/\d+\.\d+ s/);
      await expect(page.getByTestId('drill-timeline-chart')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Export JSON' })).toBeVisible();
      await page.screenshot({ path: '../test-results/drill-report.png', fullPage: true });
    } finally {
      lab('up');
    }
  });
});
