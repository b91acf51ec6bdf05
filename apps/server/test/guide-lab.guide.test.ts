import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterDetail, HealthReason } from '@keel/shared';
import { requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../scripts/lab-import.js';
import { eventually } from './lab.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/**
 * A cluster set up the way older guides do (`pnpm lab up --guide`): Patroni's `etcd:` section on etcd's
 * v2 API and HAProxy checking `/master`. Keel imports it and says both on the cluster page; it is never
 * a silent "healthy". Runs in its own stage (scripts/test-guide-lab.sh), which brings this lab up.
 */
describe('a guide-style cluster (etcd v2 API, HAProxy checking /master)', () => {
  let app: App;
  let labStatus: Awaited<ReturnType<typeof requireLabStatus>>;

  beforeAll(async () => {
    labStatus = await requireLabStatus();
    if (labStatus.style !== 'guide')
      throw new Error('this test needs `pnpm lab up --guide` (see scripts/test-guide-lab.sh)');
    app = await testApp();
  });
  afterAll(async () => app?.close());

  it('imports it by a Patroni URL and names the v2 API and the /master check on the cluster page', async () => {
    const imported = await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: app.as.admin,
      payload: labImportRequest(labStatus),
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const id = imported.json<{ id: string }>().id;
    const startedAt = Date.now();
    const page = await eventually(
      'both reasons on the cluster',
      async () => {
        const res = await app.inject({
          method: 'GET',
          url: `/api/v1/clusters/${id}`,
          headers: app.as.viewer,
        });
        const c = res.json<ClusterDetail>();
        const codes = c.health.reasons.map((r) => r.code);
        // Wait for the first SQL probe too: the page shows writability through HAProxy.
        const probed = Boolean(c.haproxy.readWrite);
        return c.leader && probed && codes.includes('ETCD_V2_API') && codes.includes('HAPROXY_MASTER_CHECK')
          ? c
          : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    const find = (code: string): HealthReason => page.health.reasons.find((r) => r.code === code)!;
    console.log(
      `guide lab after ${Date.now() - startedAt} ms: health ${page.health.level}, leader ${page.leader}, ` +
        `etcd members ${page.etcd.length}\n` +
        page.health.reasons.map((r) => `  ${r.level} ${r.code}: ${r.message}`).join('\n'),
    );
    expect(page.health.level).not.toBe('healthy');
    expect(page.etcdEndpoints).toEqual([]);
    const v2 = find('ETCD_V2_API');
    expect(v2.level).toBe('warning');
    expect(v2.message).toMatch(/off by default since etcd 3\.4 and removed in 3\.6/);
    expect(v2.message).toMatch(/`etcd3:`/);
    expect(v2.message).toMatch(/polling/);
    const master = find('HAPROXY_MASTER_CHECK');
    expect(master.message).toMatch(/deprecated `\/master`/);
    expect(master.message).toMatch(/GET \/primary/);
    // HAProxy does route writes to the leader: the one thing the guide's setup gets right.
    expect(page.health.reasons.map((r) => r.code)).not.toContain('HAPROXY_WRONG_WRITER');
    expect(page.haproxy.readWrite?.ok).toBe(true);
  });

  it('refuses an import by etcd endpoints, saying the cluster is in the v2 API', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: app.as.admin,
      payload: {
        name: 'guide-by-etcd',
        etcd: { endpoints: labStatus.etcd.endpoints, scope: labStatus.scope },
      },
    });
    console.log(`import by etcd endpoints: ${res.statusCode} ${res.json<{ message: string }>().message}`);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ message: string }>().message).toMatch(/only in its v2 API .*`etcd:`/);
  });
});
