import { expect, test } from '@playwright/test';
import { ClusterPage } from '../pages/cluster.js';
import { signIn } from '../pages/login.js';
import { ensureLabCluster, lab } from '../pages/lab.js';

test.describe('the cluster page', () => {
  test('shows the lab cluster live: leader, health, members, topology', async ({ page }) => {
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    const view = new ClusterPage(page);
    await view.open(cluster.id);

    await expect(view.leader).toHaveText(/^pg\d$/);
    const leader = await view.leaderName();
    await expect(view.memberRow(leader)).toHaveAttribute('data-role', 'leader');
    await expect(view.health).toHaveAttribute('data-level', /healthy|degraded|critical/);
    for (const name of ['pg1', 'pg2', 'pg3']) {
      await expect(view.memberRow(name)).toBeVisible();
      await expect(view.topologyMember(name)).toBeVisible();
    }
    await expect(page.getByTestId('topology-etcd')).toBeVisible();
    await expect(page.getByTestId('page-title')).toHaveText(cluster.name);
  });

  test('shows the new leader without a reload after the leader crashes', async ({ page }) => {
    const api = await signIn(page);
    test.setTimeout(360_000);
    // Start from a healthy lab: another test's fault may still be healing.
    lab('up');
    const cluster = await ensureLabCluster(api);
    const view = new ClusterPage(page);
    await view.open(cluster.id);
    await expect(view.leader).toHaveText(/^pg\d$/);
    const old = await view.leaderName();
    await view.markDocument();

    lab('crash', old);
    try {
      // Patroni's TTL is 20 s in the lab; the new leader's name must arrive through the live feed.
      await expect
        .poll(() => view.leaderName(), { timeout: 90_000, intervals: [500] })
        .toMatch(new RegExp(`^(?!${old}$)pg\\d$`));
      const next = await view.leaderName();
      await expect(view.memberRow(next)).toHaveAttribute('data-role', 'leader');
      await expect(view.memberRow(old)).toHaveAttribute('data-reachable', 'false');
      await expect(view.memberRow(old)).not.toHaveAttribute('data-role', 'leader');
      expect(await view.documentIsMarked()).toBe(true);
    } finally {
      lab('restart', old);
      lab('up');
    }
    // The old leader comes back as a replica, again without a reload.
    await expect(view.memberRow(old)).toHaveAttribute('data-role', 'replica', { timeout: 90_000 });
    await expect(view.memberRow(old)).toHaveAttribute('data-reachable', 'true');
    expect(await view.documentIsMarked()).toBe(true);
  });
});
