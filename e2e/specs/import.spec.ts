import { expect, test } from '@playwright/test';
import type { KeelApi } from '../pages/api.js';
import { ClusterPage } from '../pages/cluster.js';
import { ImportClusterPage } from '../pages/clusters.js';
import { ensureLabCluster, labRequest, removeAllClusters } from '../pages/lab.js';
import { signIn } from '../pages/login.js';

// Nothing listens on port 9 here: the server cannot reach this Patroni.
const unreachable = { name: 'nowhere', patroniUrl: 'http://127.0.0.1:9' };

test.describe('the import form', () => {
  let api: KeelApi;
  test.beforeEach(async ({ page }) => {
    api = await signIn(page);
  });

  test('checks required fields before asking the server', async ({ page }) => {
    const form = new ImportClusterPage(page);
    await form.open();
    let posted = false;
    page.on('request', (request) => {
      if (request.method() === 'POST') posted = true;
    });
    await form.submit();
    await expect(form.field('Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.field('Name')).toBeFocused();
    await expect(form.field('Patroni REST URL')).toHaveAttribute('aria-invalid', 'true');
    expect(posted).toBe(false);
  });

  test("shows the server's message when it cannot reach Patroni", async ({ page }) => {
    const answer = await api.refused(api.client.POST('/api/v1/clusters', { body: unreachable }), 422);
    expect(answer.message).toContain('Cannot reach Patroni at http://127.0.0.1:9');

    const form = new ImportClusterPage(page);
    await form.open();
    await form.fill(unreachable);
    await form.submit();
    await expect(form.error).toContainText(answer.message);
    await expect(form.error).not.toContainText('HTTP');
    await expect(page).toHaveURL(/\/clusters\/import$/);
  });

  test('checks the name rule its help states, as a field error, before asking the server', async ({
    page,
  }) => {
    const form = new ImportClusterPage(page);
    await form.open();
    let posted = false;
    page.on('request', (request) => {
      if (request.method() === 'POST') posted = true;
    });
    await form.fill({ ...unreachable, name: 'two words' });
    await form.submit();
    await expect(form.field('Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.field('Name')).toBeFocused();
    await expect(page.getByTestId('import-form')).toContainText(
      'Use letters, digits, dot, dash and underscore only',
    );
    await expect(page.getByTestId('import-form')).not.toContainText('must match pattern');
    // What it says is wrong is about the name and the Patroni URL chosen, never etcd (the form's own
    // "etcd endpoints + scope" choice is always on the page, so the errors themselves are read).
    const errors = [
      ...(await page.getByTestId('import-form').locator('.field__error').allTextContents()),
      ...(await form.error.allTextContents()),
    ];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((text) => /etcd/i.test(text))).toEqual([]);
    expect(posted).toBe(false);
  });

  test('imports the lab from the form and opens its page; a second import is refused', async ({ page }) => {
    await removeAllClusters(api);
    const lab = await labRequest('lab');
    if (!('patroniUrl' in lab)) throw new Error('the lab is imported by its Patroni URL');
    const form = new ImportClusterPage(page);
    await form.open();
    await form.fill({
      name: lab.name,
      patroniUrl: lab.patroniUrl,
      haproxy: lab.haproxy,
      database: lab.database,
    });
    await form.submit();

    await expect(page).toHaveURL(/\/clusters\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    const view = new ClusterPage(page);
    await expect(view.leader).toHaveText(/^pg\d$/);
    // The password went to the server once and is never shown back.
    await expect(page.locator('body')).not.toContainText(lab.database?.password ?? 'no password');

    await form.open();
    await form.fill({ name: 'lab-again', patroniUrl: lab.patroniUrl });
    await form.submit();
    await expect(form.error).toContainText('already in Keel');
    await expect(form.error).not.toContainText('HTTP');
    // Leave the lab imported for the other specs.
    await ensureLabCluster(api);
  });
});
