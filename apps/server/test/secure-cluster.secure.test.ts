import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterDetail, ImportClusterRequest, Job } from '@keel/shared';
import { requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../scripts/lab-import.js';
import { importLab, logText, waitHealthy, waitJobEnd } from './cluster-helpers.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/**
 * A hardened cluster through Keel's API (the secure lab): what an operator sees when a setting is
 * missing or wrong, and the audited choice to stop verifying certificates.
 */
describe('a hardened cluster through the API (secure lab)', () => {
  let app: App;
  let status: Awaited<ReturnType<typeof requireLabStatus>>;
  let dir: string;
  let otherCa: string;

  const importAs = (payload: ImportClusterRequest) =>
    app.inject({ method: 'POST', url: '/api/v1/clusters', headers: app.as.admin, payload });
  const remove = (id: string) =>
    app.inject({ method: 'DELETE', url: `/api/v1/clusters/${id}`, headers: app.as.admin });

  beforeAll(async () => {
    status = await requireLabStatus();
    if (status.mode !== 'secure') throw new Error('this test needs `pnpm lab up --secure`');
    dir = mkdtempSync(join(tmpdir(), 'keel-other-ca-'));
    // A CA that signed nothing in the lab: Keel must not trust the lab's certificates with it.
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'].concat([
        '-keyout',
        join(dir, 'ca.key'),
        '-out',
        join(dir, 'ca.crt'),
        '-days',
        '2',
        '-subj',
        '/CN=not the lab CA',
      ]),
      { stdio: 'ignore' },
    );
    otherCa = readFileSync(join(dir, 'ca.crt'), 'utf8');
    app = await testApp();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to import with the wrong CA, saying the certificate is not trusted and what to set', async () => {
    const request = labImportRequest(status, 'wrong-ca');
    const res = await importAs({ ...request, security: { ...request.security, caBundle: otherCa } });
    expect(res.statusCode).toBe(422);
    const message = res.json<{ message: string }>().message;
    expect(message).toContain('shows a certificate that Keel does not trust');
    expect(message).toContain("add the CA that signed it as the cluster's CA bundle");
  });

  it("says which etcd grant is missing when the etcd user may not read the cluster's prefix", async () => {
    const request = labImportRequest(status, 'no-grant');
    const res = await importAs({
      name: 'no-grant',
      etcd: { endpoints: status.etcd.endpoints, scope: 'other-scope', namespace: '/elsewhere/' },
      ...(request.security ? { security: request.security } : {}),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ message: string }>().message).toContain(
      'denies user keel reading /elsewhere/other-scope/members/ (permission denied): grant its role read on that prefix',
    );
  });

  it('without the Patroni REST login, a switchover is refused with the 401 said in words', async () => {
    const request = labImportRequest(status, 'no-rest-login');
    const { patroniLogin: _, ...security } = request.security!;
    const res = await importAs({ ...request, security });
    expect(res.statusCode, res.body).toBe(201);
    const cluster = await waitHealthy(app, res.json<ClusterDetail>().id);
    expect(cluster.security.patroniUsername).toBeNull();
    const candidate = cluster.members.find((m) => m.name !== cluster.leader)!.name;
    const started = await app.inject({
      method: 'POST',
      url: `/api/v1/clusters/${cluster.id}/switchover`,
      headers: app.as.operator,
      payload: { candidate },
    });
    expect(started.statusCode).toBe(202);
    const job = await waitJobEnd(app, started.json<Job>().id);
    expect(job.status).toBe('failed');
    expect(`${job.result ?? ''}\n${logText(job)}`).toContain(
      "demands a login (401: restapi.authentication is set): set the cluster's Patroni REST login",
    );
    expect((await remove(cluster.id)).statusCode).toBe(204);
  });

  it('shows names and fingerprints, never a secret; turning verification off is audited and flagged', async () => {
    const cluster = await importLab(app);
    const shown = JSON.stringify(cluster);
    const secure = status.secure!;
    expect(cluster.security).toMatchObject({
      patroniUsername: secure.patroniRest.username,
      etcdUsername: secure.etcd.keel.username,
      verifyCertificates: true,
    });
    expect(cluster.security.caFingerprint).toMatch(/^SHA256:/);
    expect(cluster.security.clientCertificateFingerprint).toMatch(/^SHA256:/);
    for (const secret of [secure.patroniRest.password, secure.etcd.keel.password, 'PRIVATE KEY'])
      expect(shown).not.toContain(secret);

    const off = await app.inject({
      method: 'PATCH',
      url: `/api/v1/clusters/${cluster.id}`,
      headers: app.as.admin,
      payload: { security: { verifyCertificates: false } },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json<ClusterDetail>().security.verifyCertificates).toBe(false);
    const row = await app.db.auditEvent.findFirst({
      where: { action: 'PATCH /api/v1/clusters/:id', target: cluster.id },
      orderBy: { id: 'desc' },
    });
    expect(row?.detail).toContain('certificate verification OFF by explicit choice');
    // Still observed: Keel reaches the cluster without checking its certificates.
    await waitHealthy(app, cluster.id);
    expect((await remove(cluster.id)).statusCode).toBe(204);
  });
});
