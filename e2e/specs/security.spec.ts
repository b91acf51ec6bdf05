import { expect, test } from '@playwright/test';
import type { KeelApi } from '../pages/api.js';
import { ImportClusterPage } from '../pages/clusters.js';
import { ensureLabCluster } from '../pages/lab.js';
import { signIn } from '../pages/login.js';

// The TLS and authentication fields of a hardened cluster, and the warning of a cluster whose
// certificates Keel does not verify (an explicit choice, turned back on at the end).
test.describe('TLS and authentication', () => {
  let api: KeelApi;
  test.beforeEach(async ({ page }) => {
    api = await signIn(page);
  });

  test('the import form takes the logins, the CA bundle and a client certificate, and checks them', async ({
    page,
  }) => {
    const form = new ImportClusterPage(page);
    await form.open();
    const fields = page.getByTestId('security-fields');
    await expect(fields).toBeVisible();
    await form.fill({ name: 'hardened', patroniUrl: 'https://10.0.0.1:8008' });
    await form.field('Patroni REST user').fill('patroni');
    await form.field('CA bundle (PEM)').fill('not a certificate');
    await form
      .field('Client certificate (PEM)')
      .fill('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----');
    let posted = false;
    page.on('request', (request) => {
      if (request.method() === 'POST') posted = true;
    });
    await form.submit();
    await expect(fields).toContainText('Enter the password for this user, or clear the user.');
    await expect(fields).toContainText('Paste the CA certificate(s) in PEM form');
    await expect(fields).toContainText('Paste the key of this certificate.');
    expect(posted).toBe(false);
    // The test id is on the checkbox itself (CheckboxField spreads it onto the input).
    await page.getByTestId('security-verify').uncheck();
    await expect(fields).toContainText('This choice is written to the audit log');
    await fields.screenshot({ path: '../test-results/shots/security-fields.png' });
  });

  test('a cluster with verification off shows a warning until it is turned back on', async ({ page }) => {
    const cluster = await ensureLabCluster(api);
    const patch = (verifyCertificates: boolean) =>
      api.ok(
        api.client.PATCH('/api/v1/clusters/{id}', {
          params: { path: { id: cluster.id } },
          body: { security: { verifyCertificates } },
        }),
        200,
      );
    await patch(false);
    try {
      await page.goto(`/clusters/${cluster.id}`);
      const warning = page.getByTestId('tls-unverified');
      await expect(warning).toContainText('Certificate verification is off for this cluster');
      await page.screenshot({ path: '../test-results/shots/tls-unverified.png' });
    } finally {
      await patch(true);
    }
    await page.reload();
    await expect(page.getByTestId('tls-unverified')).toHaveCount(0);
  });
});
