import { expect, test, type Page } from '@playwright/test';
import { requireLabStatus } from '@keel/lab';
import { expectNoAxeViolations, expectNoSidewaysScroll } from '../pages/a11y.js';
import { ClusterPage } from '../pages/cluster.js';
import { ensureLabCluster } from '../pages/lab.js';
import { signIn } from '../pages/login.js';

const LSN = /[0-9A-F]+\/[0-9A-F]+/;

const activityItems = (page: Page) => page.getByTestId('activity').locator('li');

test.describe('the cluster page keeps its story and shows each member in detail', () => {
  test('Live activity shows the same events after a reload', async ({ page }) => {
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    const view = new ClusterPage(page);
    await view.open(cluster.id);
    // Keel's first look at the lab is activity too (roles, leader, health): there is always some.
    await expect(activityItems(page).first()).toBeVisible();
    const before = await activityItems(page).allTextContents();
    expect(before.length).toBeGreaterThan(0);

    await page.reload();
    await expect(view.topology).toBeVisible();
    await expect(activityItems(page).first()).toBeVisible();
    const after = await activityItems(page).allTextContents();
    // Newer events may have come meanwhile, on top; what was shown before is all still there, in order.
    expect(after.slice(after.length - before.length)).toEqual(before);
  });

  test("a replica's detail shows its replication as the leader reports it, its slot, and connection strings", async ({
    page,
  }, testInfo) => {
    test.setTimeout(300_000);
    const status = await requireLabStatus();
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    const view = new ClusterPage(page);
    await view.open(cluster.id);
    await expect(view.leader).toHaveText(/^pg\d$/);
    const leader = await view.leaderName();
    const replica = ['pg1', 'pg2', 'pg3'].find((name) => name !== leader) ?? 'pg2';

    await page.getByTestId(`member-toggle-${replica}`).click();
    const detail = page.getByTestId('member-detail');
    await expect(detail).toHaveAttribute('data-member', replica);
    await expect(page.getByTestId(`member-toggle-${replica}`)).toHaveAttribute('aria-expanded', 'true');
    const replication = page.getByTestId('member-replication');
    await expect(replication).toContainText('streaming', { timeout: 30_000 });
    await expect(replication).toContainText(/async|sync|potential|quorum/);
    for (const column of ['Sent LSN', 'Write LSN', 'Flush LSN', 'Replay LSN']) {
      await expect(replication.locator('.kv__row', { hasText: column })).toContainText(LSN);
    }
    await expect(replication).toContainText(replica); // its slot, named after it
    await expect(replication).toContainText('active');

    const connect = page.getByTestId('member-connect');
    const { readWrite, readOnly } = status.haproxy;
    await expect(connect).toContainText(`postgresql://${readWrite.host}:${readWrite.port}/postgres`);
    await expect(connect).toContainText(`postgresql://${readOnly.host}:${readOnly.port}/postgres`);
    const password = status.credentials?.superuser.password;
    if (password) await expect(detail).not.toContainText(password);

    await expectNoAxeViolations(page, testInfo, 'member detail at 1440 px');
    await page.setViewportSize({ width: 390, height: 900 });
    await expectNoSidewaysScroll(page, 'member detail at 390 px');
    await expectNoAxeViolations(page, testInfo, 'member detail at 390 px');

    // The leader's detail lists every slot it keeps; the name toggles the detail shut again.
    await page.getByTestId(`member-toggle-${leader}`).click();
    await expect(detail).toHaveAttribute('data-member', leader);
    await expect(replication).toContainText('Current WAL LSN');
    await expect(replication).toContainText(replica);
    await page.getByTestId(`member-toggle-${leader}`).click();
    await expect(detail).toHaveCount(0);
  });

  test('screenshots: the cluster page with a member open, 1440 and 390 px, light and dark', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const api = await signIn(page);
    const cluster = await ensureLabCluster(api);
    const view = new ClusterPage(page);
    await view.open(cluster.id);
    await expect(view.leader).toHaveText(/^pg\d$/);
    const leader = await view.leaderName();
    const replica = ['pg1', 'pg2', 'pg3'].find((name) => name !== leader) ?? 'pg2';
    await page.getByTestId(`member-toggle-${replica}`).click();
    await expect(page.getByTestId('member-replication')).toContainText(LSN, { timeout: 30_000 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [1440, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.getByTestId('member-detail').scrollIntoViewIfNeeded();
        await page.screenshot({
          path: `../test-results/screenshots/member-detail-${width}-${scheme}.png`,
          fullPage: true,
        });
      }
    }
  });
});
