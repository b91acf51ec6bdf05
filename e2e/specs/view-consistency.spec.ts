import { expect, test } from '@playwright/test';
import { ClusterPage } from '../pages/cluster.js';
import { ensureLabCluster, lab } from '../pages/lab.js';
import { patroniRole, promoteByHand, reinitialize, setPatroniPause } from '../pages/labFaults.js';
import { signIn } from '../pages/login.js';

test.describe("the cluster page when Keel's sources disagree", () => {
  test('says the view is inconsistent, who says what and what Keel does, and never offers a failover', async ({
    page,
  }) => {
    test.setTimeout(420_000);
    lab('up');
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    const view = new ClusterPage(page);
    await view.open(cluster.id);
    await expect(view.health).toHaveAttribute('data-level', 'healthy', { timeout: 120_000 });
    await expect(page.getByTestId('view-inconsistent')).toHaveCount(0);
    await expect(page.getByTestId('etcd-watch')).toHaveAttribute('data-status', 'watching');
    const leader = await view.leaderName();
    const detail = await api.ok(
      api.client.GET('/api/v1/clusters/{id}', { params: { path: { id: cluster.id } } }),
      200,
    );
    const members = detail.members.map((m) => m.name);
    const intruder = members.find((name) => name !== leader)!;

    try {
      // A real disagreement: in maintenance mode a replica is promoted by hand, so two members say
      // "primary" while etcd's leader key still names the leader.
      await setPatroniPause(true);
      await expect(page.getByTestId('cluster-paused')).toBeVisible({ timeout: 30_000 });
      await promoteByHand(intruder);

      const banner = page.getByTestId('view-inconsistent');
      await expect(banner).toBeVisible({ timeout: 90_000 });
      await expect(banner).toContainText('Keel’s view of this cluster is inconsistent');
      await expect(banner.getByTestId('view-claim').filter({ hasText: intruder }).first()).toBeVisible();
      await expect(banner.getByTestId('view-doing')).toContainText('re-reading every source');
      await expect(banner.getByTestId('view-doing')).toContainText('so no failover is offered');
      await expect(view.health).toHaveAttribute('data-level', 'critical');
      await expect(page.getByTestId('health-reasons')).toContainText('SOURCES_DISAGREE');

      // No failover anywhere: not in the bar, not in any member's menu.
      await expect(view.action('failover')).toHaveCount(0);
      for (const name of members) {
        await view.memberMenu(name).click();
        await expect(page.getByRole('menu').locator('[role="menuitem"]:focus')).toHaveCount(1);
        await expect(page.getByTestId(`member-force-failover-${name}`)).toHaveCount(0);
        await expect(page.getByTestId(`member-failover-${name}`)).toHaveCount(0);
        await expect(page.getByRole('menuitem', { name: /fail ?over/i })).toHaveCount(0);
        await page.keyboard.press('Escape');
      }

      // Re-read now answers with a fresh state; the disagreement is real, so it stays.
      await banner.getByTestId('reread').click();
      await expect(banner.getByTestId('reread')).toBeEnabled();
      await expect(banner.getByRole('alert')).toHaveCount(0);
      await expect(banner).toBeVisible();
      await expect(page.getByTestId('etcd-watch-restarts')).not.toHaveText('never restarted');
    } finally {
      await setPatroniPause(false);
      await expect.poll(() => patroniRole(intruder), { timeout: 60_000 }).toBe('replica');
      await reinitialize(intruder);
    }

    // Patroni demoted the intruder: the page clears the banner by itself.
    await expect(page.getByTestId('view-inconsistent')).toHaveCount(0, { timeout: 120_000 });
    await expect(view.health).toHaveAttribute('data-level', 'healthy', { timeout: 180_000 });
    await expect(view.leader).toHaveText(leader);
  });
});
