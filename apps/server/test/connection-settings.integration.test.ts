import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterDetail } from '@keel/shared';
import { requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../scripts/lab-import.js';
import { eventually, lab } from './lab.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/**
 * Fixing how Keel connects, as after a lab rebuilt with a new password or moved hosts: the connection
 * settings are edited and the stored login's secret replaced, and Keel follows; "Re-read now" answers a
 * fresh state.
 */
describe('editing how Keel reaches a cluster, against the lab', () => {
  let app: App;
  let cluster: ClusterDetail;

  const request = async (
    method: 'GET' | 'PATCH' | 'POST',
    url: string,
    payload?: object,
    as = app.as.admin,
  ) => app.inject({ method, url, headers: as, ...(payload !== undefined && { payload }) });
  const get = async () => (await request('GET', `/api/v1/clusters/${cluster.id}`)).json<ClusterDetail>();
  const patch = (payload: object) => request('PATCH', `/api/v1/clusters/${cluster.id}`, payload);

  beforeAll(async () => {
    await lab('up');
    app = await testApp();
    const res = await request('POST', '/api/v1/clusters', labImportRequest(await requireLabStatus()));
    expect(res.statusCode, res.body).toBe(201);
    cluster = res.json<ClusterDetail>();
    await eventually('a healthy cluster', async () =>
      (await get()).health.level === 'healthy' ? true : undefined,
    );
  });

  afterAll(async () => {
    await app?.close();
    await lab('up');
  });

  it('re-reads every source on request, for a viewer too', async () => {
    const before = Date.now();
    const res = await request('POST', `/api/v1/clusters/${cluster.id}/refresh`, undefined, app.as.viewer);
    expect(res.statusCode, res.body).toBe(200);
    const fresh = res.json<ClusterDetail>();
    expect(Date.parse(fresh.observedAt ?? '')).toBeGreaterThanOrEqual(before);
    expect(fresh.view.watch.restarts).toBeGreaterThanOrEqual(1);
    expect(fresh.view.watch.lastRestart?.reason).toMatch(/Re-read now/);
  });

  it('changes the etcd endpoints and a Patroni URL, and follows them', async () => {
    const original = await get();
    const replica = original.members.find((m) => m.name !== original.leader)!;
    const moved = await patch({
      etcdEndpoints: ['http://127.0.0.1:1'],
      patroniUrls: { [replica.name]: 'http://127.0.0.1:2' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<ClusterDetail>().etcdEndpoints).toEqual(['http://127.0.0.1:1']);
    try {
      const lost = await eventually('the moved member asked at its new URL', async () => {
        const c = await get();
        const m = c.members.find((x) => x.name === replica.name);
        return m?.apiUrl === 'http://127.0.0.1:2' && m.reachable === false ? c : undefined;
      });
      console.log(
        `after the move: ${replica.name}: ${lost.members.find((m) => m.name === replica.name)?.error}; reasons ${lost.health.reasons.map((r) => r.code).join(', ')}`,
      );
    } finally {
      const back = await patch({
        etcdEndpoints: original.etcdEndpoints,
        patroniUrls: { [replica.name]: replica.apiUrl },
      });
      expect(back.statusCode, back.body).toBe(200);
    }
    await eventually(
      'healthy again at the original addresses',
      async () => {
        const c = await get();
        return c.health.level === 'healthy' && c.members.find((m) => m.name === replica.name)?.reachable
          ? c
          : undefined;
      },
      { timeoutMs: 90_000 },
    );
  });

  it('refuses a Patroni URL for a member the cluster does not have, naming the members', async () => {
    const res = await patch({ patroniUrls: { pg9: 'http://127.0.0.1:8008' } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(
      /names no member of lab: pg9 \(members: pg1, pg2, pg3\)/,
    );
  });

  it("recovers from a wrong database password by replacing the stored login's secret", async () => {
    const status = await requireLabStatus();
    const stored = await request('POST', '/api/v1/credentials', {
      kind: 'database',
      name: 'lab probe (old password)',
      username: status.credentials.superuser.username,
      password: 'not the password',
    });
    expect(stored.statusCode, stored.body).toBe(201);
    const credentialId = stored.json<{ id: string }>().id;
    expect((await patch({ databaseCredentialId: credentialId })).statusCode).toBe(200);
    const failing = await eventually('the write check failing on the old password', async () => {
      const c = await get();
      return c.haproxy.readWrite?.ok === false && /password/.test(c.haproxy.readWrite.error ?? '')
        ? c
        : undefined;
    });
    console.log(`with the old password: ${failing.haproxy.readWrite?.error}`);

    const replaced = await request('PATCH', `/api/v1/credentials/${credentialId}`, {
      password: status.credentials.superuser.password,
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.body).not.toContain(status.credentials.superuser.password);
    const fixed = await eventually(
      'the write check passing with the replaced secret',
      async () => {
        const c = await get();
        return c.haproxy.readWrite?.ok === true && c.health.level === 'healthy' ? c : undefined;
      },
      { timeoutMs: 90_000 },
    );
    expect(fixed.databaseCredentialId).toBe(credentialId);
  });
});
