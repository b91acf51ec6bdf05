import { expect, test, type WebSocketRoute } from '@playwright/test';
import { ClusterPage } from '../pages/cluster.js';
import { signIn } from '../pages/login.js';
import { ensureLabCluster } from '../pages/lab.js';

test('says when the live feed drops, and resumes by itself', async ({ page }) => {
  const api = await signIn(page);
  const cluster = await ensureLabCluster(api);
  // Every feed connection passes through here, so the test can cut it and refuse reconnects for a while.
  let refuse = false;
  let current: WebSocketRoute | undefined;
  await page.routeWebSocket('**/api/v1/events', (ws) => {
    if (refuse) return void ws.close({ code: 1011, reason: 'refused by the test' });
    current = ws;
    ws.connectToServer();
  });

  const view = new ClusterPage(page);
  await view.open(cluster.id);
  const feed = page.getByTestId('live-feed');
  await expect(feed).toHaveAttribute('data-state', 'live');

  refuse = true;
  await current?.close({ code: 1012, reason: 'restarting' });
  await expect(feed).toHaveAttribute('data-state', 'reconnecting');
  await expect(page.getByTestId('cluster-stale')).toBeVisible();
  await expect(view.leader).toHaveText(/^pg\d$/);

  refuse = false;
  // The backoff starts at one second and doubles; a few attempts have been refused by now.
  await expect(feed).toHaveAttribute('data-state', 'live', { timeout: 20_000 });
  await expect(page.getByTestId('cluster-stale')).toHaveCount(0);
});
