import { expect, test } from '@playwright/test';
import { ClusterPage } from '../pages/cluster.js';
import { ensureLabCluster, lab } from '../pages/lab.js';
import { signIn } from '../pages/login.js';
import { setPatroniPause } from '../pages/labFaults.js';
import { JobPanel, OperationDialog } from '../pages/operations.js';

test.describe('operations on the cluster page', () => {
  test('a switchover: pre-checks first, then the job runs live and the leader changes without a reload', async ({
    page,
  }) => {
    test.setTimeout(360_000);
    // Start from a healthy lab: another spec's fault may still be healing.
    lab('up');
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    const view = new ClusterPage(page);
    await view.open(cluster.id);
    await expect(view.health).toHaveAttribute('data-level', 'healthy', { timeout: 120_000 });
    const before = await view.leaderName();
    await view.markDocument();

    try {
      await view.action('switchover').click();
      const dialog = new OperationDialog(page);
      await expect(dialog.prechecks).toBeVisible();
      await expect(dialog.prechecks).toHaveAttribute('data-ok', 'true');
      await expect(dialog.prechecks).toContainText('Candidate streaming');
      await expect(dialog.prechecks).toContainText('HAProxy routes writes to the leader');
      const candidate = await dialog.candidate.inputValue();
      expect(candidate).toMatch(/^pg\d$/);
      expect(candidate).not.toBe(before);
      await expect(dialog.root).toContainText(`Patroni on ${before} hands the leader role to ${candidate}`);
      await dialog.confirm();

      const panel = new JobPanel(page);
      await expect(panel.root).toBeVisible();
      await expect(panel.root).toContainText(`Switchover ${before} → ${candidate}`);
      await expect(panel.root).toHaveAttribute('data-status', 'succeeded', { timeout: 120_000 });
      await expect(panel.step(1)).toHaveAttribute('data-status', 'succeeded');
      await expect(panel.step(1)).toContainText('Pre-checks');
      await expect(panel.log).toContainText('Ask Patroni to switch over');
      await expect(panel.result).toContainText(`${before} → ${candidate}`);

      // The page followed the cluster over the live feed: new leader, same document.
      await expect(view.leader).toHaveText(candidate);
      await expect(view.memberRow(candidate)).toHaveAttribute('data-role', 'leader');
      expect(await view.documentIsMarked()).toBe(true);

      // The job has its own page, with the same steps and log.
      await panel.root.getByRole('link', { name: 'Job page' }).click();
      await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
      await expect(panel.root).toHaveAttribute('data-status', 'succeeded');
      await expect(panel.log).toContainText('succeeded');
      await page.getByTestId('sidebar').getByRole('link', { name: 'Jobs' }).click();
      await expect(page.getByTestId('jobs-table')).toContainText(`Switchover ${before} → ${candidate}`);
    } finally {
      lab('up');
    }
  });

  test('the switchover dialog does not offer the leader, and a failing pre-check keeps it from being confirmed', async ({
    page,
  }) => {
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    const view = new ClusterPage(page);
    await view.open(cluster.id);
    await expect(view.leader).toHaveText(/^pg\d$/);
    const leader = await view.leaderName();

    // Maintenance mode set on Patroni itself: the server's pre-check "Cluster not paused" fails for real.
    await setPatroniPause(true);
    try {
      await expect(page.getByTestId('cluster-paused')).toBeVisible({ timeout: 30_000 });
      await view.action('switchover').click();
      const dialog = new OperationDialog(page);
      await expect(dialog.candidate.locator('option').first()).toBeAttached();
      expect(await dialog.candidate.locator('option').allTextContents()).not.toContainEqual(
        expect.stringMatching(new RegExp(`^${leader} `)),
      );
      await expect(dialog.prechecks).toHaveAttribute('data-ok', 'false');
      await expect(
        dialog.prechecks.locator('[data-ok="false"]', { hasText: 'Cluster not paused' }),
      ).toBeVisible();
      await expect(dialog.confirmButton).toBeDisabled();
      await dialog.cancel();
    } finally {
      await setPatroniPause(false);
    }
  });
});
